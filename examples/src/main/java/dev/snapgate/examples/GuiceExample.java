package dev.snapgate.examples;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import com.google.inject.util.Modules;
import dev.snapgate.app.ConfiguredClient;
import dev.snapgate.app.SettingsLoader;
import dev.snapgate.app.SnapgateSettings;
import dev.snapgate.app.guice.SnapgateModules;
import dev.snapgate.domain.Signature;
import dev.snapgate.domain.Signer;
import dev.snapgate.domain.StringToSign;
import dev.snapgate.signing.PemKeyLoader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Guice: install snapgate's modules and override the token {@link Signer} with your own, e.g. one that asks an HSM or
 * a cloud KMS to sign. Settings come from {@code SNAPGATE_*} environment variables (see the README's configuration).
 */
public final class GuiceExample {

    /** Stands in for an HSM client: here it delegates, and counts what it signed. */
    public static final class CountingHsmSigner implements Signer {
        private final Signer hsm;
        private int signatures;

        public CountingHsmSigner(Signer hsm) {
            this.hsm = hsm;
        }

        @Override
        public synchronized Signature sign(StringToSign stringToSign) {
            signatures++;
            return hsm.sign(stringToSign);
        }

        public synchronized int signatures() {
            return signatures;
        }
    }

    private GuiceExample() {
    }

    /** Builds the injector with {@code hsm} in place of the key-file signer and asks for a token. */
    public static String tokenType(Map<String, String> environment, Signer hsm) {
        SnapgateSettings settings = new SettingsLoader(Map.of(), environment).load();
        Injector injector = Guice.createInjector(Stage.PRODUCTION,
                Modules.override(SnapgateModules.forSettings(settings))
                        .with(binder -> binder.bind(Signer.class).toInstance(hsm)));
        try (ConfiguredClient configured = injector.getInstance(ConfiguredClient.class)) {
            return configured.client().accessToken(settings.clientKey()).tokenType();
        }
    }

    /** With {@code SNAPGATE_*} set (env, client key, private key, ...): the key file plays the HSM's part. */
    public static void main(String[] args) {
        Signer keyFile = PemKeyLoader.load(Path.of(System.getenv("SNAPGATE_PRIVATE_KEY")), Optional.empty()).signer();
        CountingHsmSigner hsm = new CountingHsmSigner(keyFile);
        System.out.println(tokenType(System.getenv(), hsm) + " token; the HSM signed " + hsm.signatures()
                + " token request(s)");
    }
}
