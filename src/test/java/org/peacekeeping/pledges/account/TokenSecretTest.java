package org.peacekeeping.pledges.account;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.peacekeeping.pledges.platform.Role;

/** Personal access tokens without a container: the secret's form, digest and prefix, expiry, revocation, throttle. */
class TokenSecretTest {

    private static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");

    @Test
    void aNewSecretHas256RandomBitsBehindItsMarkAndNeverRepeats() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String secret = TokenSecret.generate().reveal();
            assertTrue(secret.matches("ppt_[A-Za-z0-9_-]{43}"), secret);
            assertTrue(seen.add(secret), "a secret came twice");
        }
    }

    @Test
    void theDigestIsTheHexSha256OfTheWholeSecretAndThePrefixItsFirstTwelveCharacters() throws Exception {
        TokenSecret secret = TokenSecret.generate();
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(secret.reveal().getBytes(StandardCharsets.US_ASCII)));
        assertAll(
                () -> assertEquals(expected, secret.hash()),
                () -> assertEquals(64, secret.hash().length()),
                () -> assertEquals(secret.reveal().substring(0, 12), secret.prefix()),
                () -> assertTrue(secret.prefix().startsWith("ppt_")),
                () -> assertEquals(secret.hash(), TokenSecret.parse(secret.reveal()).orElseThrow().hash()));
    }

    @Test
    void theSecretNeverShowsInItsTextForm() {
        TokenSecret secret = TokenSecret.generate();
        assertFalse(secret.toString().contains(secret.reveal()));
        assertFalse(secret.toString().contains(secret.reveal().substring(12)));
    }

    @Test
    void aBearerHeaderIsReadInAnyCaseOfTheSchemeAndWithSurroundingSpace() {
        String secret = TokenSecret.generate().reveal();
        assertAll(
                () -> assertEquals(secret, TokenSecret.fromAuthorization("Bearer " + secret).orElseThrow().reveal()),
                () -> assertEquals(secret, TokenSecret.fromAuthorization("bearer  " + secret + " ").orElseThrow()
                        .reveal()),
                () -> assertEquals(Optional.empty(), TokenSecret.fromAuthorization("Basic " + secret)),
                () -> assertEquals(Optional.empty(), TokenSecret.fromAuthorization(null)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ppt_", "ppt_short", "xyz_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "ppt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "ppt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            "ppt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA A"})
    void anythingElseIsNotAToken(String sent) {
        assertEquals(Optional.empty(), TokenSecret.parse(sent));
    }

    @Test
    void aTokenIsActiveUntilItsExpiryAndRevokedForGood() {
        UserAccount owner = new UserAccount("analyst", "pbkdf2-sha256$1000$c2FsdA$a2V5", "Analyst", Role.ANALYST,
                null, NOW);
        ApiToken token = new ApiToken(owner, "nightly export", TokenScope.READ, TokenSecret.generate(), NOW,
                NOW.plus(Duration.ofDays(1)));
        assertAll(
                () -> assertEquals(ApiToken.Status.ACTIVE, token.statusAt(NOW.plus(Duration.ofHours(23)))),
                () -> assertEquals(ApiToken.Status.EXPIRED, token.statusAt(NOW.plus(Duration.ofDays(1)))),
                () -> assertThrows(IllegalArgumentException.class, () -> new ApiToken(owner, "x", TokenScope.READ,
                        TokenSecret.generate(), NOW, NOW)));
        token.revoke("admin", NOW.plusSeconds(60));
        token.revoke("analyst", NOW.plusSeconds(120));
        assertAll(
                () -> assertEquals(ApiToken.Status.REVOKED, token.statusAt(NOW.plusSeconds(61))),
                () -> assertEquals("admin", token.revokedBy(), "the first revocation stays"),
                () -> assertEquals(NOW.plusSeconds(60), token.revokedAt()));
    }

    @Test
    void scopesTravelAsReadAndReadWriteAndOnlyReadWriteChanges() {
        assertAll(
                () -> assertEquals(Optional.of(TokenScope.READ), TokenScope.ofCode("read")),
                () -> assertEquals(Optional.of(TokenScope.READ_WRITE), TokenScope.ofCode("read-write")),
                () -> assertEquals(Optional.empty(), TokenScope.ofCode("READ")),
                () -> assertFalse(TokenScope.READ.allowsChanges()),
                () -> assertTrue(TokenScope.READ_WRITE.allowsChanges()));
    }

    @Test
    void anAddressIsLockedAfterTheAllowedFailuresWithinTheWindowAndStartsAfreshLater() {
        Duration window = Duration.ofMinutes(15);
        TokenFailure failure = new TokenFailure("127.0.0.1", NOW);
        for (int i = 0; i < 4; i++) {
            failure.record(5, window, NOW.plusSeconds(i));
        }
        assertFalse(failure.lockedAt(NOW.plusSeconds(4)));
        failure.record(5, window, NOW.plusSeconds(4));
        assertTrue(failure.lockedAt(NOW.plusSeconds(5)));
        assertEquals(NOW.plusSeconds(4).plus(window), failure.lockedUntil());
        assertFalse(failure.lockedAt(NOW.plusSeconds(4).plus(window)));

        TokenFailure slow = new TokenFailure("10.0.0.1", NOW);
        for (int i = 0; i < 10; i++) {
            slow.record(5, window, NOW.plus(window.multipliedBy(i)));
        }
        assertFalse(slow.lockedAt(NOW.plus(window.multipliedBy(9))), "one failure a window never locks");
        assertNotEquals(10, slow.failures());
    }
}
