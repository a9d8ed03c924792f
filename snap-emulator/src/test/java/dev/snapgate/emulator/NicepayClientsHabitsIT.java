package dev.snapgate.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.MutableClock;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.api.internal.Examples;
import dev.snapgate.domain.service.SnapService;
import dev.snapgate.signing.Fixtures;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What NICEPAY's own Java and Python clients send and read (issue 22), against the emulator: requests built by hand
 * as those clients build them, answers read as they read them. docs/CONFORMANCE.md lists each fact and its source.
 */
class NicepayClientsHabitsIT {

    private static final ClientKey CLIENT = ClientKey.of("IONPAYTEST");
    private static final Secret SECRET = Secret.of("habits-client-secret");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T05:00:00Z"));
    private SnapEmulator emulator;
    private RawSnapClient raw;
    private String token;

    @BeforeEach
    void start() throws Exception {
        emulator = SnapEmulator.builder().clock(clock).client(CLIENT, Fixtures.rsa2048Public(), SECRET).start();
        raw = new RawSnapClient(emulator.baseUrl());
        token = raw.token(CLIENT, SnapTimestamp.now(clock), Fixtures.rsa2048().signer()).field("accessToken");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private RawSnapClient.Answer send(SnapService service, String body, String externalId) throws Exception {
        return raw.send(service.method(), service.path(), raw.serviceHeaders(service, CLIENT, token, SECRET,
                SnapTimestamp.now(clock), externalId, body), body);
    }

    @Test
    void pythonStyleJson_anUnpaddedPartnerServiceId_andAnAlphanumericExternalId_areAccepted_andHashedAsSent()
            throws Exception {
        // json.dumps's default separators (", " and ": "), partnerServiceId "1234" as NICEPAY's clients send it
        String body = "{\"partnerServiceId\": \"1234\", \"customerNo\": \"\", \"virtualAccountNo\": \"\", "
                + "\"virtualAccountName\": \"Budi\", \"trxId\": \"ordNo20261204120329\", \"totalAmount\": "
                + "{\"value\": \"10000.00\", \"currency\": \"IDR\"}, \"additionalInfo\": {\"bankCd\": \"BMRI\"}}";

        RawSnapClient.Answer created = send(SnapService.VA_CREATE, body, "ordNo20261204120329");

        assertThat(created.code()).isEqualTo("2002700");
        assertThat(emulator.journal().serviceRequests(SnapService.VA_CREATE).get(0).bodyText()).isEqualTo(body);
    }

    @Test
    void everyAdditionalInfoInTheAnswers_holdsStringsOnly_asNicepaysJavaClientReadsIt() throws Exception {
        List<String> answered = new ArrayList<>();
        long id = 1;
        for (SnapService service : SnapService.values()) {
            String body = JSON.writeValueAsString(Examples.of(service).toBody());
            RawSnapClient.Answer a = send(service, body, String.valueOf(id++));
            if (a.status() / 100 == 2) {
                answered.add(service.name());
                assertAllStrings(JSON.readValue(a.body(), Map.class), service.name());
            }
        }
        assertThat(answered).contains("EWALLET_STATUS", "QRIS_QUERY", "VA_STATUS", "BALANCE_INQUIRY");
    }

    @SuppressWarnings("unchecked")
    private static void assertAllStrings(Object node, String where) {
        if (node instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (e.getKey().equals("additionalInfo") && e.getValue() instanceof Map<?, ?> info) {
                    info.forEach((k, v) -> assertThat(v).as(where + " additionalInfo." + k).isInstanceOf(String.class));
                } else {
                    assertAllStrings(e.getValue(), where);
                }
            }
        } else if (node instanceof List<?> l) {
            l.forEach(v -> assertAllStrings(v, where));
        }
    }

    @Test
    void notificationsGoOutAsPlainHttp11_withoutAnH2cUpgrade() throws Exception {
        List<Map<String, List<String>>> headers = new CopyOnWriteArrayList<>();
        List<String> protocols = new CopyOnWriteArrayList<>();
        HttpServer merchant = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        merchant.createContext("/notify", exchange -> {
            headers.add(Map.copyOf(exchange.getRequestHeaders()));
            protocols.add(exchange.getProtocol());
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        merchant.start();
        try {
            String url = "http://127.0.0.1:" + merchant.getAddress().getPort() + "/notify";
            String body = JSON.writeValueAsString(Map.of("partnerServiceId", "", "customerNo", "", "virtualAccountNo",
                    "", "virtualAccountName", "Budi", "trxId", "NOTIFY-1", "totalAmount", Map.of("value",
                            "10000.00", "currency", "IDR"), "additionalInfo", Map.of("bankCd", "BMRI",
                                    "dbProcessUrl", url)));
            assertThat(send(SnapService.VA_CREATE, body, "501").code()).isEqualTo("2002700");

            NotificationDelivery delivery = emulator.payVirtualAccount("NOTIFY-1").get(10, TimeUnit.SECONDS);

            assertThat(delivery.delivered()).isTrue();
            assertThat(protocols).containsExactly("HTTP/1.1");
            assertThat(headers.get(0).keySet()).noneMatch(h -> h.equalsIgnoreCase("Upgrade")
                    || h.equalsIgnoreCase("HTTP2-Settings"));
        } finally {
            merchant.stop(0);
        }
    }

    @Test
    void aNotificationForAnotherMachine_isNotSent_byDefault_andTheDeliverySaysWhy() throws Exception {
        String body = JSON.writeValueAsString(Map.of("virtualAccountName", "Budi", "trxId", "ELSEWHERE-1",
                "totalAmount", Map.of("value", "10000.00", "currency", "IDR"), "additionalInfo",
                Map.of("bankCd", "BMRI", "dbProcessUrl", "https://merchant.example/nicepay/notify")));
        assertThat(send(SnapService.VA_CREATE, body, "701").code()).isEqualTo("2002700");

        NotificationDelivery delivery = emulator.payVirtualAccount("ELSEWHERE-1").get(10, TimeUnit.SECONDS);

        assertThat(delivery.delivered()).isFalse();
        assertThat(delivery.lastStatus()).isZero();
        assertThat(emulator.deliveries()).singleElement().satisfies(d -> assertThat(String.valueOf(d.get(
                "outcome"))).contains("not sent").contains("merchant.example").contains("localhost only"));
    }

    @Test
    void aNotificationUrlTheEmulatorCannotUse_isRefusedAtCreation_withNicepaysFieldError() throws Exception {
        long id = 600;
        for (String url : List.of("ftp://merchant.example/notify", "http://exa mple/notify", "gopher://x/1",
                "/relative/notify")) {
            String body = JSON.writeValueAsString(Map.of("virtualAccountName", "Budi", "trxId", "BADURL-" + id,
                    "totalAmount", Map.of("value", "10000.00", "currency", "IDR"), "additionalInfo",
                    Map.of("bankCd", "BMRI", "dbProcessUrl", url)));
            RawSnapClient.Answer a = send(SnapService.VA_CREATE, body, String.valueOf(id++));
            assertThat(a.code()).as(url).isEqualTo("4002701");
            assertThat(a.field("responseMessage")).contains("dbProcessUrl");
        }
    }

    @Test
    void usedExternalIds_areForgottenWhenTheirJakartaDayIsOver() throws Exception {
        String body = "{\"accountNo\":\"1234567890\",\"additionalInfo\":{}}";
        for (int i = 0; i < 50; i++) {
            assertThat(send(SnapService.BALANCE_INQUIRY, body, "D" + i).code()).isEqualTo("2001100");
        }
        assertThat(send(SnapService.BALANCE_INQUIRY, body, "D1").code()).isEqualTo("4091100");
        assertThat(emulator.rememberedExternalIds()).isEqualTo(50);

        clock.advance(Duration.ofDays(2));
        token = raw.token(CLIENT, SnapTimestamp.now(clock), Fixtures.rsa2048().signer()).field("accessToken");
        assertThat(send(SnapService.BALANCE_INQUIRY, body, "D1").code()).isEqualTo("2001100");

        assertThat(emulator.rememberedExternalIds()).isEqualTo(1);
    }
}
