package dev.snapgate.cli;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.multibindings.OptionalBinder;
import dev.snapgate.app.SnapgateSettings;
import dev.snapgate.domain.token.TokenStore;
import dev.snapgate.store.redis.SnapRedis;
import java.time.Duration;
import java.util.Optional;

/**
 * The CLI's shared stores: with a {@code redis://} token store configured, a Redis connection whose token store
 * replaces the in-memory default (through Guice's {@code OptionalBinder}); closed when the command ends.
 */
final class SharedStores implements AutoCloseable {

    private final Optional<SnapRedis> redis;

    private SharedStores(Optional<SnapRedis> redis) {
        this.redis = redis;
    }

    static SharedStores open(SnapgateSettings settings) {
        if (settings.tokenStore().isEmpty()) {
            return new SharedStores(Optional.empty());
        }
        SnapRedis.Builder builder = SnapRedis.builder(settings.tokenStore().get());
        settings.tokenStoreKey().ifPresent(builder::encryptionKey);
        SnapRedis connection = builder.connect();
        try {
            // a short command: give Redis a moment; if it is away, the token is obtained without it
            connection.awaitConnection(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new SharedStores(Optional.of(connection));
    }

    /** A module setting the shared token store, or none. */
    Module[] modules() {
        if (redis.isEmpty()) {
            return new Module[0];
        }
        TokenStore store = redis.get().tokenStore();
        return new Module[] {new AbstractModule() {
            @Override
            protected void configure() {
                OptionalBinder.newOptionalBinder(binder(), TokenStore.class).setBinding().toInstance(store);
            }
        }};
    }

    @Override
    public void close() {
        redis.ifPresent(SnapRedis::close);
    }
}
