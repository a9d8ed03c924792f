package dev.snapgate.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Merchant;
import dev.snapgate.domain.Merchants;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.service.ServiceCaller;
import dev.snapgate.domain.service.ServiceRequest;
import dev.snapgate.domain.service.ServiceResponse;
import dev.snapgate.domain.service.SnapService;
import dev.snapgate.domain.token.CachingTokenIssuer;
import dev.snapgate.emulator.SnapEmulator;
import dev.snapgate.http.HttpSettings;
import dev.snapgate.http.ResilienceSettings;
import dev.snapgate.http.SnapHttp;
import dev.snapgate.signing.Fixtures;
import dev.snapgate.signing.HmacSha512Signer;
import dev.snapgate.signing.PemKeyLoader;
import dev.snapgate.signing.SigningKey;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The README's plain-factory example, verbatim but for the emulator's URL and the fixture key path. */
class ReadmeExampleIT {

    @Test
    void theReadmeExample_worksAsWritten() {
        String clientSecret = "readme-client-secret";
        try (SnapEmulator emulator = SnapEmulator.builder().client(ClientKey.of("IONPAYTEST"),
                Fixtures.rsa2048Public(), Secret.of(clientSecret)).start()) {
            Path merchantPem = Fixtures.file("keys/rsa2048.pkcs8.pem");
            URI nicepayUrl = emulator.baseUrl();

            Clock clock = Clock.systemUTC();
            SigningKey key = PemKeyLoader.load(merchantPem, Optional.empty());
            Merchants merchants = Merchants.of(Merchant.of(ClientKey.of("IONPAYTEST"), key.signer(),
                    new HmacSha512Signer(Secret.of(clientSecret))));
            SnapHttp nicepay = SnapHttp.create(HttpSettings.of(nicepayUrl), ResilienceSettings.DEFAULTS, merchants,
                    clock);
            CachingTokenIssuer tokens = new CachingTokenIssuer(nicepay.tokenIssuer(), clock);
            ServiceCaller snap = nicepay.serviceCaller(tokens);
            ServiceResponse status = snap.call(ServiceRequest.of(SnapService.VA_STATUS, ClientKey.of("IONPAYTEST"),
                    Map.of("partnerServiceId", "  1234", "customerNo", "0001", "virtualAccountNo", "  12340001")));

            assertThat(status.responseCode().value()).isEqualTo("2002600");
            assertThat(status.body()).containsEntry("virtualAccountNo", "  12340001");
            assertThat(emulator.journal().tokenRequests()).hasSize(1);
        }
    }
}
