package org.peacekeeping.pledges.platform;

/** The user's role does not allow this: 403. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
