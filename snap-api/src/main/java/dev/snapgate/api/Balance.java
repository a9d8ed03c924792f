package dev.snapgate.api;

import dev.snapgate.domain.Amount;
import dev.snapgate.domain.service.ServiceResponse;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The payout balance: the first account's {@code availableBalance}, and the whole answer. */
public record Balance(Optional<Amount> availableBalance, ServiceResponse response) {

    public Balance {
        Objects.requireNonNull(availableBalance, "availableBalance");
        Objects.requireNonNull(response, "response");
    }

    @SuppressWarnings("unchecked")
    public static Balance from(ServiceResponse r) {
        Optional<Amount> available = Optional.empty();
        if (r.body().get("accountInfos") instanceof List<?> infos && !infos.isEmpty()
                && infos.get(0) instanceof Map<?, ?> first) {
            available = Amount.fromWire(((Map<String, Object>) first).get("availableBalance"));
        }
        return new Balance(available, r);
    }
}
