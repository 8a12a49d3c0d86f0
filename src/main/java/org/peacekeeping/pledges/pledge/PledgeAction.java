package org.peacekeeping.pledges.pledge;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Everything that can be done to a pledge; the lifecycle says from which states and by whom. */
public enum PledgeAction {
    CREATE,
    EDIT,
    DELETE,
    SUBMIT,
    START_REVIEW,
    RETURN,
    APPROVE,
    REJECT,
    REOPEN,
    RENEW,
    WITHDRAW,
    LAPSE,
    ASSESS,
    DEPLOY,
    REPATRIATE;

    /** The action as it appears in URLs: {@code start-review}. */
    public String pathSegment() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<PledgeAction> fromPathSegment(String segment) {
        return Arrays.stream(values()).filter(action -> action.pathSegment().equals(segment)).findFirst();
    }
}
