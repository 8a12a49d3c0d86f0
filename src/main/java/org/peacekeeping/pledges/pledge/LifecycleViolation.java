package org.peacekeeping.pledges.pledge;

/** An action the lifecycle refuses; nothing has changed. */
public class LifecycleViolation extends RuntimeException {

    /** Why the action was refused; the API answers 403, 409 and 400 respectively. */
    public enum Reason {
        ROLE_FORBIDS,
        STATE_FORBIDS,
        COMMENT_REQUIRED
    }

    private final Reason reason;
    private final PledgeStatus status;
    private final PledgeAction action;

    public LifecycleViolation(Reason reason, PledgeStatus status, PledgeAction action, String message) {
        super(message);
        this.reason = reason;
        this.status = status;
        this.action = action;
    }

    public Reason reason() {
        return reason;
    }

    public PledgeStatus status() {
        return status;
    }

    public PledgeAction action() {
        return action;
    }
}
