package org.peacekeeping.pledges.reference;

import java.util.ArrayList;
import java.util.List;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.Problem.FieldError;

/**
 * The field errors an administrator's form collected, so that one answer lists everything to correct. Each message
 * is a key of the administrator's texts ({@code org.peacekeeping.pledges.web.admin}); the page shows it in the
 * user's language next to the field of the same name.
 */
final class FieldErrors {

    private final List<FieldError> list = new ArrayList<>();

    void add(String field, String key) {
        if (!has(field)) {
            list.add(new FieldError(field, key));
        }
    }

    boolean has(String field) {
        return list.stream().anyMatch(error -> error.field().equals(field));
    }

    void throwIfAny(String what) {
        if (!list.isEmpty()) {
            throw new InvalidInputException(list.size() == 1
                    ? "The " + what + " was not saved: one field needs correcting."
                    : "The " + what + " was not saved: " + list.size() + " fields need correcting.", list);
        }
    }

    /** Null for a missing or blank text, otherwise the text without surrounding blanks. */
    static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
