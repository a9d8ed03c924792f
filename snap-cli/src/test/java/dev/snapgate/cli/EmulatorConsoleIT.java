package dev.snapgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapgate.domain.Amount;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Merchant;
import dev.snapgate.domain.Secret;
import dev.snapgate.api.PayoutAction;
import dev.snapgate.api.PayoutRegistrationRequest;
import dev.snapgate.api.TransactionState;
import dev.snapgate.api.VaCreateRequest;
import dev.snapgate.api.VaStatusRequest;
import dev.snapgate.api.VirtualAccount;
import dev.snapgate.emulator.SnapEmulator;
import dev.snapgate.http.SnapClient;
import dev.snapgate.signing.Fixtures;
import dev.snapgate.signing.HmacSha512Signer;
import org.junit.jupiter.api.Test;

/** The standalone emulator's console commands drive the same state the Java API does. */
class EmulatorConsoleIT {

    @Test
    void consoleCommands_payAndSteer_andExplainMistakes() {
        ClientKey merchant = ClientKey.of("CONSOLE01");
        Secret secret = Secret.of("console-secret");
        try (SnapEmulator emulator = SnapEmulator.builder().client(merchant, Fixtures.rsa2048Public(), secret).start();
                SnapClient nicepay = SnapClient.builder().baseUrl(emulator.baseUrl()).merchant(Merchant.of(merchant,
                        Fixtures.rsa2048().signer(), new HmacSha512Signer(secret))).build()) {
            EmulatorConsole console = new EmulatorConsole(emulator);
            VirtualAccount va = nicepay.virtualAccounts().create(VaCreateRequest.of("ORDER-C1", "Budi",
                    Amount.idr(1000), "BMRI"));

            assertThat(console.execute("pay-va ORDER-C1")).isEqualTo("VA ORDER-C1 paid; no dbProcessUrl, so no"
                    + " notification");
            assertThat(nicepay.virtualAccounts().status(VaStatusRequest.of(va)).state()).contains(TransactionState.VA_PAID);
            assertThat(console.execute("pay-va ORDER-C1")).contains("no unpaid virtual account").contains("00");
            assertThat(console.execute("pay-va")).contains("needs a reference");
            assertThat(console.execute("explode now")).contains("unknown command 'explode'").contains("pay-va");
            assertThat(console.execute("help")).contains("in memory only");

            var registered = nicepay.payouts().register(PayoutRegistrationRequest.of("PO-C1", "CONSOLE01", "1", "A",
                    "0812345678", "BMRI", "1", Amount.idr(1)));
            assertThat(console.execute("fail-payout PO-C1")).contains("fails (09)");
            assertThat(nicepay.payouts().approve(PayoutAction.approve(registered, "CONSOLE01")).state())
                    .contains(TransactionState.PAYOUT_FAILED);
        }
    }
}
