package org.peacekeeping.pledges.platform;

/**
 * The thing changed since the user read it (a stale version, or someone else acted first): 409. Carries the
 * current version so that the loser can see what is there now.
 */
public class ConflictException extends RuntimeException {

    private final Long currentVersion;
    private final String currentStatus;

    public ConflictException(String message, Long currentVersion, String currentStatus) {
        super(message);
        this.currentVersion = currentVersion;
        this.currentStatus = currentStatus;
    }

    public Long currentVersion() {
        return currentVersion;
    }

    public String currentStatus() {
        return currentStatus;
    }
}
