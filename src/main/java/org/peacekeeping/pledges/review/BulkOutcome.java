package org.peacekeeping.pledges.review;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import org.peacekeeping.pledges.pledge.PledgeStatus;

/**
 * What a bulk decision did to one pledge: done, or skipped and why, with the pledge's status after the attempt
 * ({@code null} for a pledge the reviewer cannot see).
 *
 * @param reason why it was skipped; {@code null} when done
 * @param detail the reason in words, as a single decision would have said it
 */
@JsonbPropertyOrder({"id", "reference", "status", "outcome", "reason", "detail"})
public record BulkOutcome(long id, String reference, PledgeStatus status, Outcome outcome, Reason reason,
                          String detail) implements Serializable {

    public enum Outcome {
        DONE,
        SKIPPED
    }

    public enum Reason {
        /** Someone else changed the pledge at the same moment and was first. */
        CHANGED_MEANWHILE,
        /** The lifecycle does not allow the decision from the pledge's status. */
        NOT_ALLOWED_FROM_STATUS,
        /** A formed unit without its level 1 documents cannot be approved. */
        MISSING_DOCUMENTS,
        /** There is no such pledge, or not one the reviewer sees. */
        NOT_FOUND
    }

    public boolean done() {
        return outcome == Outcome.DONE;
    }
}
