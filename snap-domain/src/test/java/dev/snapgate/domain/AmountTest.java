package dev.snapgate.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AmountTest {

    @Test
    void anAmount_alwaysHasTwoDecimals_onTheWire() {
        assertThat(Amount.idr("10000").toWire()).isEqualTo(Map.of("value", "10000.00", "currency", "IDR"));
        assertThat(Amount.idr("10000.5").toWire().get("value")).isEqualTo("10000.50");
        assertThat(Amount.idr(25000).value()).isEqualTo(new BigDecimal("25000.00"));
        assertThat(Amount.idr("10000.50")).isEqualTo(Amount.idr("10000.5"));
    }

    @Test
    void aWrongScaleANegativeOrAnOverlongAmount_isRefused_withoutEchoingTheText() {
        assertThatThrownBy(() -> Amount.idr("10000.505")).hasMessageContaining("at most two decimals");
        assertThatThrownBy(() -> new Amount(new BigDecimal("1.005"), "IDR")).hasMessageContaining("round it yourself");
        assertThatThrownBy(() -> new Amount(new BigDecimal("-1"), "IDR")).hasMessageContaining("negative");
        assertThatThrownBy(() -> Amount.idr("1e5")).hasMessageContaining("digits").hasMessageNotContaining("1e5");
        assertThatThrownBy(() -> Amount.idr("12345678901234")).hasMessageContaining("16 characters");
        assertThatThrownBy(() -> Amount.of("1.00", "idr")).hasMessageContaining("three-letter");
    }

    @Test
    void amountsAddAndCompare_onlyInTheSameCurrency() {
        assertThat(Amount.idr("1.10").plus(Amount.idr("2.20"))).isEqualTo(Amount.idr("3.30"));
        assertThat(Amount.idr(5).compareTo(Amount.idr(4))).isPositive();
        assertThatThrownBy(() -> Amount.idr(1).plus(Amount.of("1", "USD"))).hasMessageContaining("IDR with USD");
    }

    @Test
    void theWireFormIsReadLeniently_andGarbageIsEmpty() {
        assertThat(Amount.fromWire(Map.of("value", "10000", "currency", "IDR"))).contains(Amount.idr(10000));
        assertThat(Amount.fromWire(Map.of("value", 10000, "currency", "IDR"))).isEmpty();
        assertThat(Amount.fromWire("10000.00")).isEmpty();
    }

    @Test
    void isWireValue_agreesWithTheWireValuePattern_onEdgeCasesAndOnRandomText() {
        String[] cases = {"0.00", "1.00", "10000.00", "1234567890123.45", "12345678901234.5", "01.00", "00.00", "0.0",
            "1.000", ".00", "1.0a", "1,00", "-1.00", "+1.00", "1.", "10000", "", "1 .00", "١.٠٠", "9999999999999.99",
            "99999999999999.9", "0.001", "00000000000.00"};
        for (String c : cases) {
            assertThat(Amount.isWireValue(c)).as(c).isEqualTo(Amount.WIRE_VALUE.matcher(c).matches());
        }
        java.util.Random random = new java.util.Random(26);
        String alphabet = "0123456789.0123456789-x ";
        int matched = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(19);
            for (int k = 0; k < length; k++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            boolean expected = Amount.WIRE_VALUE.matcher(t).matches();
            assertThat(Amount.isWireValue(t)).as(t).isEqualTo(expected);
            matched += expected ? 1 : 0;
        }
        assertThat(matched).as("random texts that are wire values, so both branches were compared").isPositive();
        assertThat(Amount.isCurrencyCode("IDR")).isTrue();
        assertThat(Amount.isCurrencyCode("IdR")).isFalse();
        assertThat(Amount.isCurrencyCode("IDRX")).isFalse();
    }
}
