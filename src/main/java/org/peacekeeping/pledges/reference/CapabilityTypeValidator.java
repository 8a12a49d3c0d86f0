package org.peacekeeping.pledges.reference;

import static org.peacekeeping.pledges.reference.FieldErrors.trimmed;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.peacekeeping.pledges.platform.InvalidInputException;

/**
 * Checks a capability type an administrator entered, every field at once; field names are the form's. Plain Java:
 * the types that exist come in as a list (there are a few dozen). Answers the input cleaned up, or throws an
 * {@link InvalidInputException} whose messages are text keys.
 */
public final class CapabilityTypeValidator {

    private final List<CapabilityType> types;

    public CapabilityTypeValidator(Collection<CapabilityType> types) {
        this.types = List.copyOf(Objects.requireNonNull(types, "types"));
    }

    /**
     * @param existing the type being changed, or {@code null} when creating one
     */
    public CapabilityTypeInput validate(CapabilityTypeInput input, CapabilityType existing) {
        FieldErrors errors = new FieldErrors();
        String code = existing == null ? upper(input.code()) : existing.code();
        Category category = existing == null ? input.category() : existing.category();
        if (existing == null) {
            if (code == null) {
                errors.add("code", "error.capabilityType.code.required");
            } else if (code.length() > CapabilityType.CODE_MAX || !CapabilityType.CODE.matcher(code).matches()) {
                errors.add("code", "error.capabilityType.code.pattern");
            } else if (types.stream().anyMatch(t -> t.code().equals(code))) {
                errors.add("code", "error.capabilityType.code.taken");
            }
            if (category == null) {
                errors.add("category", "error.capabilityType.category.required");
            }
        }

        String nameEn = name(input.nameEn(), "nameEn", errors);
        if (nameEn != null && types.stream().anyMatch(t -> !t.code().equals(code)
                && t.nameEn().equalsIgnoreCase(nameEn))) {
            errors.add("nameEn", "error.capabilityType.name.taken");
        }
        String nameFr = name(input.nameFr(), "nameFr", errors);
        if (nameFr != null && types.stream().anyMatch(t -> !t.code().equals(code)
                && t.nameFr().equalsIgnoreCase(nameFr))) {
            errors.add("nameFr", "error.capabilityType.name.taken");
        }

        Integer personnel = input.typicalPersonnel();
        if (personnel == null) {
            errors.add("typicalPersonnel", "error.required");
        } else if (personnel < 0) {
            errors.add("typicalPersonnel", "error.capabilityType.typicalPersonnel.negative");
        } else if (personnel > CapabilityType.MAX_PERSONNEL) {
            errors.add("typicalPersonnel", "error.capabilityType.typicalPersonnel.tooMany");
        }
        if (input.personnelKind() == null) {
            errors.add("personnelKind", "error.required");
        }
        if (existing != null && input.version() == null) {
            errors.add("version", "error.version.required");
        }
        errors.throwIfAny("capability type");
        return new CapabilityTypeInput(code, category, nameEn, nameFr, personnel, input.personnelKind(),
                input.active(), input.version());
    }

    /**
     * Where a new type of a category goes: after the category's last type (categories count in hundreds, types in
     * tens within them), or at the start of the category's hundred when it has none yet.
     */
    public int nextSortOrder(Category category) {
        return types.stream().filter(t -> t.category() == category).mapToInt(CapabilityType::sortOrder).max()
                .orElse(category.ordinal() * 100) + 10;
    }

    private static String upper(String raw) {
        String value = trimmed(raw);
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private static String name(String raw, String field, FieldErrors errors) {
        String value = trimmed(raw);
        if (value == null) {
            errors.add(field, "error.required");
        } else if (value.length() > CapabilityType.NAME_MAX) {
            errors.add(field, "error.tooLong." + CapabilityType.NAME_MAX);
        }
        return value;
    }
}
