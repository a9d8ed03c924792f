package dev.snapgate.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.MutableClock;
import dev.snapgate.domain.code.ResponseCode;
import dev.snapgate.domain.error.SnapRejectedException;
import dev.snapgate.domain.error.SnapUnavailableException;
import dev.snapgate.domain.service.ServiceRequest;
import dev.snapgate.domain.service.ServiceResponse;
import dev.snapgate.domain.service.SnapService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * {@link Settlement}'s polling loop on a fake inquiry caller and a clock the test moves: which answers end it with
 * which verdict, that it keeps asking while NICEPAY says suspect, and that it only ever sends inquiries.
 */
class SettlementTest {

    private static final ClientKey MERCHANT = ClientKey.of("IONPAYTEST");
    /** No real waiting: 1 ms pauses; the clock advances 10 s per read, so the deadline is counted in reads. */
    private final MutableClock clock = MutableClock.ticking(Instant.parse("2026-12-04T03:00:00Z"),
            Duration.ofSeconds(10));
    private final SettleOptions options = new SettleOptions(Duration.ofMinutes(2), Duration.ofMillis(1),
            Duration.ofMillis(2));
    private final List<ServiceRequest> sent = new ArrayList<>();
    private final Deque<Supplier<ServiceResponse>> answers = new ArrayDeque<>();

    private Verdict settle() {
        Settlement settlement = new Settlement(request -> {
            sent.add(request);
            Supplier<ServiceResponse> next = answers.size() > 1 ? answers.poll() : answers.peek();
            return next.get();
        }, MERCHANT, clock, options);
        return settlement.settle(SnapService.PAYOUT_APPROVE, Map.of("merchantId", "IONPAYTEST",
                "originalPartnerReferenceNo", "PO-1", "originalReferenceNo", "R1", "beneficiaryAccountNo",
                "5345000060"));
    }

    private static Supplier<ServiceResponse> state(String code) {
        return () -> new ServiceResponse(SnapService.PAYOUT_INQUIRY, ResponseCode.parse("2000000"), "Successful",
                Map.of("latestTransactionStatus", code), "1");
    }

    private static Supplier<ServiceResponse> refused(String code) {
        return () -> {
            throw new SnapRejectedException("refused", ResponseCode.parse(code));
        };
    }

    @Test
    void keepsAskingWhileNicepaySaysSuspect_thenReportsTheFinalState() {
        answers.add(state("08"));
        answers.add(state("08"));
        answers.add(state("00"));

        Verdict verdict = settle();

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Received.class,
                r -> assertThat(r.state()).isEqualTo(TransactionState.PAYOUT_SUCCESS));
        assertThat(sent).hasSize(3).allSatisfy(r -> assertThat(r.service()).isEqualTo(SnapService.PAYOUT_INQUIRY));
    }

    @Test
    void aNotFoundAnswer_isNotReceived_atOnce() {
        answers.add(refused("4040001"));

        assertThat(settle()).isInstanceOfSatisfying(Verdict.NotReceived.class,
                n -> assertThat(n.responseCode().value()).isEqualTo("4040001"));
        assertThat(sent).hasSize(1);
    }

    @Test
    void anInquiryNicepayRefuses_isUndecided_namingItsCode_insteadOfAnError() {
        answers.add(refused("4000002"));

        assertThat(settle()).isInstanceOfSatisfying(Verdict.Undecided.class,
                u -> assertThat(u.reason()).contains("4000002").contains("never send the original again"));
        assertThat(sent).hasSize(1);
    }

    @Test
    void anUpstreamThatStaysDown_isUndecidedAtTheDeadline_withTheLastProblem() {
        answers.add(() -> {
            throw new SnapUnavailableException("NICEPAY answered 503", SnapUnavailableException.Reason.SERVER_ERROR);
        });

        Verdict verdict = settle();

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Undecided.class,
                u -> assertThat(u.reason()).contains("deadline").contains("503"));
        // 2 minutes of a clock that moves 10 s per read: a bounded number of inquiries, more than one
        assertThat(sent.size()).isBetween(2, 12);
    }
}
