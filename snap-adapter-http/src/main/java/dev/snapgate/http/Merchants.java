package dev.snapgate.http;

import dev.snapgate.domain.error.SnapConfigurationException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import dev.snapgate.domain.Merchant;
import dev.snapgate.domain.ClientKey;

/** An immutable set of {@link Merchant}s by client key, for processes that serve several merchants. Thread-safe. */
final class Merchants {

    private final Map<ClientKey, Merchant> byKey;

    private Merchants(Map<ClientKey, Merchant> byKey) {
        this.byKey = byKey;
    }

    /** @throws IllegalArgumentException if two merchants share a client key */
    public static Merchants of(Collection<Merchant> merchants) {
        Objects.requireNonNull(merchants, "merchants");
        Map<ClientKey, Merchant> map = new LinkedHashMap<>();
        for (Merchant m : merchants) {
            if (map.put(m.clientKey(), m) != null) {
                throw new IllegalArgumentException("client key " + m.clientKey() + " is configured twice");
            }
        }
        return new Merchants(Map.copyOf(map));
    }

    public static Merchants of(Merchant... merchants) {
        return of(List.of(merchants));
    }

    /** @throws SnapConfigurationException if no merchant has this client key */
    public Merchant require(ClientKey clientKey) {
        Merchant merchant = byKey.get(Objects.requireNonNull(clientKey, "clientKey"));
        if (merchant == null) {
            throw new SnapConfigurationException("client key " + clientKey + " is not configured; configure its keys"
                    + " or use one of " + byKey.keySet());
        }
        return merchant;
    }

    @Override
    public String toString() {
        return "Merchants" + byKey.keySet();
    }
}
