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
        PayoutState future = PayoutState.of("77");

        assertThat(future.known()).isEmpty();
        assertThat(future.code()).isEqualTo("77");
        assertThat(future.isFinal()).isFalse();
        assertThat(future.toString()).contains("unknown to snapgate");
        assertThat(PayoutState.of("08").isSuspect()).isTrue();
        assertThat(PayoutState.of("00").known()).contains(PayoutState.Known.SUCCESS);
        assertThat(VaState.of("03")).isEqualTo(VaState.UNPAID);
        assertThat(EwalletState.of("04").isFinal()).isTrue();
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

        TransactionStatus<EwalletState> status = TransactionStatus.from(r, EwalletState::of);

        assertThat(status.state()).contains(EwalletState.of("99"));
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
