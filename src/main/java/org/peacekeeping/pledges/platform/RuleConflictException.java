package org.peacekeeping.pledges.platform;

/**
 * A 409 that no race caused: a business rule refuses the action in the thing's current state (the dossier's level 1
 * rule refuses to approve a formed unit without its documents). Pages show its message as it is, rather than
 * "someone changed it first".
 */
public class RuleConflictException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public RuleConflictException(String message, Long currentVersion, String currentStatus) {
        super(message, currentVersion, currentStatus);
    }
}
