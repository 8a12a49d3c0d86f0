package org.peacekeeping.pledges.it.ops;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * Added to the WAR by {@link OperationsIT} only, never shipped, with the page {@code ops-test/failure.xhtml} that
 * reads it: a page failing the way a bug would, to see what a user gets (the error page quoting the request id).
 */
@Named("opsTestFailure")
@RequestScoped
public class FailingPage {

    public String getText() {
        throw new IllegalStateException("A deliberate page failure with an internal detail: secret-column-name");
    }
}
