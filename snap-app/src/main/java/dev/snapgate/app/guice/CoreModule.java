package dev.snapgate.app.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.snapgate.app.SnapgateSettings;
import dev.snapgate.app.Upstream;
import dev.snapgate.domain.Merchant;
import dev.snapgate.domain.Merchants;
import dev.snapgate.domain.Signer;
import dev.snapgate.domain.TokenIssuer;
import dev.snapgate.domain.service.ServiceCaller;
import dev.snapgate.domain.token.CachingTokenIssuer;
import dev.snapgate.http.HttpSettings;
import dev.snapgate.http.ResilienceSettings;
import dev.snapgate.http.SnapHttp;
import dev.snapgate.signing.HmacSha512Signer;
import dev.snapgate.signing.SigningKey;
import java.time.Clock;
import java.util.Objects;

/**
 * What every environment shares: the clock, the merchant (token signer from the bound {@link SigningKey}, HMAC signer
 * from the client secret), the HTTP adapter with its resilience, the token lifecycle and service calls. Override
 * {@link Signer} to sign token requests elsewhere (an HSM).
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
        bind(TokenIssuer.class).to(CachingTokenIssuer.class);
    }

    @Provides
    @Singleton
    Signer tokenSigner(SigningKey key) {
        return key.signer();
    }

    @Provides
    @Singleton
    Merchants merchants(SnapgateSettings s, Signer tokenSigner) {
        return Merchants.of(new Merchant(s.clientKey(), tokenSigner,
                s.clientSecret().<Signer>map(HmacSha512Signer::new), s.channelId()));
    }

    @Provides
    @Singleton
    HttpSettings httpSettings(SnapgateSettings s, Upstream upstream) {
        return HttpSettings.of(upstream.baseUrl()).withTimeouts(s.connectTimeout(), s.readTimeout());
    }

    @Provides
    @Singleton
    SnapHttp snapHttp(HttpSettings http, ResilienceSettings resilience, Merchants merchants, Clock clock) {
        return SnapHttp.create(http, resilience, merchants, clock);
    }

    @Provides
    @Singleton
    CachingTokenIssuer tokens(SnapHttp http, Clock clock) {
        return new CachingTokenIssuer(http.tokenIssuer(), clock);
    }

    @Provides
    @Singleton
    ServiceCaller services(SnapHttp http, CachingTokenIssuer tokens) {
        return http.serviceCaller(tokens);
    }
}
