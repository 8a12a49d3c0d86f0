package org.peacekeeping.pledges.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.peacekeeping.pledges.pledge.PledgeAction;

/**
 * The decisions a reviewer takes on many pledges at once from the review queue (SPEC §12): start review, approve,
 * return (one comment for all). Rejecting and reopening stay one pledge at a time: each needs its own reason.
 */
public enum BulkDecision {
    START_REVIEW(PledgeAction.START_REVIEW),
    APPROVE(PledgeAction.APPROVE),
    RETURN(PledgeAction.RETURN);

    /** The most pledges one bulk decision takes: a queue page or two, and an answer of a few hundred lines. */
    public static final int MAX_IDS = 500;

    private final PledgeAction action;

    BulkDecision(PledgeAction action) {
        this.action = action;
    }

    public PledgeAction action() {
        return action;
    }

    /** As in the path: {@code start-review}, {@code approve}, {@code return}. */
    public String pathSegment() {
        return action.pathSegment();
    }

    public static Optional<BulkDecision> fromPathSegment(String segment) {
        return Arrays.stream(values()).filter(decision -> decision.pathSegment().equals(segment)).findFirst();
    }

    /** The names a path may carry, for messages. */
    public static String choices() {
        return String.join(", ", Arrays.stream(values()).map(BulkDecision::pathSegment).toList()).toLowerCase(Locale.ROOT);
    }
}
