package dev.snapgate.emulator;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.snapgate.domain.service.SnapService;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What arrived at the emulator, oldest first, read from WireMock's own request journal. Thread-safe. */
public final class Journal {

    static final String TOKEN_PATH = "/nicepay/v1.0/access-token/b2b";

    private final WireMockServer server;
    private final java.util.function.Supplier<List<String>> notes;

    Journal(WireMockServer server, java.util.function.Supplier<List<String>> notes) {
        this.server = server;
        this.notes = notes;
    }

    /**
     * What the emulator accepted although NICEPAY's pages say otherwise (e.g. an {@code X-EXTERNAL-ID} with letters,
     * which NICEPAY's own clients send), oldest first, each with the moment it was noted; the last 1,000.
     */
    public List<String> notes() {
        return notes.get();
    }

    /** Every request, oldest first. */
    public List<RecordedRequest> all() {
        return server.getAllServeEvents().stream()
                .sorted(Comparator.comparing(e -> e.getRequest().getLoggedDate()))
                .map(Journal::record)
                .toList();
    }

    /** The token requests, oldest first. */
    public List<RecordedRequest> tokenRequests() {
        return all().stream().filter(r -> r.path().equals(TOKEN_PATH)).toList();
    }

    /** The requests to one service, oldest first. */
    public List<RecordedRequest> serviceRequests(SnapService service) {
        return all().stream().filter(r -> r.path().equals(service.path())).toList();
    }

    /** Forgets everything recorded so far. */
    public void clear() {
        server.resetRequests();
    }

    private static RecordedRequest record(ServeEvent event) {
        var request = event.getRequest();
        Map<String, String> headers = new LinkedHashMap<>();
        for (HttpHeader h : request.getHeaders().all()) {
            headers.put(h.key().toLowerCase(Locale.ROOT), h.firstValue());
        }
        String url = request.getUrl();
        int q = url.indexOf('?');
        return new RecordedRequest(request.getLoggedDate().toInstant(), request.getMethod().getName(),
                q >= 0 ? url.substring(0, q) : url, headers, request.getBody() == null ? new byte[0] : request.getBody());
    }
}
