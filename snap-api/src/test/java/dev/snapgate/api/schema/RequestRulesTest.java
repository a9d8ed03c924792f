package dev.snapgate.api.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapgate.domain.error.SnapInvalidRequestException.Rule;
import dev.snapgate.api.schema.FieldRule.Violation;
import dev.snapgate.domain.service.SnapService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** NICEPAY's field rules as its pages give them (issue 22; docs/CONFORMANCE.md names the page of each). */
class RequestRulesTest {

    private static Map<String, Object> registration() {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("partnerReferenceNo", "PO-1");
        b.put("merchantId", "IONPAYTEST");
        b.put("beneficiaryAccountNo", "5345000060");
        b.put("beneficiaryName", "Siti");
        b.put("beneficiaryPhone", "081234567890");
        b.put("beneficiaryBankCode", "BMRI");
        b.put("beneficiaryCustomerResidence", "1");
        b.put("amount", Map.of("value", "1000.00", "currency", "IDR"));
        return b;
    }

    private static List<String> broken(SnapService service, Map<String, ?> body) {
        return RequestRules.violations(service, body).stream().map(v -> v.field() + " " + v.rule()).toList();
    }

    @Test
    void balanceInquiry_accountNoIsMandatory_andAtMost10() {
        assertThat(broken(SnapService.BALANCE_INQUIRY, Map.of("additionalInfo", Map.of())))
                .containsExactly("accountNo MANDATORY");
        assertThat(broken(SnapService.BALANCE_INQUIRY, Map.of("accountNo", "12345678901")))
                .containsExactly("accountNo MAX_LENGTH");
        assertThat(broken(SnapService.BALANCE_INQUIRY, Map.of("accountNo", "1234567890"))).isEmpty();
    }

    @Test
    void payoutRegistration_allowsNicepaysLengths_andNeedsPhoneAndResidence() {
        Map<String, Object> long100 = registration();
        long100.put("beneficiaryName", "N".repeat(100));
        long100.put("beneficiaryAccountNo", "1".repeat(25));
        long100.put("beneficiaryPhone", "0".repeat(20));
        assertThat(broken(SnapService.PAYOUT_REGISTRATION, long100)).isEmpty();

        Map<String, Object> tooLong = registration();
        tooLong.put("beneficiaryName", "N".repeat(101));
        tooLong.put("beneficiaryAccountNo", "1".repeat(26));
        tooLong.put("beneficiaryPhone", "0".repeat(21));
        tooLong.put("beneficiaryCustomerResidence", "123");
        assertThat(broken(SnapService.PAYOUT_REGISTRATION, tooLong)).containsExactlyInAnyOrder(
                "beneficiaryName MAX_LENGTH", "beneficiaryAccountNo MAX_LENGTH", "beneficiaryPhone MAX_LENGTH",
                "beneficiaryCustomerResidence MAX_LENGTH");

        Map<String, Object> missing = registration();
        missing.remove("beneficiaryPhone");
        missing.remove("beneficiaryCustomerResidence");
        assertThat(broken(SnapService.PAYOUT_REGISTRATION, missing)).containsExactlyInAnyOrder(
                "beneficiaryPhone MANDATORY", "beneficiaryCustomerResidence MANDATORY");
    }

    @Test
    void payoutInquiry_needsTheBeneficiaryAccount_upTo25Digits() {
        Map<String, Object> inquiry = new LinkedHashMap<>(Map.of("merchantId", "IONPAYTEST",
                "originalPartnerReferenceNo", "PO-1", "originalReferenceNo", "R1"));
        assertThat(broken(SnapService.PAYOUT_INQUIRY, inquiry)).containsExactly("beneficiaryAccountNo MANDATORY");
        inquiry.put("beneficiaryAccountNo", "1".repeat(26));
        assertThat(broken(SnapService.PAYOUT_INQUIRY, inquiry)).containsExactly("beneficiaryAccountNo MAX_LENGTH");
        inquiry.put("beneficiaryAccountNo", "1".repeat(25));
        assertThat(broken(SnapService.PAYOUT_INQUIRY, inquiry)).isEmpty();
    }

    @Test
    void inboundVaCalls_takeNicepaysLengths_fromTheSameTable() {
        Map<String, Object> inquiry = new LinkedHashMap<>(Map.of("partnerServiceId", "   88081", "customerNo", "1",
                "virtualAccountNo", "1".repeat(26), "inquiryRequestId", "I".repeat(41), "additionalInfo", Map.of()));
        List<Violation> v = RequestRules.inboundVaViolations(false, inquiry);
        assertThat(v).extracting(Violation::field).containsExactly("virtualAccountNo", "inquiryRequestId");
        assertThat(v).extracting(Violation::rule).containsOnly(Rule.MAX_LENGTH);
        inquiry.put("virtualAccountNo", "1".repeat(25));
        inquiry.put("inquiryRequestId", "I".repeat(40));
        assertThat(RequestRules.inboundVaViolations(false, inquiry)).isEmpty();
        assertThat(RequestRules.inboundVaViolations(true, inquiry)).extracting(Violation::field)
                .contains("paymentRequestId", "paidAmount");
    }
}
