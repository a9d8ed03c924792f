package dev.snapgate.api.schema;

import static dev.snapgate.api.schema.Fields.*;

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
                optional(PARTNER_SERVICE_ID, 20), optional(CUSTOMER_NO, 40), optional(VIRTUAL_ACCOUNT_NO, 25),
                optional(VIRTUAL_ACCOUNT_NAME, 255), required(TRX_ID, 40), required(TOTAL_AMOUNT, Kind.AMOUNT),
                required(ADDITIONAL_INFO, Kind.OBJECT), required(info(BANK_CD), 4),
                optional(info(T_XID_VA), 40), optional(info(VACCT_VALID_DT), Kind.DATE),
                optional(info(VACCT_VALID_TM), Kind.TIME)));
        // virtualAccountNo: NICEPAY's status page marks it mandatory, but after a lost VA-create answer the merchant
        // never learnt it (NICEPAY assigns it); the inquiry then names the VA by trxId and totalAmount (a deliberate
        // deviation, docs/CONFORMANCE.md)
        RULES.put(SnapService.VA_STATUS, List.of(
                present(PARTNER_SERVICE_ID, 20), present(CUSTOMER_NO, 40), present(VIRTUAL_ACCOUNT_NO, 25),
                optional(INQUIRY_REQUEST_ID, 128), required(ADDITIONAL_INFO, Kind.OBJECT),
                required(info(TOTAL_AMOUNT), Kind.AMOUNT), required(info(TRX_ID), 40),
                optional(info(T_XID_VA), 40)));
        RULES.put(SnapService.VA_DELETE, List.of(
                present(PARTNER_SERVICE_ID, 20), present(CUSTOMER_NO, 40), required(VIRTUAL_ACCOUNT_NO, 25),
                required(TRX_ID, 40), required(ADDITIONAL_INFO, Kind.OBJECT),
                required(info(TOTAL_AMOUNT), Kind.AMOUNT), required(info(T_XID_VA), 40),
                required(info(CANCEL_MESSAGE), 255)));
        RULES.put(SnapService.EWALLET_PAYMENT, List.of(
                required(PARTNER_REFERENCE_NO, 40), required(MERCHANT_ID, 10), optional(SUB_MERCHANT_ID, 32),
                optional(EXTERNAL_STORE_ID, 32), required(AMOUNT, Kind.AMOUNT), optional(URL_PARAM, Kind.LIST),
                optional(ADDITIONAL_INFO, Kind.OBJECT), optional(info(CART_DATA), 0)));
        RULES.put(SnapService.EWALLET_STATUS, List.of(
                required(MERCHANT_ID, 10), optional(SUB_MERCHANT_ID, 32), present(ORIGINAL_REFERENCE_NO, 40),
                required(ORIGINAL_PARTNER_REFERENCE_NO, 40), optional(AMOUNT, Kind.AMOUNT),
                optional(ADDITIONAL_INFO, Kind.OBJECT)));
        RULES.put(SnapService.EWALLET_REFUND, List.of(
                required(PARTNER_REFUND_NO, 40), required(MERCHANT_ID, 10), optional(SUB_MERCHANT_ID, 32),
                required(ORIGINAL_PARTNER_REFERENCE_NO, 40), present(ORIGINAL_REFERENCE_NO, 40),
                optional(EXTERNAL_STORE_ID, 32), optional(REASON, 256), required(REFUND_AMOUNT, Kind.AMOUNT),
                optional(ADDITIONAL_INFO, Kind.OBJECT)));
        RULES.put(SnapService.QRIS_GENERATE, List.of(
                required(PARTNER_REFERENCE_NO, 40), required(AMOUNT, Kind.AMOUNT), optional(MERCHANT_ID, 10),
                optional(STORE_ID, 32), optional(ADDITIONAL_INFO, Kind.OBJECT)));
        RULES.put(SnapService.QRIS_QUERY, List.of(
                present(ORIGINAL_REFERENCE_NO, 40), required(ORIGINAL_PARTNER_REFERENCE_NO, 40),
                required(MERCHANT_ID, 10), required(EXTERNAL_STORE_ID, 32), optional(SERVICE_CODE, 2),
                optional(ADDITIONAL_INFO, Kind.OBJECT)));
        RULES.put(SnapService.QRIS_REFUND, List.of(
                required(ORIGINAL_REFERENCE_NO, 40), required(ORIGINAL_PARTNER_REFERENCE_NO, 40),
                required(PARTNER_REFUND_NO, 40), required(MERCHANT_ID, 10), required(EXTERNAL_STORE_ID, 32),
                required(REFUND_AMOUNT, Kind.AMOUNT), required(REASON, 256),
                required(ADDITIONAL_INFO, Kind.OBJECT), required(info(CANCEL_TYPE), 1)));
        // balance inquiry page: accountNo String(10) Mandatory
        RULES.put(SnapService.BALANCE_INQUIRY, List.of(
                required(ACCOUNT_NO, 10), optional(ADDITIONAL_INFO, Kind.OBJECT)));
        // payout registration page: beneficiaryAccountNo String(25) M, beneficiaryName String(100) M,
        // beneficiaryPhone String(20) M, beneficiaryCustomerResidence String(2) M
        RULES.put(SnapService.PAYOUT_REGISTRATION, List.of(
                required(PARTNER_REFERENCE_NO, 40), required(MERCHANT_ID, 10),
                new FieldRule(BENEFICIARY_ACCOUNT_NO, true, 25, Kind.DIGITS), required(BENEFICIARY_NAME, 100),
                required(BENEFICIARY_BANK_CODE, 4), required(BENEFICIARY_PHONE, 20),
                required(BENEFICIARY_CUSTOMER_RESIDENCE, 2),
                required(AMOUNT, Kind.AMOUNT), optional(RESERVED_DT, Kind.DATE), optional(RESERVED_TM, Kind.TIME),
                optional(ADDITIONAL_INFO, Kind.OBJECT)));
        List<FieldRule> payoutAction = List.of(required(MERCHANT_ID, 10), required(ORIGINAL_PARTNER_REFERENCE_NO, 40),
                required(ORIGINAL_REFERENCE_NO, 40), new FieldRule(BENEFICIARY_ACCOUNT_NO, false, 25, Kind.DIGITS),
                optional(AMOUNT, Kind.AMOUNT), optional(ADDITIONAL_INFO, Kind.OBJECT));
        RULES.put(SnapService.PAYOUT_APPROVE, payoutAction);
        RULES.put(SnapService.PAYOUT_CANCEL, payoutAction);
        RULES.put(SnapService.PAYOUT_REJECT, payoutAction);
        RULES.put(SnapService.PAYOUT_INQUIRY, List.of(required(MERCHANT_ID, 10),
                required(ORIGINAL_PARTNER_REFERENCE_NO, 40), present(ORIGINAL_REFERENCE_NO, 40),
                // payout inquiry page: beneficiaryAccountNo String(25) Mandatory
                new FieldRule(BENEFICIARY_ACCOUNT_NO, true, 25, Kind.DIGITS), optional(ADDITIONAL_INFO, Kind.OBJECT)));
    }

    /**
     * NICEPAY's inquiry-VA flow calling the merchant (SNAP-SERVICES "Inbound": partnerServiceId 20 M, customerNo 40 M,
     * virtualAccountNo 25 M, inquiryRequestId 40 M or, for the payment, paymentRequestId 40 and paidAmount M,
     * additionalInfo M; partnerServiceId and customerNo may be empty for a normal VA, so their presence is checked
     * by the inbound core). {@code bankCd}, which NICEPAY sends at the top or inside {@code additionalInfo}, is checked
     * by the inbound core.
     */
    private static final List<FieldRule> INBOUND_VA_INQUIRY = List.of(present(PARTNER_SERVICE_ID, 20),
            present(CUSTOMER_NO, 40), required(VIRTUAL_ACCOUNT_NO, 25), required(INQUIRY_REQUEST_ID, 40),
            required(ADDITIONAL_INFO, Kind.OBJECT));
    private static final List<FieldRule> INBOUND_VA_PAYMENT = List.of(present(PARTNER_SERVICE_ID, 20),
            present(CUSTOMER_NO, 40), required(VIRTUAL_ACCOUNT_NO, 25), required(PAYMENT_REQUEST_ID, 40),
            required(PAID_AMOUNT, Kind.AMOUNT), required(ADDITIONAL_INFO, Kind.OBJECT));

    private RequestRules() {
    }

    /** A field inside {@code additionalInfo}. */
    private static String info(String field) {
        return Fields.path(ADDITIONAL_INFO, field);
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
