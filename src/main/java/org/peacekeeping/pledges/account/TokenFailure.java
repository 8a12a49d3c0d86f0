package org.peacekeeping.pledges.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Wrong tokens from one client address: counted in a window, and after the allowed number the address is refused
 * until a time, as an account is after wrong passwords.
 */
@Entity
@Table(name = "api_token_failure")
public class TokenFailure {

    @Id
    @Column(name = "client", length = 64)
    private String client;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "first_at", nullable = false)
    private Instant firstAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected TokenFailure() {
        // for JPA
    }

    TokenFailure(String client, Instant now) {
        this.client = client;
        this.firstAt = now;
    }

    /**
     * Counts one more failure; a count older than the window starts afresh. After {@code threshold} failures within
     * the window the client is locked until {@code now + window}.
     */
    void record(int threshold, java.time.Duration window, Instant now) {
        if (!firstAt.plus(window).isAfter(now) && !lockedAt(now)) {
            failures = 0;
            firstAt = now;
            lockedUntil = null;
        }
        failures++;
        if (failures >= threshold) {
            lockedUntil = now.plus(window);
        }
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    int failures() {
        return failures;
    }
}
