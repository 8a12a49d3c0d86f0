package org.peacekeeping.pledges.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.peacekeeping.pledges.platform.Role;

/**
 * Someone who signs in. A focal point always belongs to exactly one member state; other roles to none. The
 * password is only ever held as a PBKDF2 hash.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "SELECT a FROM UserAccount a WHERE a.username = :username")
@NamedQuery(name = UserAccount.ALL, query = "SELECT a FROM UserAccount a ORDER BY a.username")
@NamedQuery(name = UserAccount.COUNT_BY_ROLE, query = "SELECT COUNT(a) FROM UserAccount a WHERE a.role = :role")
@NamedQuery(name = UserAccount.FOCAL_POINTS_OF, query = "SELECT a FROM UserAccount a WHERE a.role = "
        + "org.peacekeeping.pledges.platform.Role.FOCAL_POINT AND a.memberState = :memberState AND a.enabled = TRUE")
public class UserAccount {

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String ALL = "UserAccount.all";
    public static final String COUNT_BY_ROLE = "UserAccount.countByRole";
    public static final String FOCAL_POINTS_OF = "UserAccount.focalPointsOf";
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

    @Id
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    private Long id;

    @Column(name = "username", nullable = false, updatable = false, length = 60)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "email")
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Role role;

    @Column(name = "member_state", length = 3)
    private String memberState;

    @Column(name = "preferred_locale", nullable = false, length = 5)
    private String preferredLocale = "en";

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String username, String passwordHash, String displayName, Role role, String memberState,
                       Instant now) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("A username is 3 to 60 lower-case letters, digits, '.', '_' or '-'");
        }
        if (passwordHash == null || passwordHash.isBlank()) {
            throw new IllegalArgumentException("An account needs a password hash");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("An account needs a display name");
        }
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName.strip();
        this.createdAt = Objects.requireNonNull(now);
        this.updatedAt = now;
        assignRole(role, memberState, now);
    }

    /** Gives the account a role; a focal point must name its member state, other roles must not. */
    public final void assignRole(Role role, String memberState, Instant now) {
        if (role == null || !role.assignable()) {
            throw new IllegalArgumentException("Not a role an account can hold: " + role);
        }
        if ((role == Role.FOCAL_POINT) != (memberState != null)) {
            throw new IllegalArgumentException(role == Role.FOCAL_POINT
                    ? "A focal point belongs to a member state"
                    : "Only focal points belong to a member state");
        }
        this.role = role;
        this.memberState = memberState;
        this.updatedAt = now;
    }

    public void changePassword(String newHash, Instant now) {
        if (newHash == null || newHash.isBlank()) {
            throw new IllegalArgumentException("An account needs a password hash");
        }
        this.passwordHash = newHash;
        this.failedLogins = 0;
        this.lockedUntil = null;
        this.updatedAt = now;
    }

    public void changeContact(String displayName, String email, Instant now) {
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("An account needs a display name");
        }
        this.displayName = displayName.strip();
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.updatedAt = now;
    }

    public void preferLocale(Locale locale, Instant now) {
        this.preferredLocale = "fr".equals(locale.getLanguage()) ? "fr" : "en";
        this.updatedAt = now;
    }

    public void disable(Instant now) {
        this.enabled = false;
        this.updatedAt = now;
    }

    public void enable(Instant now) {
        this.enabled = true;
        this.failedLogins = 0;
        this.lockedUntil = null;
        this.updatedAt = now;
    }

    /**
     * Records a failed login; after {@code threshold} in a row the account is locked until {@code lockUntil}. An
     * expired lock starts the count afresh.
     */
    public void recordFailedLogin(int threshold, Instant now, Instant lockUntil) {
        if (lockedUntil != null && !lockedAt(now)) {
            failedLogins = 0;
            lockedUntil = null;
        }
        failedLogins++;
        if (failedLogins >= threshold) {
            this.lockedUntil = lockUntil;
        }
    }

    public void recordLogin(Instant now) {
        this.failedLogins = 0;
        this.lockedUntil = null;
        this.lastLoginAt = now;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public Role role() {
        return role;
    }

    /** Alpha-3 code of the focal point's state; {@code null} for other roles. */
    public String memberState() {
        return memberState;
    }

    public Locale preferredLocale() {
        return Locale.forLanguageTag(preferredLocale);
    }

    public boolean enabled() {
        return enabled;
    }

    public int failedLogins() {
        return failedLogins;
    }

    /**
     * A short digest of the password hash: it changes with the password and tells nothing about it, so a session can
     * keep it to notice a reset.
     */
    public String credentialStamp() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserAccount account && Objects.equals(username, account.username);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(username);
    }

    @Override
    public String toString() {
        return username + " (" + role + (memberState == null ? "" : " " + memberState) + ")";
    }
}
