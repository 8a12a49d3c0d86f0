package org.peacekeeping.pledges.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.Problem.FieldError;
import org.peacekeeping.pledges.platform.Role;

/**
 * Checks what an administrator enters for an account, every field at once; field names are the form's and messages
 * are keys of the administrator's texts ({@code org.peacekeeping.pledges.web.admin}). Plain Java: whether a
 * username is taken and whether a state exists come in as look-ups.
 */
public final class AccountValidator {

    public static final int MINIMUM_PASSWORD_LENGTH = 12;
    public static final int MAXIMUM_PASSWORD_LENGTH = 128;
    public static final int USERNAME_MAX = 60;
    public static final int DISPLAY_NAME_MAX = 120;
    public static final int EMAIL_MAX = 200;
    /** The same rule as {@link UserAccount}'s: 3 to 60 lower-case letters, digits, '.', '_' or '-'. */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    /** Something, an at sign, and a domain with a dot: enough to catch typing errors, not to prove delivery. */
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private final Predicate<String> usernameTaken;
    private final Predicate<String> knownState;

    /**
     * @param usernameTaken whether an account with this username exists
     * @param knownState    whether an alpha-3 code is a member or observer state
     */
    public AccountValidator(Predicate<String> usernameTaken, Predicate<String> knownState) {
        this.usernameTaken = Objects.requireNonNull(usernameTaken, "usernameTaken");
        this.knownState = Objects.requireNonNull(knownState, "knownState");
    }

    /** A new account: username, details and initial password; answers the details cleaned up. */
    public AccountDetails validateNew(String username, AccountDetails details, String password, String repeated) {
        Errors errors = new Errors();
        String name = username == null ? null : username.strip();
        if (name == null || name.isEmpty()) {
            errors.add("username", "error.required");
        } else if (!USERNAME.matcher(name).matches()) {
            errors.add("username", name.length() > USERNAME_MAX ? "error.tooLong." + USERNAME_MAX
                    : "error.account.username.pattern");
        } else if (usernameTaken.test(name)) {
            errors.add("username", "error.account.username.taken");
        }
        AccountDetails clean = details(details, errors);
        password(name, password, repeated, errors);
        errors.throwIfAny("account");
        return clean;
    }

    /** Changed details of an existing account; answers them cleaned up. */
    public AccountDetails validateChanges(AccountDetails details) {
        Errors errors = new Errors();
        AccountDetails clean = details(details, errors);
        errors.throwIfAny("account");
        return clean;
    }

    /** A new password for an account, typed twice. */
    public void validatePassword(String username, String password, String repeated) {
        Errors errors = new Errors();
        password(username, password, repeated, errors);
        errors.throwIfAny("password");
    }

    private AccountDetails details(AccountDetails details, Errors errors) {
        String displayName = trimmed(details.displayName());
        if (displayName == null) {
            errors.add("displayName", "error.required");
        } else if (displayName.length() > DISPLAY_NAME_MAX) {
            errors.add("displayName", "error.tooLong." + DISPLAY_NAME_MAX);
        }
        String email = trimmed(details.email());
        if (email != null && email.length() > EMAIL_MAX) {
            errors.add("email", "error.tooLong." + EMAIL_MAX);
        } else if (email != null && !EMAIL.matcher(email).matches()) {
            errors.add("email", "error.account.email.pattern");
        }
        Role role = details.role();
        String state = trimmed(details.memberState());
        state = state == null ? null : state.toUpperCase(Locale.ROOT);
        if (role == null || !role.assignable()) {
            errors.add("role", "error.account.role.required");
        } else if (role == Role.FOCAL_POINT) {
            if (state == null) {
                errors.add("memberState", "error.account.memberState.required");
            } else if (!knownState.test(state)) {
                errors.add("memberState", "error.account.memberState.unknown");
            }
        } else if (state != null) {
            errors.add("memberState", "error.account.memberState.focalPointsOnly");
        }
        return new AccountDetails(displayName, email, role, state);
    }

    private static void password(String username, String password, String repeated, Errors errors) {
        if (password == null || password.isEmpty()) {
            errors.add("password", "error.required");
        } else if (password.length() < MINIMUM_PASSWORD_LENGTH) {
            errors.add("password", "error.account.password.tooShort");
        } else if (password.length() > MAXIMUM_PASSWORD_LENGTH) {
            errors.add("password", "error.account.password.tooLong");
        } else if (password.isBlank()) {
            errors.add("password", "error.account.password.blank");
        } else if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
            errors.add("password", "error.account.password.username");
        } else if (!password.equals(repeated)) {
            errors.add("passwordRepeated", "error.account.passwordRepeated.different");
        }
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static final class Errors {

        private final List<FieldError> list = new ArrayList<>();

        void add(String field, String key) {
            if (list.stream().noneMatch(error -> error.field().equals(field))) {
                list.add(new FieldError(field, key));
            }
        }

        void throwIfAny(String what) {
            if (!list.isEmpty()) {
                throw new InvalidInputException(list.size() == 1
                        ? "The " + what + " was not saved: one field needs correcting."
                        : "The " + what + " was not saved: " + list.size() + " fields need correcting.", list);
            }
        }
    }
}
