package dev.snapgate.api;

import dev.snapgate.api.internal.Examples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapgate.domain.Amount;
import dev.snapgate.domain.code.ResponseCode;
import dev.snapgate.domain.service.ServiceResponse;
import dev.snapgate.domain.service.SnapService;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypedValuesTest {

    @Test
    void states_keepUnknownCodes_insteadOfFailing() {
        TransactionState future = TransactionState.of(TransactionState.Family.PAYOUT, "77");

        assertThat(future.known()).isEmpty();
        assertThat(future.code()).isEqualTo("77");
        assertThat(future.isFinal()).isFalse();
        assertThat(future.toString()).isEqualTo("77 (PAYOUT, unknown to snapgate)");
        assertThat(TransactionState.of(TransactionState.Family.PAYOUT, "08").isSuspect()).isTrue();
        assertThat(TransactionState.of(TransactionState.Family.PAYOUT, "00").known()).contains(TransactionState.Known.PAYOUT_SUCCESS);
        assertThat(TransactionState.of(TransactionState.Family.VIRTUAL_ACCOUNT, "03")).isEqualTo(TransactionState.VA_UNPAID);
        assertThat(TransactionState.of(TransactionState.Family.EWALLET, "04").isFinal()).isTrue();
    }

    @Test
    void oneCode_meansWhatItsFamilySays() {
        TransactionState qrisPaid = TransactionState.of(TransactionState.Family.QRIS, "00");
        TransactionState vaReversal = TransactionState.of(TransactionState.Family.VIRTUAL_ACCOUNT, "01");
        TransactionState ewalletInitiated = TransactionState.of(TransactionState.Family.EWALLET, "01");

        assertThat(qrisPaid.known()).contains(TransactionState.Known.QRIS_PAID);
        assertThat(qrisPaid).isNotEqualTo(TransactionState.EWALLET_SUCCESS);
        assertThat(vaReversal.isFinal()).isTrue();
        assertThat(ewalletInitiated.isFinal()).isFalse();
        assertThat(TransactionState.of(TransactionState.Family.EWALLET, "08").isSuspect()).isFalse();
        assertThat(vaReversal.toString()).isEqualTo("01 (VA_REVERSAL)");
        for (TransactionState.Known k : TransactionState.Known.values()) {
            assertThat(k.state().known()).as(k.name()).contains(k);
            assertThat(k.name()).as("constant named after its family").startsWith(
                    k.family() == TransactionState.Family.VIRTUAL_ACCOUNT ? "VA_" : k.family().name() + "_");
        }
    }

    @Test
    void aStateCode_isOneToEightCharacters() {
        assertThatThrownBy(() -> TransactionState.of(TransactionState.Family.QRIS, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 8 characters");
        assertThatThrownBy(() -> TransactionState.of(TransactionState.Family.QRIS, "123456789"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 9");
    }

    @Test
    void answers_keepEveryFieldNicepaySends() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("responseCode", "2005500");
        body.put("originalPartnerReferenceNo", "EW-1");
        body.put("originalReferenceNo", "REF-1");
        body.put("latestTransactionStatus", "99");
        body.put("aFieldNicepayAddedLater", Map.of("nested", "kept"));
        ServiceResponse r = new ServiceResponse(SnapService.EWALLET_STATUS, ResponseCode.parse("2005500"),
                "Successful", body, "1");

        TransactionStatus status = TransactionStatus.from(r, TransactionState.Family.EWALLET);

        assertThat(status.state()).contains(TransactionState.of(TransactionState.Family.EWALLET, "99"));
        assertThat(status.response().body()).containsEntry("aFieldNicepayAddedLater", Map.of("nested", "kept"));
    }

    @Test
    void settlement_derivesTheInquiryFromTheOriginalBody() {
        SnapRequest inquiry = Settlement.inquiryFor(SnapService.PAYOUT_REGISTRATION,
                Examples.of(SnapService.PAYOUT_REGISTRATION).toBody());

        assertThat(inquiry.service()).isEqualTo(SnapService.PAYOUT_INQUIRY);
        assertThat(inquiry.toBody()).containsEntry("originalPartnerReferenceNo", "PAYOUT-0001")
                .containsEntry("originalReferenceNo", "").containsEntry("beneficiaryAccountNo", "5345000060");
        assertThat(Settlement.inquiryFor(SnapService.QRIS_GENERATE, Examples.of(SnapService.QRIS_GENERATE).toBody())
                .toBody()).containsEntry("externalStoreId", "STORE01").containsEntry("serviceCode", "47");
        assertThat(Settlement.inquiryFor(SnapService.VA_CREATE, Examples.of(SnapService.VA_CREATE).toBody())
                .service()).isEqualTo(SnapService.VA_STATUS);
        assertThatThrownBy(() -> Settlement.inquiryFor(SnapService.VA_STATUS, Map.of()))
                .hasMessageContaining("is an inquiry");
    }

    @Test
    void aPayoutActionIsOneOfTheFour() {
        assertThatThrownBy(() -> new PayoutAction(SnapService.VA_CREATE, "M", "P", "R", "1", java.util.Optional.empty()))
                .hasMessageContaining("a payout action is one of");
        assertThat(Examples.of(SnapService.PAYOUT_APPROVE).toBody()).containsKey("amount");
        assertThat(Amount.idr(1).toString()).isEqualTo("1.00 IDR");
    }
}
