package dev.snapgate.api.internal;

import static dev.snapgate.api.schema.Fields.BENEFICIARY_CUSTOMER_TYPE;
import static dev.snapgate.api.schema.Fields.GOODS_NM;
import static dev.snapgate.api.schema.Fields.PAYOUT_METHOD;

import dev.snapgate.domain.Amount;
import dev.snapgate.api.BalanceInquiryRequest;
import dev.snapgate.api.EwalletPaymentRequest;
import dev.snapgate.api.EwalletRefundRequest;
import dev.snapgate.api.EwalletStatusRequest;
import dev.snapgate.api.PayoutAction;
import dev.snapgate.api.PayoutRegistrationRequest;
import dev.snapgate.api.QrisGenerateRequest;
import dev.snapgate.api.QrisQueryRequest;
import dev.snapgate.api.QrisRefundRequest;
import dev.snapgate.api.SnapRequest;
import dev.snapgate.api.VaCreateRequest;
import dev.snapgate.api.VaDeleteRequest;
import dev.snapgate.api.VaStatusRequest;
import dev.snapgate.domain.service.SnapService;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A valid example request for every service, built with the typed records (what {@code snapgate call SERVICE
 * --example} prints). The examples fit together: the inquiries, refunds and payout actions refer to the references
 * the create examples use ({@code ORDER-0001}, {@code EWALLET-0001}, {@code QRIS-0001}, {@code PAYOUT-0001}); NICEPAY's
 * own references ({@code originalReferenceNo}) are placeholders to replace with those from its answers.
 */
public final class Examples {

    /** The merchant ID the examples use: NICEPAY's public sandbox merchant. */
    public static final String MERCHANT_ID = "IONPAYTEST";

    private Examples() {
    }

    public static SnapRequest of(SnapService service) {
        Amount amount = Amount.idr("10000.00");
        return switch (service) {
            case VA_CREATE -> VaCreateRequest.of("ORDER-0001", "Budi Santoso", amount, "BMRI")
                    .withGoodsNm("T-shirt").withDbProcessUrl("https://merchant.example/nicepay/notify")
                    .withValidUntil("20261231", "235959");
            case VA_STATUS -> new VaStatusRequest("   12345", "0001", "   123450001", Optional.empty(), amount,
                    "ORDER-0001", Optional.empty());
            case VA_DELETE -> new VaDeleteRequest("   12345", "0001", "   123450001", "ORDER-0001", amount,
                    "IONPAYTEST02202612310000001234", "Order cancelled by the customer");
            case EWALLET_PAYMENT -> EwalletPaymentRequest.of("EWALLET-0001", MERCHANT_ID, amount, "DANA")
                    .withUrlParam(List.of(new EwalletPaymentRequest.UrlParam(
                            "https://merchant.example/nicepay/notify", "PAY_NOTIFY", "N"),
                            new EwalletPaymentRequest.UrlParam("https://merchant.example/thanks", "PAY_RETURN",
                                    "N")))
                    .withDbProcessUrl("https://merchant.example/nicepay/notify")
                    .withMoreInfo(ordered(GOODS_NM, "T-shirt"));
            case EWALLET_STATUS -> EwalletStatusRequest.of(MERCHANT_ID, "EWALLET-0001", "");
            case EWALLET_REFUND -> new EwalletRefundRequest("REFUND-0001", MERCHANT_ID, Optional.empty(),
                    "EWALLET-0001", "", Optional.empty(), Optional.of("Customer returned the goods"),
                    Amount.idr("5000.00"));
            case QRIS_GENERATE -> QrisGenerateRequest.of("QRIS-0001", amount, MERCHANT_ID, "STORE01")
                    .withMitraCd("QSHP").withDbProcessUrl("https://merchant.example/nicepay/notify");
            case QRIS_QUERY -> new QrisQueryRequest("", "QRIS-0001", MERCHANT_ID, "STORE01");
            case QRIS_REFUND -> new QrisRefundRequest("IONPAYTEST08202612310000001234", "QRIS-0001", "REFUND-0002",
                    MERCHANT_ID, "STORE01", Amount.idr("5000.00"), "Customer returned the goods");
            case BALANCE_INQUIRY -> BalanceInquiryRequest.of("1234567890");
            case PAYOUT_REGISTRATION -> PayoutRegistrationRequest.of("PAYOUT-0001", MERCHANT_ID, "5345000060",
                    "Siti Rahma", "081234567890", "BMRI", "1", Amount.idr("150000.00"))
                    .withMoreFields(ordered(BENEFICIARY_CUSTOMER_TYPE, "1", PAYOUT_METHOD, "0"));
            case PAYOUT_APPROVE, PAYOUT_CANCEL, PAYOUT_REJECT, PAYOUT_INQUIRY -> new PayoutAction(service, MERCHANT_ID,
                    "PAYOUT-0001", "IONPAYTEST07202612310000001234", "5345000060",
                    service == SnapService.PAYOUT_APPROVE ? Optional.of(Amount.idr("150000.00")) : Optional.empty());
        };
    }

    /** Insertion-ordered, so the example's bytes are the same on every run ({@code Map.of} order varies). */
    private static Map<String, Object> ordered(String... namesAndValues) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return m;
    }
}
