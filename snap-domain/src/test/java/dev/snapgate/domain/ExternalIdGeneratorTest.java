package dev.snapgate.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapgate.domain.service.ExternalIdGenerator;
import dev.snapgate.domain.service.SnapService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExternalIdGeneratorTest {

    @Test
    void ids_are36DigitsStartingWithTheMillis_andDistinctEvenInOneMillisecond() {
        ExternalIdGenerator generator = ExternalIdGenerator.random(Clock.fixed(Instant.ofEpochMilli(1735614700123L),
                ZoneOffset.UTC));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            String id = generator.next();
            assertThat(id).hasSize(36).startsWith("1735614700123");
            seen.add(id);
        }
        assertThat(seen).hasSize(100_000);
        assertThat(ExternalIdGenerator.requireValid(generator.next())).matches("\\d{36}");
    }

    @Test
    void requireValid_refusesNonDigitsAndOverlongIds() {
        assertThatThrownBy(() -> ExternalIdGenerator.requireValid("12a")).hasMessageContaining("decimal digits");
        assertThatThrownBy(() -> ExternalIdGenerator.requireValid("1".repeat(37))).isInstanceOf(
                IllegalArgumentException.class);
    }

    @Test
    void catalogue_coversSnapSpecSection4() {
        assertThat(SnapService.values()).hasSize(15);
        assertThat(SnapService.parse("26")).isEqualTo(SnapService.VA_STATUS);
        assertThat(SnapService.parse("va-status")).isEqualTo(SnapService.VA_STATUS);
        assertThat(SnapService.VA_DELETE.method()).isEqualTo("DELETE");
        assertThat(SnapService.VA_CREATE.signedPath()).isEqualTo("/api/v1.0/transfer-va/create-va");
        assertThat(SnapService.EWALLET_PAYMENT.idempotent()).isFalse();
        assertThat(SnapService.QRIS_QUERY.idempotent()).isTrue();
        assertThatThrownBy(() -> SnapService.parse("99")).hasMessageContaining("unknown SNAP service");
        // the payout family has no service code of its own: found by name, never by 00
        assertThat(SnapService.parse("payout-approve")).isEqualTo(SnapService.PAYOUT_APPROVE);
        assertThat(SnapService.byCode(0)).isEmpty();
        assertThat(SnapService.PAYOUT_APPROVE.idempotent()).isFalse();
        assertThat(SnapService.PAYOUT_INQUIRY.idempotent()).isTrue();
        assertThat(SnapService.BALANCE_INQUIRY.idempotent()).isTrue();
        assertThat(java.util.List.of(SnapService.PAYOUT_REGISTRATION, SnapService.PAYOUT_CANCEL,
                SnapService.PAYOUT_REJECT)).noneMatch(SnapService::idempotent);
    }
}
