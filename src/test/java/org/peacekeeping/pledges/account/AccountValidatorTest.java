package org.peacekeeping.pledges.account;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.Problem.FieldError;
import org.peacekeeping.pledges.platform.Role;

/** What an administrator enters for an account, checked all at once with the form's field names and text keys. */
class AccountValidatorTest {

    private static final String PASSWORD = "correct horse battery";
    private static final AccountValidator VALIDATOR = new AccountValidator(Set.of("admin", "fp.pakistan")::contains,
            Set.of("PAK", "GHA", "VAT")::contains);

    private static AccountDetails focalPoint(String state) {
        return new AccountDetails("Focal point, Ghana", "fp@mission.gh", Role.FOCAL_POINT, state);
    }

    private static List<FieldError> refusedNew(String username, AccountDetails details, String password,
                                               String repeated) {
        return assertThrows(InvalidInputException.class,
                () -> VALIDATOR.validateNew(username, details, password, repeated)).errors();
    }

    private static void only(String field, String key, List<FieldError> errors) {
        assertEquals(List.of(new FieldError(field, key)), errors);
    }

    @Test
    void aNewFocalPointIsAcceptedWithItsState() {
        AccountDetails valid = VALIDATOR.validateNew("fp.ghana", focalPoint(" gha "), PASSWORD, PASSWORD);
        assertAll(
                () -> assertEquals("GHA", valid.memberState()),
                () -> assertEquals("Focal point, Ghana", valid.displayName()),
                () -> assertEquals(Role.FOCAL_POINT, valid.role()));
    }

    @Test
    void anObserverStateMayHaveAFocalPoint() {
        assertEquals("VAT", VALIDATOR.validateNew("fp.holysee", focalPoint("VAT"), PASSWORD, PASSWORD)
                .memberState());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "FP.Ghana", ".ghana", "fp ghana", "fp@ghana"})
    void aUsernameIsLowerCaseLettersDigitsAndPunctuation(String username) {
        only("username", "error.account.username.pattern", refusedNew(username, focalPoint("GHA"), PASSWORD,
                PASSWORD));
    }

    @Test
    void aUsernameHasAtMostSixtyCharacters() {
        only("username", "error.tooLong.60", refusedNew("a".repeat(61), focalPoint("GHA"), PASSWORD, PASSWORD));
    }

    @Test
    void aUsernameIsTakenOnce() {
        only("username", "error.account.username.taken", refusedNew(" fp.pakistan ", focalPoint("GHA"), PASSWORD,
                PASSWORD));
    }

    @Test
    void aFocalPointBelongsToAKnownState() {
        only("memberState", "error.account.memberState.required", refusedNew("fp.ghana", focalPoint(" "), PASSWORD,
                PASSWORD));
        only("memberState", "error.account.memberState.unknown", refusedNew("fp.ghana", focalPoint("XXX"),
                PASSWORD, PASSWORD));
    }

    @Test
    void onlyFocalPointsBelongToAState() {
        AccountDetails reviewer = new AccountDetails("Reviewer", null, Role.REVIEWER, "GHA");
        only("memberState", "error.account.memberState.focalPointsOnly",
                assertThrows(InvalidInputException.class, () -> VALIDATOR.validateChanges(reviewer)).errors());
    }

    @Test
    void theSystemIsNotARoleAnAccountHolds() {
        AccountDetails system = new AccountDetails("System", null, Role.SYSTEM, null);
        only("role", "error.account.role.required",
                assertThrows(InvalidInputException.class, () -> VALIDATOR.validateChanges(system)).errors());
    }

    @Test
    void anEmptyFormNamesEveryRequiredField() {
        List<FieldError> errors = refusedNew(" ", new AccountDetails(" ", null, null, null), null, null);
        assertEquals(List.of(
                new FieldError("username", "error.required"),
                new FieldError("displayName", "error.required"),
                new FieldError("role", "error.account.role.required"),
                new FieldError("password", "error.required")), errors);
    }

    @Test
    void anEmailAddressIsOptionalButWellFormed() {
        assertNull(VALIDATOR.validateChanges(new AccountDetails("Analyst", "  ", Role.ANALYST, null)).email());
        only("email", "error.account.email.pattern", assertThrows(InvalidInputException.class,
                () -> VALIDATOR.validateChanges(new AccountDetails("Analyst", "analyst@un", Role.ANALYST, null)))
                .errors());
        assertEquals("analyst@un.org",
                VALIDATOR.validateChanges(new AccountDetails("Analyst", " analyst@un.org ", Role.ANALYST, null))
                        .email());
    }

    @Test
    void aPasswordHasAtLeastTwelveCharacters() {
        only("password", "error.account.password.tooShort", refusedNew("fp.ghana", focalPoint("GHA"),
                "elevenchars", "elevenchars"));
        VALIDATOR.validatePassword("fp.ghana", "twelve chars", "twelve chars");
    }

    @Test
    void aPasswordHasAtMostAHundredAndTwentyEightCharacters() {
        String longest = "p".repeat(AccountValidator.MAXIMUM_PASSWORD_LENGTH);
        VALIDATOR.validatePassword("fp.ghana", longest, longest);
        String tooLong = longest + "p";
        only("password", "error.account.password.tooLong", assertThrows(InvalidInputException.class,
                () -> VALIDATOR.validatePassword("fp.ghana", tooLong, tooLong)).errors());
    }

    @Test
    void aPasswordIsNotTheUsername() {
        only("password", "error.account.password.username", assertThrows(InvalidInputException.class,
                () -> VALIDATOR.validatePassword("fp.cotedivoire", "FP.CoteDIvoire", "FP.CoteDIvoire")).errors());
    }

    @Test
    void aPasswordIsNotOnlySpaces() {
        String spaces = " ".repeat(14);
        only("password", "error.account.password.blank", assertThrows(InvalidInputException.class,
                () -> VALIDATOR.validatePassword("fp.ghana", spaces, spaces)).errors());
    }

    @Test
    void thePasswordIsTypedTheSameTwice() {
        only("passwordRepeated", "error.account.passwordRepeated.different", assertThrows(
                InvalidInputException.class, () -> VALIDATOR.validatePassword("fp.ghana", PASSWORD, PASSWORD + "!"))
                .errors());
    }
}
