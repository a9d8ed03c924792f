package dev.snapgate.domain.inbound;

import dev.snapgate.domain.Amount;
import java.util.Objects;

/** An open bill behind a virtual account, as the platform knows it: the name to show and the amount due. */
public record Bill(String virtualAccountNo, String virtualAccountName, Amount totalAmount) {

    public Bill {
        Objects.requireNonNull(virtualAccountNo, "virtualAccountNo");
        Objects.requireNonNull(virtualAccountName, "virtualAccountName");
        Objects.requireNonNull(totalAmount, "totalAmount");
    }
}
