package org.peacekeeping.pledges.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What an error page ({@code WEB-INF/errors}) shows besides its text: the request's id, the same as in the
 * {@code X-Request-Id} header and the server's log lines, for the user to quote; and whether the failure was the
 * database being out of reach, which the page then says (and answers 503 with {@code Retry-After}), also when the
 * failure came from an ajax request and is shown through the general error page.
 */
@Named("errorPage")
@RequestScoped
public class ErrorPage {

    public String getRequestId() {
        return RequestIds.of(request());
    }

    public boolean isDatabaseUnavailable() {
        HttpServletRequest request = request();
        return Integer.valueOf(HttpServletResponse.SC_SERVICE_UNAVAILABLE)
                .equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))
                || request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseUnavailable.isCause(failure);
    }

    /** Before the page renders: a database page says when to try again. */
    public void prepare() {
        HttpServletResponse response = (HttpServletResponse) external().getResponse();
        if (isDatabaseUnavailable() && !response.isCommitted()) {
            response.setHeader(DatabaseUnavailable.RETRY_AFTER,
                    Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            if (response.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        }
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) external().getRequest();
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
