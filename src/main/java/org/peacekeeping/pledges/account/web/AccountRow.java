package org.peacekeeping.pledges.account.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.account.UserAccount;
import org.peacekeeping.pledges.reference.web.StateNames;

/** One account as the administrator's table shows it; the member state by name in both languages. */
public final class AccountRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String username;
    private final String displayName;
    private final String email;
    private final Role role;
    private final String memberState;
    private final String memberStateNameEn;
    private final String memberStateNameFr;
    private final boolean enabled;
    private final boolean locked;
    private final LocalDateTime lastSignIn;
    private final long version;

    AccountRow(UserAccount account, StateNames states, Instant now) {
        this.username = account.username();
        this.displayName = account.displayName();
        this.email = account.email();
        this.role = account.role();
        this.memberState = account.memberState();
        this.memberStateNameEn = states.name(memberState, false);
        this.memberStateNameFr = states.name(memberState, true);
        this.enabled = account.enabled();
        this.locked = account.lockedAt(now);
        this.lastSignIn = account.lastLoginAt() == null ? null
                : LocalDateTime.ofInstant(account.lastLoginAt(), ZoneOffset.UTC);
        this.version = account.version();
    }

    /** Whether the row matches the table's search text (username, name, email, state code or names). */
    boolean matches(String text) {
        return contains(username, text) || contains(displayName, text) || contains(email, text)
                || contains(memberState, text) || contains(memberStateNameEn, text)
                || contains(memberStateNameFr, text);
    }

    private static boolean contains(String value, String text) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(text);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Role getRole() {
        return role;
    }

    public String getMemberState() {
        return memberState;
    }

    public String getMemberStateNameEn() {
        return memberStateNameEn;
    }

    public String getMemberStateNameFr() {
        return memberStateNameFr;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isLocked() {
        return locked;
    }

    /** The status the table shows and sorts by: ACTIVE, LOCKED or DISABLED. */
    public String getStatus() {
        return !enabled ? "DISABLED" : locked ? "LOCKED" : "ACTIVE";
    }

    /** In UTC, as the column header says. */
    public LocalDateTime getLastSignIn() {
        return lastSignIn;
    }

    public long getVersion() {
        return version;
    }
}
