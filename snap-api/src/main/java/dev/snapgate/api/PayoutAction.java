package dev.snapgate.api;

import static dev.snapgate.api.schema.Fields.AMOUNT;
import static dev.snapgate.api.schema.Fields.BENEFICIARY_ACCOUNT_NO;
import static dev.snapgate.api.schema.Fields.MERCHANT_ID;
import static dev.snapgate.api.schema.Fields.ORIGINAL_PARTNER_REFERENCE_NO;
import static dev.snapgate.api.schema.Fields.ORIGINAL_REFERENCE_NO;

import dev.snapgate.domain.Amount;
import dev.snapgate.domain.service.SnapService;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Approve, cancel, reject or inquire a registered payout: the same references for each. Approve moves money; cancel
 * and reject change state (all three sent once); inquiry is safe to repeat. {@code originalReferenceNo} is NICEPAY's
 * reference from the registration answer ({@code ""} is allowed for an inquiry after a lost registration answer).
 */
public record PayoutAction(SnapService service, String merchantId, String originalPartnerReferenceNo,
        String originalReferenceNo, String beneficiaryAccountNo, Optional<Amount> amount) implements SnapRequest {

    private static final Set<SnapService> ACTIONS = EnumSet.of(SnapService.PAYOUT_APPROVE, SnapService.PAYOUT_CANCEL,
            SnapService.PAYOUT_REJECT, SnapService.PAYOUT_INQUIRY);

    public PayoutAction {
        Objects.requireNonNull(service, "service");
        if (!ACTIONS.contains(service)) {
            throw new IllegalArgumentException("a payout action is one of " + ACTIONS + ", not " + service);
        }
        Objects.requireNonNull(merchantId, MERCHANT_ID);
        Objects.requireNonNull(originalPartnerReferenceNo, ORIGINAL_PARTNER_REFERENCE_NO);
        Objects.requireNonNull(originalReferenceNo, ORIGINAL_REFERENCE_NO);
        Objects.requireNonNull(beneficiaryAccountNo, BENEFICIARY_ACCOUNT_NO);
        Objects.requireNonNull(amount, AMOUNT);
    }

    /** Approves a registered payout for its amount. */
    public static PayoutAction approve(Payout registered, String merchantId) {
        return of(SnapService.PAYOUT_APPROVE, registered, merchantId, registered.amount());
    }

    public static PayoutAction cancel(Payout registered, String merchantId) {
        return of(SnapService.PAYOUT_CANCEL, registered, merchantId, Optional.empty());
    }

    public static PayoutAction reject(Payout registered, String merchantId) {
        return of(SnapService.PAYOUT_REJECT, registered, merchantId, Optional.empty());
    }

    public static PayoutAction inquiry(Payout registered, String merchantId) {
        return of(SnapService.PAYOUT_INQUIRY, registered, merchantId, Optional.empty());
    }

    private static PayoutAction of(SnapService service, Payout p, String merchantId, Optional<Amount> amount) {
        return new PayoutAction(service, merchantId, p.partnerReferenceNo(), p.originalReferenceNo(),
                p.beneficiaryAccountNo(), amount);
    }

    @Override
    public Map<String, Object> toBody() {
        return new Body().put(MERCHANT_ID, merchantId).put(ORIGINAL_PARTNER_REFERENCE_NO, originalPartnerReferenceNo)
                .put(ORIGINAL_REFERENCE_NO, originalReferenceNo).put(BENEFICIARY_ACCOUNT_NO, beneficiaryAccountNo)
                .put(AMOUNT, amount).map();
    }
}
