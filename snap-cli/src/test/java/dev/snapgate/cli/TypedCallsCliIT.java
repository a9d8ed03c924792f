package dev.snapgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.service.SnapService;
import dev.snapgate.emulator.SnapEmulator;
import dev.snapgate.signing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code call --example}, validation before sending, and {@code settle}, in-process against the emulator. */
class TypedCallsCliIT {

    private static final String SECRET = "typed-cli-client-secret-3c9";
    private static final ClientKey CLIENT = ClientKey.of("CLIMERCHANT");

    @TempDir
    Path dir;

    private SnapEmulator emulator;
    private final Map<String, String> env = Map.of("CS", SECRET);

    @BeforeEach
    void start() {
        emulator = SnapEmulator.builder().client(CLIENT, Fixtures.rsa2048Public(), Secret.of(SECRET)).start();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private String[] remote(String... extra) {
        String[] base = {"--base-url", emulator.baseUrl().toString(), "--client-key", CLIENT.value(),
            "--private-key", Fixtures.file("keys/rsa2048.pkcs8.pem").toString(), "--client-secret-env", "CS",
            "--read-timeout", "1s"};
        String[] all = new String[extra.length + base.length];
        System.arraycopy(extra, 0, all, 0, extra.length);
        System.arraycopy(base, 0, all, extra.length, base.length);
        return all;
    }

    private Path file(String name, String json) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, json);
        return p;
    }

    @Test
    void example_printsAValidBodyForEveryService_andSendsNothing() throws Exception {
        for (SnapService s : SnapService.values()) {
            CliRun run = CliRun.of("call", s.name(), "--example");

            assertThat(run.exit()).as(s.name()).isZero();
            // what is printed passes the same field rules 'call' checks before sending
            assertThat(dev.snapgate.api.schema.RequestRules.violations(s, CliJson.parseObject(run.out(),
                    "example"))).as(s.name()).isEmpty();
        }
        assertThat(CliRun.of("call", "PAYOUT_APPROVE", "--example").out()).contains("\"originalPartnerReferenceNo\"")
                .contains("\"amount\"");
        assertThat(emulator.journal().tokenRequests()).isEmpty();
    }

    @Test
    void aBodyBreakingNicepaysRules_isExit2_namesTheFieldAndRule_andNothingIsSent() throws Exception {
        Path body = file("pay.json", "{\"partnerReferenceNo\":\"P-1\",\"merchantId\":\"IONPAYTEST\","
                + "\"amount\":{\"value\":10000,\"currency\":\"IDR\"}}");

        CliRun run = CliRun.of(env, remote("call", "EWALLET_PAYMENT", "--body-file", body.toString()));

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE_OR_CONFIGURATION);
        assertThat(run.err()).contains("amount.value").contains("exactly two decimals").contains("got a number")
                .doesNotContain("\tat ");
        assertThat(emulator.journal().tokenRequests()).isEmpty();
        assertThat(emulator.journal().serviceRequests(SnapService.EWALLET_PAYMENT)).isEmpty();
    }

    @Test
    void settle_aPaymentThatNeverArrived_isNotReceived_exit0_andThePaymentWasSentOnce() throws Exception {
        Path body = file("pay.json", "{\"partnerReferenceNo\":\"P-LOST\",\"merchantId\":\"IONPAYTEST\","
                + "\"amount\":{\"value\":\"10000.00\",\"currency\":\"IDR\"}}");
        emulator.faults().service(SnapService.EWALLET_PAYMENT).next(1).respond(500, "5005400");
        assertThat(CliRun.of(env, remote("call", "EWALLET_PAYMENT", "--body-file", body.toString())).exit())
                .isEqualTo(ExitCodes.OUTCOME_UNKNOWN);

        CliRun settle = CliRun.of(env, remote("settle", "EWALLET_PAYMENT", "--body-file", body.toString()));

        assertThat(settle.exit()).as(settle.err()).isZero();
        assertThat(settle.out()).contains("\"verdict\" : \"not_received\"").contains("4045501");
        assertThat(emulator.journal().serviceRequests(SnapService.EWALLET_PAYMENT)).hasSize(1);
        assertThat(settle.out() + settle.err()).doesNotContain(SECRET);
    }

    @Test
    void settle_aVaCreateWhoseAnswerWasLost_fromTheOriginalBodyWithoutAVaNumber_endsInAVerdict() throws Exception {
        // NICEPAY assigns the VA number: the create body the platform kept has none
        Path body = file("va.json", "{\"partnerServiceId\":\"\",\"customerNo\":\"\",\"virtualAccountNo\":\"\","
                + "\"virtualAccountName\":\"Budi\",\"trxId\":\"VA-LOST-1\",\"totalAmount\":{\"value\":\"10000.00\","
                + "\"currency\":\"IDR\"},\"additionalInfo\":{\"bankCd\":\"BMRI\"}}");
        emulator.faults().service(SnapService.VA_CREATE).next(1).respond(500, "5002700");
        assertThat(CliRun.of(env, remote("call", "VA_CREATE", "--body-file", body.toString())).exit())
                .isEqualTo(ExitCodes.OUTCOME_UNKNOWN);

        CliRun settle = CliRun.of(env, remote("settle", "VA_CREATE", "--body-file", body.toString()));

        // before: exit 4 with 4002602 Invalid Mandatory Field virtualAccountNo; now the VA is looked up by trxId
        assertThat(settle.exit()).as(settle.err()).isZero();
        assertThat(settle.out()).contains("\"verdict\" : \"not_received\"").contains("4042601");
        assertThat(emulator.journal().serviceRequests(SnapService.VA_CREATE)).hasSize(1);
    }

    @Test
    void settle_aPayoutThatStaysSuspect_isUndecided_exit5() throws Exception {
        Path registration = file("reg.json", "{\"partnerReferenceNo\":\"PO-S\",\"merchantId\":\"IONPAYTEST\","
                + "\"beneficiaryAccountNo\":\"5345000060\",\"beneficiaryName\":\"Siti\",\"beneficiaryBankCode\":\"BMRI\","
                + "\"beneficiaryPhone\":\"0812345678\",\"beneficiaryCustomerResidence\":\"1\","
                + "\"amount\":{\"value\":\"1000.00\",\"currency\":\"IDR\"}}");
        CliRun registered = CliRun.of(env, remote("call", "PAYOUT_REGISTRATION", "--body-file",
                registration.toString()));
        assertThat(registered.exit()).as(registered.err()).isZero();
        Matcher ref = Pattern.compile("\"originalReferenceNo\" : \"(\\w+)\"").matcher(registered.out());
        assertThat(ref.find()).isTrue();
        emulator.holdPayoutAsSuspect("PO-S");
        Path approve = file("approve.json", "{\"merchantId\":\"IONPAYTEST\",\"originalPartnerReferenceNo\":\"PO-S\","
                + "\"originalReferenceNo\":\"" + ref.group(1) + "\",\"beneficiaryAccountNo\":\"5345000060\"}");
        assertThat(CliRun.of(env, remote("call", "PAYOUT_APPROVE", "--body-file", approve.toString())).out())
                .contains("\"latestTransactionStatus\" : \"08\"");

        CliRun settle = CliRun.of(env, remote("settle", "PAYOUT_APPROVE", "--body-file", approve.toString(),
                "--deadline", "300ms"));

        assertThat(settle.exit()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(settle.out()).contains("\"verdict\" : \"undecided\"").contains("\"lastTransactionStatus\" : \"08\"");
        assertThat(emulator.journal().serviceRequests(SnapService.PAYOUT_APPROVE)).hasSize(1);
    }

    @Test
    void settle_anInquiry_isAUsageError() throws Exception {
        CliRun run = CliRun.of(env, remote("settle", "VA_STATUS", "--body-file", file("b.json", "{}").toString()));

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE_OR_CONFIGURATION);
        assertThat(run.err()).contains("never needs settling");
    }
}
