package org.peacekeeping.pledges.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A personal access token of an account (SPEC §11): never its secret, only the secret's digest and prefix. */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.BY_HASH, query = "SELECT t FROM ApiToken t JOIN FETCH t.account WHERE t.secretHash = :hash")
@NamedQuery(name = ApiToken.OF_ACCOUNT, query = "SELECT t FROM ApiToken t JOIN FETCH t.account "
        + "WHERE t.account.username = :username ORDER BY t.createdAt DESC, t.id DESC")
@NamedQuery(name = ApiToken.ALL, query = "SELECT t FROM ApiToken t JOIN FETCH t.account "
        + "ORDER BY t.createdAt DESC, t.id DESC")
public class ApiToken {

    static final String BY_HASH = "ApiToken.byHash";
    static final String OF_ACCOUNT = "ApiToken.ofAccount";
    static final String ALL = "ApiToken.all";
    /** The longest name a token may have. */
    public static final int NAME_LENGTH = 80;

    /** Where a token stands at a moment. */
    public enum Status { ACTIVE, EXPIRED, REVOKED }

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private UserAccount account;

    @Column(name = "name", nullable = false, updatable = false, length = NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false, updatable = false)
    private TokenScope scope;

    @Column(name = "secret_hash", nullable = false, updatable = false, length = 64)
    private String secretHash;

    @Column(name = "prefix", nullable = false, updatable = false, length = 16)
    private String prefix;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 60)
    private String revokedBy;

    protected ApiToken() {
        // for JPA
    }

    ApiToken(UserAccount account, String name, TokenScope scope, TokenSecret secret, Instant now, Instant expiresAt) {
        this.account = Objects.requireNonNull(account);
        this.name = Objects.requireNonNull(name);
        this.scope = Objects.requireNonNull(scope);
        this.secretHash = secret.hash();
        this.prefix = secret.prefix();
        this.createdAt = Objects.requireNonNull(now);
        this.expiresAt = Objects.requireNonNull(expiresAt);
        if (!expiresAt.isAfter(now)) {
            throw new IllegalArgumentException("A token expires after it is created");
        }
    }

    void revoke(String by, Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = by;
        }
    }

    public Status statusAt(Instant now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return expiresAt.isAfter(now) ? Status.ACTIVE : Status.EXPIRED;
    }

    public Long id() {
        return id;
    }

    public UserAccount account() {
        return account;
    }

    public String name() {
        return name;
    }

    public TokenScope scope() {
        return scope;
    }

    public String prefix() {
        return prefix;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }

    @Override
    public String toString() {
        return "token " + id + " " + prefix + "… of " + (account == null ? "?" : account.username());
    }
}
