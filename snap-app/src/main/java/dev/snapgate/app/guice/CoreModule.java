package dev.snapgate.app.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import dev.snapgate.app.SnapgateSettings;
import dev.snapgate.app.Upstream;
import dev.snapgate.domain.Merchant;
import dev.snapgate.domain.Signer;
import dev.snapgate.domain.TokenIssuer;
import dev.snapgate.domain.service.ServiceCaller;
import dev.snapgate.domain.token.InMemoryTokenStore;
import dev.snapgate.domain.token.TokenStore;
import dev.snapgate.http.ResilienceSettings;
import dev.snapgate.http.SnapClient;
import dev.snapgate.signing.HmacSha512Signer;
import dev.snapgate.signing.SigningKey;
import java.time.Clock;
import java.util.Objects;

/**
 * What every environment shares: the clock, the merchant (token signer from the bound {@link SigningKey}, HMAC signer
 * from the client secret), and a {@link SnapClient} for the environment's upstream, whose ports ({@link TokenIssuer},
 * {@link ServiceCaller}) are bound too. Override {@link Signer} to sign token requests elsewhere (an HSM).
 */
public final class CoreModule extends AbstractModule {

    private final SnapgateSettings settings;

    public CoreModule(SnapgateSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    protected void configure() {
        bind(SnapgateSettings.class).toInstance(settings);
        bind(ResilienceSettings.class).toInstance(ResilienceSettings.DEFAULTS);
        bind(Clock.class).toInstance(Clock.systemUTC());
        // this process's memory unless a module sets a shared store (OptionalBinder.setBinding(), e.g. Redis)
        OptionalBinder.newOptionalBinder(binder(), TokenStore.class).setDefault().to(InMemoryTokenStore.class);
        // what platforms add to the client: listeners, metrics (MicrometerModule), any other builder setting
        com.google.inject.multibindings.Multibinder.newSetBinder(binder(), SnapClientCustomizer.class);
        com.google.inject.multibindings.Multibinder.newSetBinder(binder(),
                dev.snapgate.domain.observe.SnapListener.class);
    }

    @Provides
    @Singleton
    InMemoryTokenStore memoryStore(Clock clock) {
        return new InMemoryTokenStore(clock);
    }

    @Provides
    @Singleton
    Signer tokenSigner(SigningKey key) {
        return key.signer();
    }

    @Provides
    @Singleton
    Merchant merchant(SnapgateSettings s, Signer tokenSigner) {
        return new Merchant(s.clientKey(), tokenSigner, s.clientSecret().<Signer>map(HmacSha512Signer::new),
                s.channelId());
    }

    @Provides
    @Singleton
    SnapClient client(SnapgateSettings s, Upstream upstream, Merchant merchant, ResilienceSettings resilience,
            Clock clock, TokenStore store, java.util.Set<SnapClientCustomizer> customizers,
            java.util.Set<dev.snapgate.domain.observe.SnapListener> listeners) {
        SnapClient.Builder builder = SnapClient.builder();
        listeners.forEach(builder::listener);
        customizers.forEach(c -> c.customize(builder));
        return builder
                .tokenStore(store)
                .baseUrl(upstream.baseUrl())
                .merchant(merchant)
                .connectTimeout(s.connectTimeout())
                .readTimeout(s.readTimeout())
                .resilience(resilience)
                .clock(clock)
                .build();
    }

    @Provides
    @Singleton
    TokenIssuer tokens(SnapClient client) {
        return client.tokenIssuer();
    }

    @Provides
    @Singleton
    ServiceCaller services(SnapClient client) {
        return client.serviceCaller();
    }
}
