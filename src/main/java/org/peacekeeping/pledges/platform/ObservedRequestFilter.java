package org.peacekeeping.pledges.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * Every request gets an id ({@link RequestIds}: the caller's {@code X-Request-Id} or a new one), answered in the
 * same header and carried in the serving thread's name, so that each log line written while serving it (Payara's
 * formatters print the thread name, the JSON one as {@code ThreadName}) says which request it belongs to. The
 * request is then counted and timed, body included, for {@link RequestMetrics}.
 */
@WebFilter(filterName = "observedRequest", urlPatterns = "/*", asyncSupported = true)
public class ObservedRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient RequestMetrics metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = RequestIds.accept(request.getHeader(RequestIds.HEADER));
        response.setHeader(RequestIds.HEADER, id);
        Thread thread = Thread.currentThread();
        String threadName = thread.getName();
        thread.setName(RequestIds.threadName(threadName, id));
        RequestIds.begin(id);
        long start = System.nanoTime();
        int status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR; // what the container answers if the chain throws
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            RequestKind kind = RequestKind.of(request.getMethod(),
                    request.getRequestURI().substring(request.getContextPath().length()));
            metrics.record(kind, status, Duration.ofNanos(System.nanoTime() - start));
            RequestIds.end();
            thread.setName(threadName);
        }
    }
}
