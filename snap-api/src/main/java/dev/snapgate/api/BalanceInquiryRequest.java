package dev.snapgate.api;

import static dev.snapgate.api.schema.Fields.ACCOUNT_NO;
import static dev.snapgate.api.schema.Fields.MS_ID;

import dev.snapgate.domain.service.SnapService;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the payout balance (service 11); safe to repeat. {@code accountNo} is mandatory, {@code String(10)} (NICEPAY's
 * balance inquiry page).
 */
public record BalanceInquiryRequest(String accountNo, Optional<String> msId) implements SnapRequest {

    public BalanceInquiryRequest {
        Objects.requireNonNull(accountNo, ACCOUNT_NO);
        Objects.requireNonNull(msId, MS_ID);
    }

    /** The balance of {@code accountNo}, the merchant's payout account (up to 10 characters). */
    public static BalanceInquiryRequest of(String accountNo) {
        return new BalanceInquiryRequest(accountNo, Optional.empty());
    }

    @Override
    public SnapService service() {
        return SnapService.BALANCE_INQUIRY;
    }

    @Override
    public Map<String, Object> toBody() {
        return new Body().put(ACCOUNT_NO, accountNo).info(Map.of(), MS_ID, msId).map();
    }
}
