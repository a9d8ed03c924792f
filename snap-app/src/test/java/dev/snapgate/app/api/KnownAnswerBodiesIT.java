package dev.snapgate.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Merchant;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.error.SnapRejectedException;
import dev.snapgate.api.internal.Examples;
import dev.snapgate.api.NicepayApi;
import dev.snapgate.api.SnapRequest;
import dev.snapgate.domain.service.SnapService;
import dev.snapgate.emulator.RecordedRequest;
import dev.snapgate.emulator.SnapEmulator;
import dev.snapgate.http.SnapClient;
import dev.snapgate.signing.Fixtures;
import dev.snapgate.signing.HmacSha512Signer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * For each service, the typed example request goes through {@code SnapClient} to the emulator, and the exact bytes
 * the emulator received are compared with a hand-written fixture ({@code known-answers/bodies/SERVICE.json}), so
 * field names, field order and number formats cannot drift. (Whether the emulator then accepts the example depends
 * on its state; the bytes are what is checked here.)
 */
class KnownAnswerBodiesIT {

    private static final ClientKey MERCHANT = ClientKey.of("IONPAYTEST");
    private static final Secret SECRET = Secret.of("known-answer-bodies-secret");

    private SnapEmulator emulator;
    private SnapClient client;

    @BeforeEach
    void start() {
        emulator = SnapEmulator.builder().client(MERCHANT, Fixtures.rsa2048Public(), SECRET).start();
        client = SnapClient.builder().baseUrl(emulator.baseUrl())
                .merchant(Merchant.of(MERCHANT, Fixtures.rsa2048().signer(), new HmacSha512Signer(SECRET))).build();
    }

    @AfterEach
    void stop() {
        client.close();
        emulator.close();
    }

    @ParameterizedTest
    @EnumSource(SnapService.class)
    void theTypedExample_goesOutAsTheKnownBytes(SnapService service) throws IOException {
        SnapRequest example = Examples.of(service);
        NicepayApi api = client.api(client.clientKeys().iterator().next());

        try {
            send(api, example);
        } catch (SnapRejectedException stateSays) {
            // e.g. a status inquiry for an order this fresh emulator never saw: the request was still sent
        }

        List<RecordedRequest> sent = emulator.journal().serviceRequests(service);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).bodyText()).isEqualTo(fixture(service));
    }

    private void send(NicepayApi api, SnapRequest example) {
        switch (example.service()) {
            case VA_CREATE -> api.virtualAccounts().create((dev.snapgate.api.VaCreateRequest) example);
            case VA_STATUS -> api.virtualAccounts().status((dev.snapgate.api.VaStatusRequest) example);
            case VA_DELETE -> api.virtualAccounts().delete((dev.snapgate.api.VaDeleteRequest) example);
            case EWALLET_PAYMENT -> api.ewallets().pay((dev.snapgate.api.EwalletPaymentRequest) example);
            case EWALLET_STATUS -> api.ewallets().status((dev.snapgate.api.EwalletStatusRequest) example);
            case EWALLET_REFUND -> api.ewallets().refund((dev.snapgate.api.EwalletRefundRequest) example);
            case QRIS_GENERATE -> api.qris().generate((dev.snapgate.api.QrisGenerateRequest) example);
            case QRIS_QUERY -> api.qris().query((dev.snapgate.api.QrisQueryRequest) example);
            case QRIS_REFUND -> api.qris().refund((dev.snapgate.api.QrisRefundRequest) example);
            case BALANCE_INQUIRY -> api.payouts().balance((dev.snapgate.api.BalanceInquiryRequest) example);
            case PAYOUT_REGISTRATION -> api.payouts().register(
                    (dev.snapgate.api.PayoutRegistrationRequest) example);
            case PAYOUT_APPROVE -> api.payouts().approve((dev.snapgate.api.PayoutAction) example);
            case PAYOUT_CANCEL -> api.payouts().cancel((dev.snapgate.api.PayoutAction) example);
            case PAYOUT_REJECT -> api.payouts().reject((dev.snapgate.api.PayoutAction) example);
            case PAYOUT_INQUIRY -> api.payouts().inquiry((dev.snapgate.api.PayoutAction) example);
        }
    }

    private static String fixture(SnapService service) throws IOException {
        try (InputStream in = KnownAnswerBodiesIT.class.getResourceAsStream("/known-answers/bodies/" + service.name()
                + ".json")) {
            assertThat(in).as("fixture for " + service).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
