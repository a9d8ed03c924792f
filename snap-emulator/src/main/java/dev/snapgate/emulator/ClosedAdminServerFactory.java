package dev.snapgate.emulator;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty12.Jetty12HttpServer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.FilterMapping;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * WireMock on Jetty 12 with its admin API closed to HTTP. Over the wire the admin API would let any local process or
 * web page read the journal (issued tokens, bodies), add a stub that accepts unsigned payments, proxy elsewhere or
 * shut the emulator down, and it answers with permissive CORS headers. Here every {@code /__admin} request gets a
 * bare 404 and no CORS header; the Java API ({@link SnapEmulator}) is untouched, since it does not go over HTTP.
 */
final class ClosedAdminServerFactory implements HttpServerFactory {

    @Override
    public String getName() {
        return "snapgate-closed-admin";
    }

    @Override
    public HttpServer buildHttpServer(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
        return new Jetty12HttpServer(options, admin, stubs) {
            @Override
            protected void decorateAdminServiceContextAfterConfig(ServletContextHandler adminContext) {
                // drop WireMock's CORS filter (allowed origins "*") and refuse everything before any servlet runs
                adminContext.getServletHandler().setFilterMappings(new FilterMapping[0]);
                adminContext.addFilter(new FilterHolder(new Refuse()), "/*", EnumSet.allOf(DispatcherType.class));
            }
        };
    }

    /** Answers 404 with an empty body. */
    static final class Refuse implements Filter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) {
            HttpServletResponse http = (HttpServletResponse) response;
            http.setStatus(404);
            http.setContentLength(0);
        }
    }
}
