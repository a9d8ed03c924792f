package dev.snapgate.examples;

import dev.snapgate.api.CallOptions;
import dev.snapgate.api.VaCreateRequest;
import dev.snapgate.api.Verdict;
import dev.snapgate.api.VirtualAccount;
import dev.snapgate.domain.Amount;
import dev.snapgate.domain.Secret;
import dev.snapgate.http.SnapClient;
import dev.snapgate.signing.MerchantKeys;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The crash-safe pattern for a money-moving call: the platform records its intent (the request and its own
 * {@code X-EXTERNAL-ID}) durably <em>before</em> sending, and marks it answered afterwards. After a crash, every intent
 * without an answer is settled by status inquiry, never sent again. The journal here is a directory of small
 * properties files (one per intent); a platform uses its own database the same way.
 */
public final class CrashSafeExample {

    private CrashSafeExample() {
    }

    /** Records the intent, then creates the VA; the answer is recorded too. A crash in between loses nothing. */
    public static VirtualAccount createVa(SnapClient nicepay, Path journal, VaCreateRequest request,
            String externalId) throws IOException {
        Properties intent = new Properties();
        intent.setProperty("externalId", externalId);
        intent.setProperty("order", request.trxId());
        intent.setProperty("name", request.virtualAccountName());
        intent.setProperty("amount", request.totalAmount().value().toPlainString());
        intent.setProperty("bank", request.bankCd());
        write(journal.resolve("intent-" + externalId + ".properties"), intent);   // durable before sending

        VirtualAccount va = nicepay.virtualAccounts().create(request, CallOptions.externalId(externalId));

        Properties answer = new Properties();
        answer.setProperty("virtualAccountNo", va.virtualAccountNo());
        write(journal.resolve("answer-" + externalId + ".properties"), answer);
        return va;
    }

    /** After a restart: settles every intent that has no recorded answer, by inquiry only. */
    public static Map<String, Verdict> recover(SnapClient nicepay, Path journal) throws IOException {
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        for (Path file : intents(journal)) {
            Properties intent = read(file);
            String externalId = intent.getProperty("externalId");
            if (Files.exists(journal.resolve("answer-" + externalId + ".properties"))) {
                continue;   // answered before the crash
            }
            VaCreateRequest request = VaCreateRequest.of(intent.getProperty("order"),
                    intent.getProperty("name"), Amount.idr(intent.getProperty("amount")),
                    intent.getProperty("bank"));
            Verdict verdict = nicepay.settle(request);   // never re-sends the create
            verdicts.put(externalId, verdict);
            if (verdict.isKnown()) {
                Properties settled = new Properties();
                settled.setProperty("verdict", verdict.toString());
                write(journal.resolve("answer-" + externalId + ".properties"), settled);
            }
        }
        return verdicts;
    }

    /** {@code BASE_URL JOURNAL_DIR TRX_ID EXTERNAL_ID}, credentials from {@code SNAPGATE_*} as in PlainJavaExample. */
    public static void main(String[] args) throws IOException {
        URI nicepay = URI.create(args[0]);
        Path journal = Path.of(args[1]);
        String merchant = System.getenv().getOrDefault("SNAPGATE_CLIENT_KEY", "IONPAYTEST");
        Path privateKey = Path.of(System.getenv().getOrDefault("SNAPGATE_PRIVATE_KEY", "merchant.pem"));
        Secret clientSecret = Secret.of(System.getenv("SNAPGATE_CLIENT_SECRET"));
        try (SnapClient snap = SnapClient.builder().baseUrl(nicepay)
                .merchant(MerchantKeys.fromPem(merchant, privateKey, clientSecret)).build()) {
            VirtualAccount va = createVa(snap, journal, VaCreateRequest.of(args[2], "Budi Santoso",
                    Amount.idr("25000.00"), "BMRI"), args[3]);
            System.out.println("created " + va.virtualAccountNo());
        }
    }

    private static List<Path> intents(Path journal) throws IOException {
        try (Stream<Path> files = Files.list(journal)) {
            return new ArrayList<>(files.filter(f -> f.getFileName().toString().startsWith("intent-")).sorted()
                    .toList());
        }
    }

    /** Written to a temporary file, forced to disk, then moved into place: a crash leaves the old state or the new. */
    private static void write(Path target, Properties values) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            values.store(out, null);
        }
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Properties read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            p.load(in);
        }
        return p;
    }
}
