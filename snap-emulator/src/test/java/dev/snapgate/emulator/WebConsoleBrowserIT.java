package dev.snapgate.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.snapgate.domain.ClientKey;
import dev.snapgate.domain.Secret;
import dev.snapgate.domain.error.SnapConfigurationException;
import dev.snapgate.domain.SnapTimestamp;
import dev.snapgate.domain.service.SnapService;
import dev.snapgate.signing.Fixtures;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The emulator's web console driven as a developer would, in a real headless Chromium (Debian's, through Selenium):
 * a call with a wrongly signed body shows why it was refused; a VA is paid with a click and its notification reaches
 * the merchant's server; a payout is failed with a click; a body holding {@code <script>} shows as text. Waits are on
 * what the page shows (WebDriverWait), never on time alone.
 */
class WebConsoleBrowserIT {

    private static final ClientKey CLIENT = ClientKey.of("IONPAYTEST");
    private static final Secret SECRET = Secret.of("console-client-secret");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path profile;

    private SnapEmulator emulator;
    private WebConsole console;
    private WebDriver browser;
    private HttpServer merchant;
    private final List<String> notified = new CopyOnWriteArrayList<>();
    private final CountDownLatch notification = new CountDownLatch(1);

    @BeforeEach
    void start() throws Exception {
        LocalChromium.ensureInstalled();
        emulator = SnapEmulator.builder().client(CLIENT, Fixtures.rsa2048Public(), SECRET).start();
        console = WebConsole.start(emulator, new InetSocketAddress("127.0.0.1", 0));
        merchant = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        merchant.createContext("/notify", exchange -> {
            notified.add(new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
            notification.countDown();
        });
        merchant.start();
        System.setProperty("webdriver.chrome.driver", LocalChromium.CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions().setBinary(LocalChromium.CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=1400,1750",
                        "--user-data-dir=" + profile);
        browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(LocalChromium.CHROMEDRIVER.toFile()).usingAnyFreePort().build(), options);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (merchant != null) {
            merchant.stop(0);
        }
        if (console != null) {
            console.close();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private String token(RawSnapClient raw) throws Exception {
        return raw.token(CLIENT, SnapTimestamp.now(Clock.systemUTC()), Fixtures.rsa2048().signer())
                .field("accessToken");
    }

    private RawSnapClient.Answer call(RawSnapClient raw, String token, SnapService service, String signedBody,
            String sentBody, String externalId) throws Exception {
        Map<String, String> h = raw.serviceHeaders(service, CLIENT, token, SECRET, SnapTimestamp.now(
                Clock.systemUTC()), externalId, signedBody);
        return raw.send(service.method(), service.path(), h, sentBody);
    }

    /** The rows of the two refused balance inquiries, oldest first (the table lists the newest first). */
    private static List<WebElement> refusedRows(WebDriver d) {
        List<WebElement> rows = new java.util.ArrayList<>(d.findElements(By.cssSelector(
                "#requests tr[data-code='4011100']")));
        rows.sort(java.util.Comparator.comparingLong(r -> Long.parseLong(r.getAttribute("data-id"))));
        return rows;
    }

    /** The opened "why" of the nth refused row, once it shows a hint. */
    private static String whyOf(WebDriver d, int nth) {
        List<WebElement> rows = refusedRows(d);
        if (rows.size() <= nth) {
            return null;
        }
        String text = rows.get(nth).findElement(By.cssSelector("dl.why")).getText();
        return text.contains("hint") ? text : null;
    }

    private void click(String action, String reference) {
        waiting().until(d -> {
            d.findElement(By.cssSelector("#ledger tr[data-reference='" + reference + "'] button[data-action='"
                    + action + "']")).click();
            return true;
        });
    }

    private void awaitState(String reference, String state) {
        waiting().until(d -> state.equals(d.findElement(By.cssSelector("#ledger tr[data-reference='" + reference
                + "'] td.state")).getAttribute("data-state")));
    }

    @Test
    void aDeveloperSeesWhyACallWasRefused_paysAVaWithAClick_watchesItsNotification_andFailsAPayout()
            throws Exception {
        RawSnapClient raw = new RawSnapClient(emulator.baseUrl());
        String token = token(raw);
        // signed over the minified body, sent pretty-printed: the most common SNAP signature mistake
        String compact = "{\"accountNo\":\"1234567890\",\"additionalInfo\":{}}";
        String pretty = "{\n  \"accountNo\": \"1234567890\",\n  \"additionalInfo\": {}\n}";
        assertThat(call(raw, token, SnapService.BALANCE_INQUIRY, compact, pretty, "1").code()).isEqualTo("4011100");
        // the same call signed with another client secret
        Map<String, String> wrongSecret = raw.serviceHeaders(SnapService.BALANCE_INQUIRY, CLIENT, token,
                Secret.of("not-the-registered-secret"), SnapTimestamp.now(Clock.systemUTC()), "11", compact);
        assertThat(raw.send("POST", SnapService.BALANCE_INQUIRY.path(), wrongSecret, compact).code())
                .isEqualTo("4011100");
        // an attacker-controlled body shows as text
        String hostile = "{\"trxId\":\"<script>document.title='pwned'</script>\"}";
        call(raw, token, SnapService.VA_STATUS, hostile, hostile, "2");

        browser.get(console.url().toString());

        // the two refused calls, oldest first: the pretty-printed body, then the other secret
        for (int i = 0; i < 2; i++) {
            int nth = i;
            waiting().until(d -> {
                List<WebElement> rows = refusedRows(d);
                if (rows.size() < 2) {
                    return false;
                }
                rows.get(nth).findElement(By.tagName("summary")).click();
                return true;
            });
        }
        String minified = waiting().until(d -> whyOf(d, 0));
        String otherSecret = waiting().until(d -> whyOf(d, 1));
        assertThat(minified).contains("stringToSign").contains("POST:/api/v1.0/balance-inquiry:")
                .contains("you signed the minified body").doesNotContain(token);
        assertThat(otherSecret).contains("the client secret differs from the one registered")
                .doesNotContain(token).doesNotContain("not-the-registered-secret");
        assertThat(browser.getTitle()).isEqualTo("snapgate emulator console");
        assertThat(browser.findElements(By.tagName("script"))).hasSize(1); // only the console's own
        assertThat(browser.getPageSource()).contains("&lt;script&gt;document.title");

        // a VA created with the merchant's notification URL, paid with a click
        String url = "http://127.0.0.1:" + merchant.getAddress().getPort() + "/notify";
        String create = JSON.writeValueAsString(Map.of("virtualAccountName", "Budi", "trxId", "ORDER-CONSOLE-1",
                "totalAmount", Map.of("value", "10000.00", "currency", "IDR"), "additionalInfo",
                Map.of("bankCd", "BMRI", "dbProcessUrl", url)));
        assertThat(call(raw, token, SnapService.VA_CREATE, create, create, "3").code()).isEqualTo("2002700");
        awaitState("ORDER-CONSOLE-1", "03");
        click("pay-va", "ORDER-CONSOLE-1");
        awaitState("ORDER-CONSOLE-1", "00");
        assertThat(notification.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(notified.get(0)).contains("ORDER-CONSOLE-1");
        waiting().until(d -> d.findElement(By.cssSelector("#notifications td.outcome")).getText()
                .equals("delivered"));
        assertThat(emulator.deliveries()).allSatisfy(d -> assertThat(String.valueOf(d.get("target")))
                .startsWith("http://127.0.0.1:"));
        assertThat(browser.findElement(By.cssSelector("#notifications tbody tr")).getText()).contains("HTTP 200")
                .contains(url);

        // an e-wallet payment failed with a click
        Map<String, Object> example = new java.util.LinkedHashMap<>(dev.snapgate.api.internal.Examples.of(
                SnapService.EWALLET_PAYMENT).toBody());
        @SuppressWarnings("unchecked")
        Map<String, Object> info = new java.util.LinkedHashMap<>((Map<String, Object>) example.get("additionalInfo"));
        info.put("dbProcessUrl", url); // notifications go to this test's merchant on loopback, nowhere else
        example.put("additionalInfo", info);
        String pay = JSON.writeValueAsString(example);
        assertThat(call(raw, token, SnapService.EWALLET_PAYMENT, pay, pay, "6").code()).isEqualTo("2005400");
        awaitState("EWALLET-0001", "01");
        click("fail-ewallet", "EWALLET-0001");
        awaitState("EWALLET-0001", "06");
        waiting().until(d -> d.findElements(By.cssSelector("#notifications td.outcome")).size() == 2);
        assertThat(emulator.deliveries()).allSatisfy(d -> assertThat(String.valueOf(d.get("target")))
                .startsWith("http://127.0.0.1:")); // only loopback, ever

        // a payout registered and approved, then failed with a click
        String register = JSON.writeValueAsString(Map.of("partnerReferenceNo", "PO-CONSOLE-1", "merchantId",
                "IONPAYTEST", "beneficiaryAccountNo", "5345000060", "beneficiaryName", "Siti", "beneficiaryPhone",
                "0812345678", "beneficiaryBankCode", "BMRI", "beneficiaryCustomerResidence", "1", "amount",
                Map.of("value", "1000.00", "currency", "IDR")));
        RawSnapClient.Answer registered = call(raw, token, SnapService.PAYOUT_REGISTRATION, register, register, "4");
        String approve = JSON.writeValueAsString(Map.of("merchantId", "IONPAYTEST", "originalPartnerReferenceNo",
                "PO-CONSOLE-1", "originalReferenceNo", registered.field("originalReferenceNo"),
                "beneficiaryAccountNo", "5345000060"));
        assertThat(call(raw, token, SnapService.PAYOUT_APPROVE, approve, approve, "5").code()).isEqualTo("2000000");
        awaitState("PO-CONSOLE-1", "00");
        click("fail-payout", "PO-CONSOLE-1");
        awaitState("PO-CONSOLE-1", "09");

        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target", "console.png"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(browser.getTitle()).isEqualTo("snapgate emulator console"); // the hostile body never ran
    }

    @Test
    void stateChangesNeedTheConsoleToken_theHostMustBeTheConsole_andNoCorsHeadersAreSent() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI actions = console.url().resolve("/console/api/actions");
        HttpResponse<String> noToken = http.send(HttpRequest.newBuilder(actions).header("Content-Type",
                "application/json").header("Origin", "https://evil.example").POST(HttpRequest.BodyPublishers
                        .ofString("{\"action\":\"fail-payout\",\"reference\":\"X\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> state = http.send(HttpRequest.newBuilder(console.url().resolve("/console/api/state"))
                .header("Origin", "https://evil.example").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(state.statusCode()).isEqualTo(200);
        assertThat(state.headers().map().keySet()).noneMatch(h -> h.toLowerCase().startsWith("access-control-"));
        assertThat(state.body()).contains("\"requests\"").contains("\"ledger\"").contains("\"notifications\"");
        assertThatThrownBy(() -> WebConsole.start(emulator, new InetSocketAddress("0.0.0.0", 0)))
                .isInstanceOf(SnapConfigurationException.class).hasMessageContaining("loopback");
    }
}
