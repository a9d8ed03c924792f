package dev.snapgate.api;

import dev.snapgate.api.internal.Examples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapgate.domain.error.SnapInvalidRequestException;
import dev.snapgate.domain.error.SnapInvalidRequestException.Rule;
import dev.snapgate.api.schema.RequestRules;
import dev.snapgate.domain.service.SnapService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TypedRequestRulesTest {

    private static Map<String, Object> body(SnapService s) {
        return Examples.of(s).toBody();
    }

    @ParameterizedTest
    @EnumSource(SnapService.class)
    void everyExample_passes_andEveryServiceHasRules(SnapService s) {
        assertThat(RequestRules.violations(s, body(s))).isEmpty();
        assertThat(RequestRules.of(s)).isNotEmpty();
    }

    @Test
    void aMissingMandatoryField_isNamed() {
        Map<String, Object> b = body(SnapService.VA_CREATE);
        ((Map<?, ?>) b.get("additionalInfo")).remove("bankCd");

        assertThatThrownBy(() -> RequestRules.validate(SnapService.VA_CREATE, b))
                .isInstanceOfSatisfying(SnapInvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("additionalInfo.bankCd");
                    assertThat(e.rule()).isEqualTo(Rule.MANDATORY);
                    assertThat(e.getMessage()).startsWith("VA_CREATE request not sent: additionalInfo.bankCd is"
                            + " mandatory and missing");
                });
    }

    @Test
    void anOverlongValue_givesItsLength_neverItsContent() {
        Map<String, Object> b = body(SnapService.EWALLET_PAYMENT);
        String secretLooking = "S3CR3T-".repeat(6);
        b.put("partnerReferenceNo", secretLooking);

        assertThatThrownBy(() -> RequestRules.validate(SnapService.EWALLET_PAYMENT, b))
                .isInstanceOfSatisfying(SnapInvalidRequestException.class, e -> {
                    assertThat(e.rule()).isEqualTo(Rule.MAX_LENGTH);
                    assertThat(e.getMessage()).contains("42 characters long").contains("at most 40")
                            .doesNotContain("S3CR3T");
                });
    }

    @Test
    void amounts_mustBeStringsWithTwoDecimals() {
        for (Object bad : List.of(10000, "10000", "10000.0", "10,000.00", "1e4", "-1.00")) {
            Map<String, Object> b = body(SnapService.QRIS_GENERATE);
            b.put("amount", Map.of("value", bad, "currency", "IDR"));
            assertThat(RequestRules.violations(SnapService.QRIS_GENERATE, b)).as(String.valueOf(bad))
                    .singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("amount.value");
                        assertThat(v.rule()).isEqualTo(Rule.AMOUNT);
                    });
        }
        Map<String, Object> b = body(SnapService.QRIS_GENERATE);
        b.put("amount", Map.of("value", "1.00", "currency", "rupiah"));
        assertThat(RequestRules.violations(SnapService.QRIS_GENERATE, b)).singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo("amount.currency"));
    }

    @Test
    void digitsDatesTimesAndTypes_areChecked() {
        Map<String, Object> payout = body(SnapService.PAYOUT_REGISTRATION);
        payout.put("beneficiaryAccountNo", "5345-000060");
        payout.put("reservedDt", "2026-12-31");
        payout.put("reservedTm", "246000");
        assertThat(RequestRules.violations(SnapService.PAYOUT_REGISTRATION, payout)).extracting(v -> v.rule())
                .containsExactly(Rule.NUMERIC, Rule.FORMAT, Rule.FORMAT);

        Map<String, Object> wallet = body(SnapService.EWALLET_PAYMENT);
        Map<String, Object> info = new LinkedHashMap<>(Map.of("cartData", Map.of("items", List.of())));
        wallet.put("additionalInfo", info);
        assertThat(RequestRules.violations(SnapService.EWALLET_PAYMENT, wallet)).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("additionalInfo.cartData");
            assertThat(v.message()).contains("must be a string"); // NICEPAY wants cartData as a JSON string
        });

        Map<String, Object> va = body(SnapService.VA_STATUS);
        va.put("additionalInfo", "{}");
        assertThat(RequestRules.violations(SnapService.VA_STATUS, va)).first()
                .satisfies(v -> assertThat(v.message()).contains("JSON object"));
    }

    @Test
    void unknownExtraFields_areAllowed() {
        Map<String, Object> b = body(SnapService.BALANCE_INQUIRY);
        b.put("somethingNicepayAddsLater", Map.of("x", 1));
        assertThat(RequestRules.violations(SnapService.BALANCE_INQUIRY, b)).isEmpty();
    }
}
