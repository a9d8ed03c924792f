package dev.snapgate.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapgate.api.internal.Examples;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.code.ResponseCode;
import dev.snapgate.domain.service.ServiceRequest;
import dev.snapgate.domain.service.ServiceResponse;
import dev.snapgate.domain.service.SnapService;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Per-call options reach the untyped request on every typed method that takes them. */
class CallOptionsTest {

    private final List<ServiceRequest> sent = new ArrayList<>();
    private final NicepayApi api = new NicepayApi(this::answer, this::answer, ClientKey.of("M"), Clock.systemUTC());

    private ServiceResponse answer(ServiceRequest request) {
        sent.add(request);
        return new ServiceResponse(request.service(), ResponseCode.parse("200" + request.service().code() + "00"),
                "Successful", Map.of(), "1");
    }

    @Test
    void externalIdChannelAndDeadline_travelWithTheCall() {
        CallOptions options = CallOptions.externalId("123").withChannelId("KIOSK-01").withDeadline(Duration.ofSeconds(3));

        api.virtualAccounts().status((VaStatusRequest) Examples.of(SnapService.VA_STATUS), options);
        api.ewallets().status((EwalletStatusRequest) Examples.of(SnapService.EWALLET_STATUS), options);
        api.qris().query((QrisQueryRequest) Examples.of(SnapService.QRIS_QUERY), options);
        api.payouts().inquiry((PayoutAction) Examples.of(SnapService.PAYOUT_INQUIRY), options);
        api.payouts().balance((BalanceInquiryRequest) Examples.of(SnapService.BALANCE_INQUIRY), options);
        api.virtualAccounts().create((VaCreateRequest) Examples.of(SnapService.VA_CREATE), options);

        assertThat(sent).hasSize(6).allSatisfy(r -> {
            assertThat(r.externalId()).contains("123");
            assertThat(r.channelId()).contains("KIOSK-01");
            assertThat(r.deadline()).contains(Duration.ofSeconds(3));
        });
    }

    @Test
    void withoutOptions_theClientsDefaultsApply() {
        api.virtualAccounts().status((VaStatusRequest) Examples.of(SnapService.VA_STATUS));

        assertThat(sent).singleElement().satisfies(r -> {
            assertThat(r.externalId()).isEmpty();
            assertThat(r.channelId()).isEmpty();
            assertThat(r.deadline()).isEmpty();
        });
    }

    @Test
    void badValues_areRefusedWithTheRule() {
        assertThatThrownBy(() -> CallOptions.externalId("ORDER-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CallOptions.channelId("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 64 visible ASCII");
        assertThatThrownBy(() -> CallOptions.deadline(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
        assertThat(CallOptions.DEFAULTS).isEqualTo(new CallOptions(Optional.empty(), Optional.empty(),
                Optional.empty()));
    }
}
