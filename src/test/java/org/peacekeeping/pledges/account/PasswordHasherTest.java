package org.peacekeeping.pledges.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PBKDF2 password hashes. All but one test use a hasher at 1,000 iterations so that the suite stays fast; the
 * format and the checks do not depend on the work factor.
 */
class PasswordHasherTest {

    private static final char[] PASSWORD = "correct horse battery staple".toCharArray();

    private final PasswordHasher hasher = new PasswordHasher(1000);

    @Test
    void aPasswordVerifiesAgainstItsOwnHash() {
        assertTrue(hasher.verify(PASSWORD, hasher.hash(PASSWORD)));
    }

    @Test
    void aWrongPasswordDoesNotVerify() {
        assertFalse(hasher.verify("correct horse battery stapler".toCharArray(), hasher.hash(PASSWORD)));
    }

    @Test
    void twoHashesOfTheSamePasswordDifferBecauseOfTheirSalt() {
        assertNotEquals(hasher.hash(PASSWORD), hasher.hash(PASSWORD));
    }

    @Test
    void aHashNamesItsAlgorithmAndIterationsThenSaltAndKeyInBase64() {
        String hash = hasher.hash(PASSWORD);
        // 16-byte salt and 32-byte key, Base64 without padding: 22 and 43 characters.
        assertTrue(hash.matches("pbkdf2-sha256\\$1000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), hash);
    }

    /** The only test at the full work factor (about half a second). */
    @Test
    void theDefaultHasherWorksAtTheOwaspWorkFactor() {
        assertTrue(new PasswordHasher().hash(PASSWORD).startsWith("pbkdf2-sha256$600000$"));
    }

    @Test
    void aHashMadeWithFewerIterationsStillVerifiesAfterTheWorkFactorIsRaised() {
        String old = hasher.hash(PASSWORD);
        assertTrue(new PasswordHasher(2000).verify(PASSWORD, old));
    }

    @Test
    void aPasswordChangesItsHashOnlyWithItsCharacters() {
        String hash = hasher.hash("pässwörd-日本".toCharArray());
        assertTrue(hasher.verify("pässwörd-日本".toCharArray(), hash));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "plain text",
        "pbkdf2-sha256$1000$c2FsdA",
        "pbkdf2-sha256$1000$c2FsdA$a2V5$extra",
        "md5$1000$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U",
        "pbkdf2-sha256$many$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U",
        "pbkdf2-sha256$0$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U",
        "pbkdf2-sha256$-5$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U",
        "pbkdf2-sha256$99999999999$c2FsdHNhbHRzYWx0c2FsdA$a2V5",
        "pbkdf2-sha256$1000$not*base64!$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U",
        "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$###",
        "pbkdf2-sha256$1000$$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U",
        "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$",
        "$$$"})
    void aMalformedStoredHashDoesNotVerifyAndThrowsNothing(String stored) {
        assertFalse(hasher.verify(PASSWORD, stored));
    }

    @Test
    void aTamperedKeyDoesNotVerify() {
        String hash = hasher.hash(PASSWORD);
        // The key's first character (the last one carries only two significant bits).
        int key = hash.lastIndexOf('$') + 1;
        String tampered = hash.substring(0, key) + (hash.charAt(key) == 'A' ? 'B' : 'A') + hash.substring(key + 1);
        assertFalse(hasher.verify(PASSWORD, tampered));
    }

    @Test
    void noPasswordDoesNotVerify() {
        assertFalse(hasher.verify(null, hasher.hash(PASSWORD)));
    }

    @Test
    void anEmptyPasswordIsNotHashed() {
        assertThrows(IllegalArgumentException.class, () -> hasher.hash(new char[0]));
    }

    @Test
    void aMissingPasswordIsNotHashed() {
        assertThrows(IllegalArgumentException.class, () -> hasher.hash(null));
    }

    @Test
    void aHashWithFewerIterationsNeedsRehashing() {
        assertTrue(new PasswordHasher(2000).needsRehash(hasher.hash(PASSWORD)));
    }

    @Test
    void aHashWithTheSameIterationsNeedsNoRehashing() {
        assertFalse(hasher.needsRehash(hasher.hash(PASSWORD)));
    }

    @Test
    void aHashWithMoreIterationsNeedsNoRehashing() {
        assertFalse(new PasswordHasher(500).needsRehash(hasher.hash(PASSWORD)));
    }

    @Test
    void theOwaspHasherWantsToRehashAWeakerHash() {
        assertTrue(new PasswordHasher().needsRehash(hasher.hash(PASSWORD)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"plain text", "pbkdf2-sha256$many$c2FsdA$a2V5", "md5$1000$c2FsdA$a2V5"})
    void aMalformedStoredHashNeedsRehashing(String stored) {
        assertTrue(hasher.needsRehash(stored));
    }

    @Test
    void aHasherNeedsAtLeastOneIteration() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(0));
    }
}
