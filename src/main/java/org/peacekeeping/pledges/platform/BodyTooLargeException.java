package org.peacekeeping.pledges.platform;

/** The request body is larger than the endpoint reads: 413. */
public class BodyTooLargeException extends RuntimeException {

    public BodyTooLargeException(String message) {
        super(message);
    }
}
