package org.peacekeeping.pledges.platform;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peacekeeping.pledges.platform.Problem.FieldError;

/**
 * Reads typed fields out of a JSON object and collects every type error ("personnel must be a whole number") so
 * that one answer names all of them. Absent and {@code null} fields read as {@code null}.
 */
public final class JsonFields {

    private final JsonObject json;
    private final List<FieldError> errors = new ArrayList<>();

    public JsonFields(JsonObject json) {
        if (json == null) {
            throw new InvalidInputException("Send a JSON object ({...}).", List.of());
        }
        this.json = json;
    }

    private JsonValue value(String field) {
        JsonValue value = json.get(field);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }

    public String text(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        errors.add(new FieldError(field, "must be text"));
        return null;
    }

    public Integer integer(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.intValueExact();
            } catch (ArithmeticException e) {
                errors.add(new FieldError(field, "is too large"));
                return null;
            }
        }
        errors.add(new FieldError(field, "must be a whole number"));
        return null;
    }

    public Boolean flag(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            return value.getValueType() == JsonValue.ValueType.TRUE;
        }
        errors.add(new FieldError(field, "must be true or false"));
        return null;
    }

    public Long longValue(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException e) {
                errors.add(new FieldError(field, "is too large"));
                return null;
            }
        }
        errors.add(new FieldError(field, "must be a whole number"));
        return null;
    }

    public LocalDate date(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date like 2026-01-31"));
            return null;
        }
    }

    public <E extends Enum<E>> E enumeration(String field, Class<E> type) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }

    public List<String> texts(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonArray array)
                || !array.stream().allMatch(item -> item instanceof JsonString)) {
            errors.add(new FieldError(field, "must be a list of texts"));
            return null;
        }
        return array.stream().map(item -> ((JsonString) item).getString()).toList();
    }

    /** A list of objects, each read by {@code reader}; errors inside are named {@code field[i].name}. */
    public <T> List<T> objects(String field, Function<JsonFields, T> reader) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonArray array)) {
            errors.add(new FieldError(field, "must be a list"));
            return null;
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject object)) {
                errors.add(new FieldError(field + "[" + i + "]", "must be an object"));
                continue;
            }
            JsonFields item = new JsonFields(object);
            try {
                T read = reader.apply(item);
                if (item.errors.isEmpty()) {
                    items.add(read);
                }
            } catch (IllegalArgumentException e) {
                if (item.errors.isEmpty()) { // else the value it refuses was already named as unreadable
                    item.errors.add(new FieldError("", e.getMessage()));
                }
            }
            String prefix = field + "[" + i + "]";
            item.errors.forEach(error -> errors.add(new FieldError(
                    error.field().isEmpty() ? prefix : prefix + "." + error.field(), error.message())));
        }
        return items;
    }

    /** The type errors found so far, for the service to report with the rule errors in one answer. */
    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Throws the collected type errors, if any: for bodies that no rule checks further. */
    public void check() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Some fields have the wrong type or format", errors);
        }
    }
}
