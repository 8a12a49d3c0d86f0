package org.peacekeeping.pledges.account;

import java.io.Serializable;
import java.time.Instant;

/**
 * A personal access token as its owner and administrators see it: never the secret, only its prefix.
 *
 * @param scope  {@code read} or {@code read-write}
 * @param status {@code ACTIVE}, {@code EXPIRED} or {@code REVOKED}
 */
public record TokenView(long id, String name, String scope, String prefix, String owner, Instant createdAt,
                        Instant expiresAt, Instant lastUsedAt, Instant revokedAt, String revokedBy, String status)
        implements Serializable {

    static TokenView of(ApiToken token, Instant now) {
        return new TokenView(token.id(), token.name(), token.scope().code(), token.prefix(),
                token.account().username(), token.createdAt(), token.expiresAt(), token.lastUsedAt(),
                token.revokedAt(), token.revokedBy(), token.statusAt(now).name());
    }

    public boolean active() {
        return ApiToken.Status.ACTIVE.name().equals(status);
    }
}
