package dev.snapgate.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/** The body every service-call benchmark sends: a valid VA status inquiry of about 1 KiB (1,050 bytes compact). */
public final class BenchBodies {

    private BenchBodies() {
    }

    /** A fresh, ordered map; snapgate checks NICEPAY's field rules before signing, so it must be valid. */
    public static Map<String, Object> vaStatus() {
        Map<String, Object> amount = new LinkedHashMap<>();
        amount.put("value", "10000.00");
        amount.put("currency", "IDR");
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("totalAmount", amount);
        info.put("trxId", "ORD-1");
        info.put("note", "x".repeat(856));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("partnerServiceId", "  1234");
        body.put("customerNo", "0001");
        body.put("virtualAccountNo", "  12340001");
        body.put("trxId", "ORD-1");
        body.put("additionalInfo", info);
        return body;
    }
}
