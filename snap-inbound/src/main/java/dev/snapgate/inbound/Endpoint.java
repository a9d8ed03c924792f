package dev.snapgate.inbound;

/**
 * What an inbound request is, by its path (and, at NICEPAY's shared VA payment path, by how it is signed): the name
 * reported in {@link InboundEvent}s and the SNAP service code its answers carry. Sources: NICEPAY's inquiry-VA flow
 * and notification pages (docs/CONFORMANCE.md lists them).
 */
enum Endpoint {
    TOKEN("token", 73, "/api/v1.0/access-token/b2b"),
    VA_INQUIRY("inquiry", 24, "/api/v1.0/transfer-va/inquiry"),
    /** NICEPAY's VA payment in the inquiry-VA flow: HMAC-signed, with a bearer token. */
    VA_PAYMENT("payment", 25, "/api/v1.0/transfer-va/payment"),
    /** NICEPAY's VA-paid notification: the same path as {@link #VA_PAYMENT}, RSA-signed, no {@code Authorization}. */
    VA_NOTIFICATION("notification", 25, "/api/v1.0/transfer-va/payment"),
    QRIS_NOTIFICATION("notification", 52, "/api/v1.0/qr/qr-mpm-notify"),
    EWALLET_NOTIFICATION("notification", 56, "/api/v1.0/debit/notify"),
    /** Payout notifications: NICEPAY's payout family answers with service code {@code 00}. */
    PAYOUT_NOTIFICATION("notification", 0, "/api/v1.0/transfer/notify"),
    /** The configurable alias (default {@code /notify}): the kind is told by the body. */
    NOTIFY_ALIAS("notification", 0, null),
    UNKNOWN("unknown", 0, null);

    /** Another spelling of the QRIS notification path on one of NICEPAY's pages. */
    static final String QRIS_NOTIFY_SHORT = "/api/v1.0/qr/qr-mpm-notif";

    final String reportedAs;
    final int serviceCode;
    final String path;

    Endpoint(String reportedAs, int serviceCode, String path) {
        this.reportedAs = reportedAs;
        this.serviceCode = serviceCode;
        this.path = path;
    }

    boolean isNotification() {
        return reportedAs.equals("notification");
    }

    /** The endpoint of {@code request}, matching paths by suffix so a platform can mount them under any prefix. */
    static Endpoint of(InboundRequest request, String notificationAlias) {
        String path = request.path();
        if (path.endsWith(VA_PAYMENT.path)) {
            // NICEPAY's VA notification shares the payment path: it carries X-CLIENT-KEY and no bearer token
            boolean bearer = request.header("Authorization").map(a -> !a.isBlank()).orElse(false);
            return !bearer && request.header("X-CLIENT-KEY").isPresent() ? VA_NOTIFICATION : VA_PAYMENT;
        }
        for (Endpoint e : values()) {
            if (e.path != null && path.endsWith(e.path)) {
                return e;
            }
        }
        if (path.endsWith(QRIS_NOTIFY_SHORT)) {
            return QRIS_NOTIFICATION;
        }
        return path.endsWith(notificationAlias) ? NOTIFY_ALIAS : UNKNOWN;
    }
}
