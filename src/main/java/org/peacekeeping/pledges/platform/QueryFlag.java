package org.peacekeeping.pledges.platform;

import java.util.Locale;

/** A yes-or-no query parameter ({@code includePending=true}): absent means false, anything but true or false a 400. */
public final class QueryFlag {

    private QueryFlag() {
    }

    public static boolean parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw InvalidInputException.parameter(field, "must be true or false");
        };
    }
}
