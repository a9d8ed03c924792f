package dev.snapgate.api.schema;

import static dev.snapgate.api.schema.FieldRule.optional;
import static dev.snapgate.api.schema.FieldRule.required;

import dev.snapgate.domain.error.SnapInvalidRequestException;
import dev.snapgate.domain.service.SnapService;
import dev.snapgate.api.schema.FieldRule.Kind;
import dev.snapgate.api.schema.FieldRule.Violation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * NICEPAY's field rules per service (SNAP-SERVICES): mandatory fields, maximum lengths, digits-only fields and the
 * amount format, checked before anything is signed or sent. Unknown extra fields are allowed (NICEPAY adds fields).
 * Where NICEPAY's docs call a field mandatory that is legitimately empty (a normal VA's {@code partnerServiceId} and
 * {@code customerNo}) or that a merchant cannot know after a lost answer (NICEPAY's own {@code originalReferenceNo} in
 * status inquiries), snapgate lets it be {@code ""} or absent. Thread-safe.
 */
public final class RequestRules {

    private static final Map<SnapService, List<FieldRule>> RULES = new EnumMap<>(SnapService.class);

    static {
        RULES.put(SnapService.VA_CREATE, List.of(
                optional("partnerServiceId", 20), optional("customerNo", 40), optional("virtualAccountNo", 25),
                optional("virtualAccountName", 255), required("trxId", 40), required("totalAmount", Kind.AMOUNT),
                required("additionalInfo", Kind.OBJECT), required("additionalInfo.bankCd", 4),
                optional("additionalInfo.tXidVA", 40), optional("additionalInfo.vacctValidDt", Kind.DATE),
                optional("additionalInfo.vacctValidTm", Kind.TIME)));
        // virtualAccountNo: NICEPAY's status page marks it mandatory, but after a lost VA-create answer the merchant
        // never learnt it (NICEPAY assigns it); the inquiry then names the VA by trxId and totalAmount (a deliberate
        // deviation, docs/CONFORMANCE.md)
        RULES.put(SnapService.VA_STATUS, List.of(
                present("partnerServiceId", 20), present("customerNo", 40), present("virtualAccountNo", 25),
                optional("inquiryRequestId", 128), required("additionalInfo", Kind.OBJECT),
                required("additionalInfo.totalAmount", Kind.AMOUNT), required("additionalInfo.trxId", 40),
                optional("additionalInfo.tXidVA", 40)));
        RULES.put(SnapService.VA_DELETE, List.of(
                present("partnerServiceId", 20), present("customerNo", 40), required("virtualAccountNo", 25),
                required("trxId", 40), required("additionalInfo", Kind.OBJECT),
                required("additionalInfo.totalAmount", Kind.AMOUNT), required("additionalInfo.tXidVA", 40),
                required("additionalInfo.cancelMessage", 255)));
        RULES.put(SnapService.EWALLET_PAYMENT, List.of(
                required("partnerReferenceNo", 40), required("merchantId", 10), optional("subMerchantId", 32),
                optional("externalStoreId", 32), required("amount", Kind.AMOUNT), optional("urlParam", Kind.LIST),
                optional("additionalInfo", Kind.OBJECT), optional("additionalInfo.cartData", 0)));
        RULES.put(SnapService.EWALLET_STATUS, List.of(
                required("merchantId", 10), optional("subMerchantId", 32), present("originalReferenceNo", 40),
                required("originalPartnerReferenceNo", 40), optional("amount", Kind.AMOUNT),
                optional("additionalInfo", Kind.OBJECT)));
        RULES.put(SnapService.EWALLET_REFUND, List.of(
                required("partnerRefundNo", 40), required("merchantId", 10), optional("subMerchantId", 32),
                required("originalPartnerReferenceNo", 40), present("originalReferenceNo", 40),
                optional("externalStoreId", 32), optional("reason", 256), required("refundAmount", Kind.AMOUNT),
                optional("additionalInfo", Kind.OBJECT)));
        RULES.put(SnapService.QRIS_GENERATE, List.of(
                required("partnerReferenceNo", 40), required("amount", Kind.AMOUNT), optional("merchantId", 10),
                optional("storeId", 32), optional("additionalInfo", Kind.OBJECT)));
        RULES.put(SnapService.QRIS_QUERY, List.of(
                present("originalReferenceNo", 40), required("originalPartnerReferenceNo", 40),
                required("merchantId", 10), required("externalStoreId", 32), optional("serviceCode", 2),
                optional("additionalInfo", Kind.OBJECT)));
        RULES.put(SnapService.QRIS_REFUND, List.of(
                required("originalReferenceNo", 40), required("originalPartnerReferenceNo", 40),
                required("partnerRefundNo", 40), required("merchantId", 10), required("externalStoreId", 32),
                required("refundAmount", Kind.AMOUNT), required("reason", 256),
                required("additionalInfo", Kind.OBJECT), required("additionalInfo.cancelType", 1)));
        // balance inquiry page: accountNo String(10) Mandatory
        RULES.put(SnapService.BALANCE_INQUIRY, List.of(
                required("accountNo", 10), optional("additionalInfo", Kind.OBJECT)));
        // payout registration page: beneficiaryAccountNo String(25) M, beneficiaryName String(100) M,
        // beneficiaryPhone String(20) M, beneficiaryCustomerResidence String(2) M
        RULES.put(SnapService.PAYOUT_REGISTRATION, List.of(
                required("partnerReferenceNo", 40), required("merchantId", 10),
                new FieldRule("beneficiaryAccountNo", true, 25, Kind.DIGITS), required("beneficiaryName", 100),
                required("beneficiaryBankCode", 4), required("beneficiaryPhone", 20),
                required("beneficiaryCustomerResidence", 2),
                required("amount", Kind.AMOUNT), optional("reservedDt", Kind.DATE), optional("reservedTm", Kind.TIME),
                optional("additionalInfo", Kind.OBJECT)));
        List<FieldRule> payoutAction = List.of(required("merchantId", 10), required("originalPartnerReferenceNo", 40),
                required("originalReferenceNo", 40), new FieldRule("beneficiaryAccountNo", false, 25, Kind.DIGITS),
                optional("amount", Kind.AMOUNT), optional("additionalInfo", Kind.OBJECT));
        RULES.put(SnapService.PAYOUT_APPROVE, payoutAction);
        RULES.put(SnapService.PAYOUT_CANCEL, payoutAction);
        RULES.put(SnapService.PAYOUT_REJECT, payoutAction);
        RULES.put(SnapService.PAYOUT_INQUIRY, List.of(required("merchantId", 10),
                required("originalPartnerReferenceNo", 40), present("originalReferenceNo", 40),
                // payout inquiry page: beneficiaryAccountNo String(25) Mandatory
                new FieldRule("beneficiaryAccountNo", true, 25, Kind.DIGITS), optional("additionalInfo", Kind.OBJECT)));
    }

    /**
     * NICEPAY's inquiry-VA flow calling the merchant (SNAP-SERVICES "Inbound": partnerServiceId 20 M, customerNo 40 M,
     * virtualAccountNo 25 M, inquiryRequestId 40 M or, for the payment, paymentRequestId 40 and paidAmount M,
     * additionalInfo M; partnerServiceId and customerNo may be empty for a normal VA, so their presence is checked
     * by the inbound core). {@code bankCd}, which NICEPAY sends at the top or inside {@code additionalInfo}, is checked
     * by the inbound core.
     */
    private static final List<FieldRule> INBOUND_VA_INQUIRY = List.of(present("partnerServiceId", 20),
            present("customerNo", 40), required("virtualAccountNo", 25), required("inquiryRequestId", 40),
            required("additionalInfo", Kind.OBJECT));
    private static final List<FieldRule> INBOUND_VA_PAYMENT = List.of(present("partnerServiceId", 20),
            present("customerNo", 40), required("virtualAccountNo", 25), required("paymentRequestId", 40),
            required("paidAmount", Kind.AMOUNT), required("additionalInfo", Kind.OBJECT));

    private RequestRules() {
    }

    /** Every rule a body of NICEPAY's inbound VA inquiry (24) or payment (25) breaks, in rule order. */
    public static List<Violation> inboundVaViolations(boolean payment, Map<String, ?> body) {
        Objects.requireNonNull(body, "body");
        List<Violation> found = new ArrayList<>();
        for (FieldRule rule : payment ? INBOUND_VA_PAYMENT : INBOUND_VA_INQUIRY) {
            rule.check(body).ifPresent(found::add);
        }
        return found;
    }

    /** A field NICEPAY calls mandatory that may legitimately be empty: optional here, length-checked. */
    private static FieldRule present(String path, int maxLength) {
        return new FieldRule(path, false, maxLength, Kind.TEXT);
    }

    /** The rules of {@code service}, in the order they are checked. */
    public static List<FieldRule> of(SnapService service) {
        return RULES.getOrDefault(Objects.requireNonNull(service, "service"), List.of());
    }

    /** Every rule {@code body} breaks for {@code service}, in rule order (empty when valid). */
    public static List<Violation> violations(SnapService service, Map<String, ?> body) {
        Objects.requireNonNull(body, "body");
        List<Violation> found = new ArrayList<>();
        for (FieldRule rule : of(service)) {
            rule.check(body).ifPresent(found::add);
        }
        return found;
    }

    /**
     * Checks {@code body} against the rules of {@code service}.
     *
     * @throws SnapInvalidRequestException for the first broken rule, naming the field, the rule and the given length
     *     (never the value); every broken rule is listed in its message
     */
    public static void validate(SnapService service, Map<String, ?> body) {
        List<Violation> found = violations(service, body);
        if (!found.isEmpty()) {
            Violation first = found.get(0);
            StringBuilder message = new StringBuilder(service.name()).append(" request not sent: ")
                    .append(first.message());
            if (found.size() > 1) {
                message.append(" (").append(found.size() - 1).append(" more: ");
                message.append(String.join("; ", found.subList(1, found.size()).stream().map(Violation::message)
                        .toList())).append(')');
            }
            throw new SnapInvalidRequestException(first.field(), first.rule(), message.toString());
        }
    }
}
