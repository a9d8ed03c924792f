package dev.snapgate.emulator;

import java.util.Objects;

/**
 * How the emulator's delivery of one notification went: where it went, how many attempts it took, the last HTTP
 * status ({@code 0} when the connection failed) and whether the merchant answered 2xx.
 */
public record NotificationDelivery(String url, int attempts, int lastStatus, boolean delivered) {

    public NotificationDelivery {
        Objects.requireNonNull(url, "url");
    }

    /** Nothing to deliver: the request carried no {@code dbProcessUrl}. */
    public static NotificationDelivery none() {
        return new NotificationDelivery("", 0, 0, false);
    }
}
