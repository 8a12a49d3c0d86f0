package org.peacekeeping.pledges.platform;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Every request signs its caller in against the database first (the account is re-read each time), before any
 * filter, page or resource of the application runs. Should the database be out of reach there, the container
 * would answer an empty 500 and close the connection; this decorator of the application's sign-in mechanism answers
 * what any other request meeting a lost database gets instead: 503 with {@code Retry-After}, the problem document
 * for the API and the 503 page for the screens, quoting the request id ({@link DatabaseUnavailable}).
 * <p>
 * An explicit sign-in (the sign-in page or {@code POST /api/session}) is answered by its caller, which only sees the
 * outcome: there the failure is kept on the request ({@link DatabaseUnavailable#keep}) for the caller to answer 503
 * too ({@link DatabaseUnavailable#rethrowKept}), rather than a refused sign-in.
 */
@Decorator
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public abstract class DatabaseAwareSignIn implements HttpAuthenticationMechanism {

    @Inject
    @Delegate
    @Any
    private HttpAuthenticationMechanism mechanism;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        try {
            return mechanism.validateRequest(request, response, context);
        } catch (RuntimeException failure) {
            if (!DatabaseUnavailable.isCause(failure)) {
                throw failure;
            }
            if (context.isAuthenticationRequest()) {
                DatabaseUnavailable.keep(request, failure);
                return AuthenticationStatus.SEND_FAILURE;
            }
            try {
                DatabaseUnavailable.answer(request, response, failure);
            } catch (IOException e) {
                failure.addSuppressed(e);
                throw failure;
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
    }
}
