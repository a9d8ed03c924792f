package dev.snapgate.api;

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
        Objects.requireNonNull(accountNo, "accountNo");
        Objects.requireNonNull(msId, "msId");
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
        return new Body().put("accountNo", accountNo).info(Map.of(), "msId", msId).map();
    }
}
