package org.peacekeeping.pledges.platform;

/** The thing asked for does not exist, or does not exist for this user (another state's pledge): 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
