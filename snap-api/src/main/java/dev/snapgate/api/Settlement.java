package dev.snapgate.api;

import static dev.snapgate.api.schema.Fields.*;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.error.SnapException;
import dev.snapgate.domain.error.SnapRejectedException;
import dev.snapgate.domain.error.SnapUnavailableException;
import dev.snapgate.domain.error.SnapMalformedResponseException;
import dev.snapgate.domain.service.ServiceCaller;
import dev.snapgate.domain.service.ServiceRequest;
import dev.snapgate.domain.service.ServiceResponse;
import dev.snapgate.domain.service.SnapService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Settles a money-moving call whose outcome is unknown ({@code SnapOutcomeUnknownException}) without ever re-sending
 * it: runs the matching status inquiry (VA status for VA create/delete, e-wallet status for payment/refund, QRIS
 * query for generate/refund, payout inquiry for the payout family), with backoff, until NICEPAY knows or the deadline
 * passes. The inquiry's references are derived from the original body ({@link #inquiryFor}).
 *
 * <p>Verdicts: {@link Verdict.Received} with the typed state (while NICEPAY reports a suspect state such as payout
 * {@code 08} it keeps asking); {@link Verdict.NotReceived} when NICEPAY answers "transaction not found"
 * ({@code 404XX01}) or "invalid virtual account" ({@code 404XX12}/{@code 404XX19}); {@link Verdict.Undecided} when the
 * deadline passes first. Inquiries that fail with 5xx, timeouts or an open circuit are asked again; a rejection or
 * an authorisation failure ends the settling with that exception (fix the set-up). Thread-safe.
 */
public final class Settlement {

    private final ServiceCaller inquiries;
    private final ClientKey merchant;
    private final Clock clock;
    private final SettleOptions options;

    /**
     * @param inquiries makes the status inquiries (it must not validate away the empty references a lost answer
     *     leaves, e.g. NICEPAY's {@code originalReferenceNo})
     */
    public Settlement(ServiceCaller inquiries, ClientKey merchant, Clock clock, SettleOptions options) {
        this.inquiries = Objects.requireNonNull(inquiries, "inquiries");
        this.merchant = Objects.requireNonNull(merchant, "merchant");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Settles {@code original}, the typed request whose outcome is unknown. */
    public Verdict settle(SnapRequest original) {
        return settle(original.service(), original.toBody());
    }

    /**
     * Settles a call of {@code service} with body {@code originalBody}.
     *
     * @throws IllegalArgumentException when {@code service} is an inquiry (nothing to settle)
     * @return a verdict, also when NICEPAY refuses the inquiry itself ({@link Verdict.Undecided} naming its code)
     * @throws SnapException when an inquiry is unauthorised or the configuration is wrong
     */
    public Verdict settle(SnapService service, Map<String, ?> originalBody) {
        SnapRequest inquiry = inquiryFor(service, originalBody);
        TransactionState.Family family = familyOf(inquiry.service());
        Instant deadline = clock.instant().plus(options.deadline());
        Duration pause = options.firstPause();
        Optional<TransactionState> last = Optional.empty();
        String lastProblem = "no answer yet";
        while (true) {
            try {
                ServiceResponse answer = inquiries.call(new ServiceRequest(inquiry.service(), merchant,
                        inquiry.toBody(), Optional.empty()));
                Optional<TransactionState> state = stateOf(answer, family);
                if (state.isPresent() && !state.get().isSuspect()) {
                    return new Verdict.Received(state.get(), answer);
                }
                last = state;
                lastProblem = state.isPresent() ? "NICEPAY reports the transaction as suspect (" + state.get().code()
                        + ")" : "the inquiry answer carried no transaction state";
            } catch (SnapRejectedException e) {
                if (e.responseCode().filter(Settlement::notFound).isPresent()) {
                    return new Verdict.NotReceived(e.responseCode().get());
                }
                // NICEPAY refused the inquiry itself (e.g. a reference a lost answer never delivered): nothing more
                // can be learnt by asking again, and the original is never re-sent
                return new Verdict.Undecided("NICEPAY refused the status inquiry (" + e.responseCode().map(
                        Object::toString).orElse("no SNAP code") + "); check the transaction by its reference in"
                        + " NICEPAY's dashboard or wait for its notification — never send the original again", last);
            } catch (SnapUnavailableException | SnapMalformedResponseException e) {
                lastProblem = "the inquiry failed: " + e.getMessage();
            }
            Instant now = clock.instant();
            if (!now.plus(pause).isBefore(deadline)) {
                return new Verdict.Undecided("the deadline of " + options.deadline() + " passed; " + lastProblem,
                        last);
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Verdict.Undecided("interrupted; " + lastProblem, last);
            }
            pause = pause.multipliedBy(2).compareTo(options.maxPause()) > 0 ? options.maxPause()
                    : pause.multipliedBy(2);
        }
    }

    private static boolean notFound(dev.snapgate.domain.code.ResponseCode code) {
        return code.httpStatus() == 404 && (code.caseCode() == 1 || code.caseCode() == 12 || code.caseCode() == 19);
    }

    private static Optional<TransactionState> stateOf(ServiceResponse answer, TransactionState.Family family) {
        Map<String, Object> b = answer.body();
        Map<String, Object> data = Body.obj(b, VIRTUAL_ACCOUNT_DATA);
        return States.find(b, data, Body.obj(b, ADDITIONAL_INFO), Body.obj(data, ADDITIONAL_INFO)).map(family::state);
    }

    private static TransactionState.Family familyOf(SnapService inquiry) {
        return switch (inquiry) {
            case VA_STATUS -> TransactionState.Family.VIRTUAL_ACCOUNT;
            case EWALLET_STATUS -> TransactionState.Family.EWALLET;
            case QRIS_QUERY -> TransactionState.Family.QRIS;
            default -> TransactionState.Family.PAYOUT;
        };
    }

    /**
     * The status inquiry that settles a call of {@code service} with body {@code body}: its references copied from
     * the body; NICEPAY's own references that a lost answer never delivered are sent empty.
     *
     * @throws IllegalArgumentException when {@code service} is itself an inquiry
     */
    public static SnapRequest inquiryFor(SnapService service, Map<String, ?> body) {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(body, "body");
        Map<String, Object> info = info(body);
        return switch (service) {
            case VA_CREATE, VA_DELETE -> new Inquiry(SnapService.VA_STATUS, new Body()
                    .put(PARTNER_SERVICE_ID, text(body, PARTNER_SERVICE_ID))
                    .put(CUSTOMER_NO, text(body, CUSTOMER_NO))
                    .put(VIRTUAL_ACCOUNT_NO, text(body, VIRTUAL_ACCOUNT_NO))
                    .info(Map.of(), TOTAL_AMOUNT, service == SnapService.VA_CREATE ? body.get(TOTAL_AMOUNT)
                            : info.get(TOTAL_AMOUNT), TRX_ID, text(body, TRX_ID),
                            T_XID_VA, Optional.ofNullable(info.get(T_XID_VA))).map());
            case EWALLET_PAYMENT, EWALLET_REFUND -> new Inquiry(SnapService.EWALLET_STATUS, new Body()
                    .put(MERCHANT_ID, text(body, MERCHANT_ID))
                    .put(SUB_MERCHANT_ID, Optional.ofNullable(body.get(SUB_MERCHANT_ID)))
                    .put(ORIGINAL_REFERENCE_NO, text(body, ORIGINAL_REFERENCE_NO))
                    .put(ORIGINAL_PARTNER_REFERENCE_NO, service == SnapService.EWALLET_PAYMENT
                            ? text(body, PARTNER_REFERENCE_NO) : text(body, ORIGINAL_PARTNER_REFERENCE_NO))
                    .put(SERVICE_CODE, "54").info(Map.of()).map());
            case QRIS_GENERATE, QRIS_REFUND -> new Inquiry(SnapService.QRIS_QUERY, new Body()
                    .put(ORIGINAL_REFERENCE_NO, text(body, ORIGINAL_REFERENCE_NO))
                    .put(ORIGINAL_PARTNER_REFERENCE_NO, service == SnapService.QRIS_GENERATE
                            ? text(body, PARTNER_REFERENCE_NO) : text(body, ORIGINAL_PARTNER_REFERENCE_NO))
                    .put(MERCHANT_ID, text(body, MERCHANT_ID))
                    .put(EXTERNAL_STORE_ID, service == SnapService.QRIS_GENERATE ? text(body, STORE_ID)
                            : text(body, EXTERNAL_STORE_ID))
                    .put(SERVICE_CODE, "47").info(Map.of()).map());
            case PAYOUT_REGISTRATION, PAYOUT_APPROVE, PAYOUT_CANCEL, PAYOUT_REJECT -> new Inquiry(
                    SnapService.PAYOUT_INQUIRY, new Body().put(MERCHANT_ID, text(body, MERCHANT_ID))
                    .put(ORIGINAL_PARTNER_REFERENCE_NO, service == SnapService.PAYOUT_REGISTRATION
                            ? text(body, PARTNER_REFERENCE_NO) : text(body, ORIGINAL_PARTNER_REFERENCE_NO))
                    .put(ORIGINAL_REFERENCE_NO, text(body, ORIGINAL_REFERENCE_NO))
                    .put(BENEFICIARY_ACCOUNT_NO, text(body, BENEFICIARY_ACCOUNT_NO)).map());
            default -> throw new IllegalArgumentException(service + " is an inquiry: it is retried when it fails and"
                    + " never needs settling; settle the money-moving call instead");
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> info(Map<String, ?> body) {
        return body.get(ADDITIONAL_INFO) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static String text(Map<String, ?> body, String name) {
        Object v = body.get(name);
        return v instanceof String s ? s : "";
    }

    /** A derived inquiry. */
    private record Inquiry(SnapService service, Map<String, Object> body) implements SnapRequest {
        @Override
        public Map<String, Object> toBody() {
            return new java.util.LinkedHashMap<>(body);
        }
    }
}
