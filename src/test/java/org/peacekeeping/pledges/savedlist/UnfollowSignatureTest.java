package org.peacekeeping.pledges.savedlist;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peacekeeping.pledges.savedlist.UnfollowSignature.Verdict;

/** The unfollow link's signature: worth something for its one list and account, with this server's key only. */
class UnfollowSignatureTest {

    private static final byte[] KEY = "a-test-key-of-at-least-32-bytes-long!".getBytes(StandardCharsets.UTF_8);
    private final UnfollowSignature signature = new UnfollowSignature(KEY);

    @Test
    void aSignedLinkIsValidForItsListAndAccount() {
        String signed = signature.sign(42, 7);
        assertAll(
                () -> assertEquals(43, signed.length(), "256 bits in base64url without padding"),
                () -> assertEquals(Verdict.VALID, signature.check("42", "7", signed)),
                () -> assertEquals(signed, new UnfollowSignature(KEY.clone()).sign(42, 7), "every instance alike"));
    }

    @Test
    void anotherListAccountOrKeyMakesItForged() {
        String signed = signature.sign(42, 7);
        byte[] otherKey = KEY.clone();
        otherKey[0] ^= 1;
        char last = signed.charAt(42);
        String flipped = signed.substring(0, 42) + (last == 'A' ? 'B' : 'A');
        assertAll(
                () -> assertEquals(Verdict.FORGED, signature.check("43", "7", signed), "another list"),
                () -> assertEquals(Verdict.FORGED, signature.check("42", "8", signed), "another account"),
                () -> assertEquals(Verdict.FORGED, signature.check("42", "7", flipped), "one character changed"),
                () -> assertEquals(Verdict.FORGED, new UnfollowSignature(otherKey).check("42", "7", signed),
                        "another server's key"),
                () -> assertNotEquals(signature.sign(42, 7), signature.sign(7, 42)));
    }

    @ParameterizedTest
    @CsvSource(value = {
        "42, 7, CUT", "x, 7, SIG", "42, -7, SIG", "42, 7, NULL", "NULL, 7, SIG", "042, 7, SIG",
        "42, 7, PADDED", "99999999999999999999, 7, SIG"}, nullValues = "NULL")
    void aLinkNotInTheFormOfOneIsMalformed(String list, String account, String kind) {
        String signed = signature.sign(42, 7);
        String sent = kind == null ? null : switch (kind) {
            case "CUT" -> signed.substring(0, 20);
            case "PADDED" -> signed + "=";
            default -> signed;
        };
        assertEquals(Verdict.MALFORMED, signature.check(list, account, sent));
    }

    @Test
    void aShortKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new UnfollowSignature(new byte[31]));
    }
}
