package org.peacekeeping.pledges.requirement.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.requirement.CapabilityRequirement;
import org.peacekeeping.pledges.requirement.RequirementInput;

/**
 * Reads a requirement's JSON body field by field, so that a value of the wrong type becomes a field error ("quantity
 * must be a whole number") listed with all the others, not a generic 400. Fields it does not know (such as the
 * {@code id} or {@code createdAt} of a requirement read earlier) are ignored. The body itself is read, bounded, by
 * {@link org.peacekeeping.pledges.platform.JsonBody}.
 */
final class RequirementJson {

    /** More integer digits than any long has; such a number is refused before it is expanded. */
    private static final int DIGITS_LIMIT = 20;

    private final JsonObject body;
    private final Map<String, String> malformed = new HashMap<>();

    private RequirementJson(JsonObject body) {
        this.body = body;
    }

    /** The requirement in a request body ({@code null} when there was none: refused with a 400). */
    static RequirementInput input(JsonObject body) {
        if (body == null) {
            throw new InvalidInputException("Send the requirement as a JSON object.", List.of());
        }
        RequirementJson json = new RequirementJson(body);
        return new RequirementInput(json.text("capabilityType"), json.wholeNumber("quantity"), json.text("priority"),
                json.text("event"), json.text("mission"), json.date("periodFrom"), json.date("periodTo"),
                json.text("notes"), json.version(), json.malformed);
    }

    /** A string, or null when absent or JSON null. */
    private String text(String field) {
        JsonValue value = present(field);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        malformed.put(field, field + " must be a text");
        return null;
    }

    private Integer wholeNumber(String field) {
        BigInteger number = integral(field, field + " must be a whole number");
        if (number == null) {
            return null;
        }
        if (number.bitLength() >= Integer.SIZE) {
            malformed.put(field, number.signum() < 0 ? field + " must be at least 1"
                    : field + " must be at most " + CapabilityRequirement.MAX_QUANTITY);
            return null;
        }
        return number.intValue();
    }

    private Long version() {
        BigInteger number = integral("version", "version must be a whole number");
        if (number == null) {
            return null;
        }
        if (number.bitLength() >= Long.SIZE) {
            malformed.put("version", "version is not a version of this requirement");
            return null;
        }
        return number.longValue();
    }

    /** An integral JSON number (5 and 5.0 alike), or null when absent; anything else is recorded as malformed. */
    private BigInteger integral(String field, String message) {
        JsonValue value = present(field);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            BigDecimal decimal = number.bigDecimalValue();
            if (decimal.precision() - decimal.scale() > DIGITS_LIMIT) {
                // 1e999999999: say "too large" without ever expanding it
                return BigInteger.ONE.shiftLeft(Long.SIZE).multiply(BigInteger.valueOf(decimal.signum()));
            }
            try {
                return decimal.toBigIntegerExact();
            } catch (ArithmeticException notWhole) {
                // falls through to the message
            }
        }
        malformed.put(field, message);
        return null;
    }

    private LocalDate date(String field) {
        JsonValue value = present(field);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString string) {
            String text = string.getString().strip();
            if (text.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                // falls through to the message
            }
        }
        malformed.put(field, field + " must be a date (YYYY-MM-DD)");
        return null;
    }

    private JsonValue present(String field) {
        JsonValue value = body.get(field);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }
}
