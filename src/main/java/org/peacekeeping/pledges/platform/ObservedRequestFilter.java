package org.peacekeeping.pledges.platform;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
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
 * <p>
 * Error pages are dispatched after this filter has returned and the container has reset the answer's headers, so
 * the filter also runs on that dispatch: the error page is answered, and logs, under the same id. A page that fails
 * because the database is not answering gets the 503 page rather than the 500 one ({@link DatabaseUnavailable}).
 */
@WebFilter(filterName = "observedRequest", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class ObservedRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient RequestMetrics metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = RequestIds.of(request);
        response.setHeader(RequestIds.HEADER, id);
        Thread thread = Thread.currentThread();
        String threadName = thread.getName();
        boolean ownsThread = RequestIds.current().isEmpty();
        if (ownsThread) {
            thread.setName(RequestIds.threadName(threadName, id));
            RequestIds.begin(id);
        }
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            try {
                chain.doFilter(request, response);
            } finally {
                if (ownsThread) {
                    RequestIds.end();
                    thread.setName(threadName);
                }
            }
            return;
        }
        long start = System.nanoTime();
        int status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR; // what the container answers if the chain throws
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } catch (ServletException | RuntimeException failure) {
            if (!DatabaseUnavailable.isCause(failure) || response.isCommitted()) {
                throw failure;
            }
            DatabaseUnavailable.answer(request, response, failure);
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        } finally {
            RequestKind kind = RequestKind.of(request.getMethod(),
                    request.getRequestURI().substring(request.getContextPath().length()));
            metrics.record(kind, status, Duration.ofNanos(System.nanoTime() - start));
            if (ownsThread) {
                RequestIds.end();
                thread.setName(threadName);
            }
        }
    }
}
