package org.peacekeeping.pledges.it.ops;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * Added to the WAR by {@link OperationsIT} only, never shipped: an endpoint that fails the way a bug would, to see
 * what a user gets (a problem document quoting the request id) and what the operator gets (the log line).
 */
@Path("ops-test/failure")
public class FailingResource {

    @GET
    public String fail() {
        throw new IllegalStateException("A deliberate failure with an internal detail: secret-table-name");
    }
}
