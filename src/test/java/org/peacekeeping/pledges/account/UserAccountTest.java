package org.peacekeeping.pledges.account;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.peacekeeping.pledges.platform.Role;

/** Accounts: who belongs to a member state, what a username looks like, when an account locks. */
class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");
    private static final String HASH = "pbkdf2-sha256$1000$c2FsdA$a2V5";
    private static final int THRESHOLD = 5;
    private static final Instant LOCKED_UNTIL = NOW.plus(Duration.ofMinutes(15));

    private static UserAccount focalPoint() {
        return new UserAccount("fp.pakistan", HASH, "Focal point, Pakistan", Role.FOCAL_POINT, "PAK", NOW);
    }

    private static UserAccount reviewer() {
        return new UserAccount("reviewer", HASH, "Reviewer", Role.REVIEWER, null, NOW);
    }

    private static UserAccount withUsername(String username) {
        return new UserAccount(username, HASH, "Someone", Role.ANALYST, null, NOW);
    }

    private static void failLogins(UserAccount account, int times) {
        for (int i = 0; i < times; i++) {
            account.recordFailedLogin(THRESHOLD, NOW, LOCKED_UNTIL);
        }
    }

    // ------------------------------------------------------------------------------------------- roles and states

    @Test
    void aFocalPointBelongsToItsMemberState() {
        assertEquals("PAK", focalPoint().memberState());
    }

    @Test
    void aFocalPointWithoutAMemberStateIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new UserAccount("fp.nowhere", HASH, "Nobody", Role.FOCAL_POINT, null, NOW));
        assertEquals("A focal point belongs to a member state", refused.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"REVIEWER", "ANALYST", "ADMIN"})
    void onlyFocalPointsBelongToAMemberState(Role role) {
        assertThrows(IllegalArgumentException.class,
                () -> new UserAccount("someone", HASH, "Someone", role, "PAK", NOW));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"REVIEWER", "ANALYST", "ADMIN"})
    void otherRolesHaveNoMemberState(Role role) {
        assertNull(new UserAccount("someone", HASH, "Someone", role, null, NOW).memberState());
    }

    @Test
    void theSystemRoleCannotBeGivenToAnAccount() {
        assertThrows(IllegalArgumentException.class,
                () -> new UserAccount("scheduler", HASH, "Scheduler", Role.SYSTEM, null, NOW));
    }

    @Test
    void theSystemRoleCannotBeAssignedLater() {
        UserAccount account = reviewer();
        assertThrows(IllegalArgumentException.class, () -> account.assignRole(Role.SYSTEM, null, NOW));
        assertEquals(Role.REVIEWER, account.role());
    }

    @Test
    void onlyTheSystemRoleIsNotAssignable() {
        for (Role role : Role.values()) {
            assertEquals(role != Role.SYSTEM, role.assignable(), role.name());
        }
    }

    @Test
    void anAccountNeedsARole() {
        assertThrows(IllegalArgumentException.class,
                () -> new UserAccount("someone", HASH, "Someone", null, null, NOW));
    }

    @Test
    void aFocalPointMadeReviewerNoLongerBelongsToAMemberState() {
        UserAccount account = focalPoint();
        account.assignRole(Role.REVIEWER, null, NOW.plusSeconds(60));
        assertAll(
                () -> assertEquals(Role.REVIEWER, account.role()),
                () -> assertNull(account.memberState()));
    }

    @Test
    void aRefusedRoleChangeLeavesTheAccountAsItWas() {
        UserAccount account = focalPoint();
        assertThrows(IllegalArgumentException.class, () -> account.assignRole(Role.REVIEWER, "PAK", NOW));
        assertAll(
                () -> assertEquals(Role.FOCAL_POINT, account.role()),
                () -> assertEquals("PAK", account.memberState()));
    }

    // ------------------------------------------------------------------------------------------- usernames

    @ParameterizedTest
    @ValueSource(strings = {"abc", "fp.pakistan", "reviewer_2", "a-b.c_d", "0admin"})
    void aUsernameOfLowerCaseLettersDigitsAndPunctuationIsAccepted(String username) {
        assertEquals(username, withUsername(username).username());
    }

    @Test
    void aUsernameOf60CharactersIsAccepted() {
        assertEquals(60, withUsername("u".repeat(60)).username().length());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ab", "Admin", ".hidden", "-dash", "with space", "émile", "fp@pakistan"})
    void aUsernameOutsideThePatternIsRefused(String username) {
        assertThrows(IllegalArgumentException.class, () -> withUsername(username));
    }

    @Test
    void aUsernameOf61CharactersIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> withUsername("u".repeat(61)));
    }

    // ------------------------------------------------------------------------------------------- other invariants

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void anAccountNeedsAPasswordHash(String hash) {
        assertThrows(IllegalArgumentException.class,
                () -> new UserAccount("someone", hash, "Someone", Role.ANALYST, null, NOW));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void anAccountNeedsADisplayName(String displayName) {
        assertThrows(IllegalArgumentException.class,
                () -> new UserAccount("someone", HASH, displayName, Role.ANALYST, null, NOW));
    }

    @Test
    void aBlankEmailIsStoredAsNone() {
        UserAccount account = reviewer();
        account.changeContact("Reviewer", "  ", NOW);
        assertNull(account.email());
    }

    @Test
    void anyLanguageButFrenchIsPreferredAsEnglish() {
        UserAccount account = reviewer();
        account.preferLocale(Locale.GERMAN, NOW);
        assertEquals(Locale.ENGLISH, account.preferredLocale());
    }

    @Test
    void frenchCanBePreferred() {
        UserAccount account = reviewer();
        account.preferLocale(Locale.CANADA_FRENCH, NOW);
        assertEquals(Locale.FRENCH, account.preferredLocale());
    }

    // ------------------------------------------------------------------------------------------- locking

    @Test
    void anAccountIsNotLockedBeforeTheThreshold() {
        UserAccount account = reviewer();
        failLogins(account, THRESHOLD - 1);
        assertFalse(account.lockedAt(NOW));
    }

    @Test
    void anAccountLocksAtTheThresholdOfFailedLogins() {
        UserAccount account = reviewer();
        failLogins(account, THRESHOLD);
        assertTrue(account.lockedAt(NOW));
    }

    @Test
    void aLockEndsWhenItsTimeIsUp() {
        UserAccount account = reviewer();
        failLogins(account, THRESHOLD);
        assertFalse(account.lockedAt(LOCKED_UNTIL));
    }

    @Test
    void oneWrongPasswordAfterAnExpiredLockDoesNotLockAgain() {
        UserAccount account = reviewer();
        failLogins(account, THRESHOLD);
        Instant later = LOCKED_UNTIL.plus(Duration.ofMinutes(1));
        account.recordFailedLogin(THRESHOLD, later, later.plus(Duration.ofMinutes(15)));
        assertAll(
                () -> assertFalse(account.lockedAt(later)),
                () -> assertEquals(1, account.failedLogins()));
    }

    @Test
    void aSuccessfulLoginClearsTheFailedLogins() {
        UserAccount account = reviewer();
        failLogins(account, THRESHOLD - 1);
        account.recordLogin(NOW);
        failLogins(account, 1);
        assertAll(
                () -> assertEquals(1, account.failedLogins()),
                () -> assertFalse(account.lockedAt(NOW)),
                () -> assertEquals(NOW, account.lastLoginAt()));
    }

    @Test
    void theCredentialStampChangesWithThePasswordAndRevealsNothingOfIt() {
        UserAccount account = reviewer();
        String before = account.credentialStamp();
        account.changeContact("Reviewer, DPO", "reviewer@example.org", NOW);
        assertEquals(before, account.credentialStamp(), "other changes keep it");
        account.changePassword("pbkdf2-sha256$1000$bmV3$a2V5", NOW);
        assertAll(
                () -> assertNotEquals(before, account.credentialStamp()),
                () -> assertEquals(32, before.length()),
                () -> assertFalse(HASH.contains(before)));
    }

    @Test
    void changingThePasswordUnlocksTheAccount() {
        UserAccount account = reviewer();
        failLogins(account, THRESHOLD);
        account.changePassword("pbkdf2-sha256$1000$bmV3$a2V5", NOW);
        assertAll(
                () -> assertFalse(account.lockedAt(NOW)),
                () -> assertEquals(0, account.failedLogins()));
    }

    @Test
    void enablingAnAccountUnlocksIt() {
        UserAccount account = reviewer();
        failLogins(account, THRESHOLD);
        account.disable(NOW);
        account.enable(NOW);
        assertAll(
                () -> assertTrue(account.enabled()),
                () -> assertFalse(account.lockedAt(NOW)));
    }

    @Test
    void accountsWithTheSameUsernameAreEqual() {
        assertEquals(reviewer(), new UserAccount("reviewer", "other", "Other", Role.ADMIN, null, NOW));
    }
}
