package org.peacekeeping.pledges.intake;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns the pledge form can have. The form names each column's field in a hidden row (the cells of the defined
 * name {@code pledge_fields}), so columns may be moved, renamed or added in the template without a Java change; an
 * uploaded form is read by those codes, never by position or header text.
 */
public enum FormField {
    ROW_KEY("rowKey", null, Kind.TEXT),
    TITLE("title", "title", Kind.TEXT),
    CATEGORY("category", null, Kind.TEXT),
    CAPABILITY_TYPE("capabilityType", "capabilityType", Kind.TEXT),
    EVENT("event", "event", Kind.TEXT),
    UNITS("units", "units", Kind.WHOLE_NUMBER),
    PERSONNEL("personnel", "personnel", Kind.WHOLE_NUMBER),
    WOMEN("women", "women", Kind.WHOLE_NUMBER),
    READINESS_LEVEL("readinessLevel", null, Kind.TEXT),
    AVAILABLE_FROM("availableFrom", "availableFrom", Kind.DATE),
    DAYS_TO_DEPLOY("daysToDeploy", "daysToDeploy", Kind.WHOLE_NUMBER),
    DURATION_MONTHS("durationMonths", "durationMonths", Kind.WHOLE_NUMBER),
    SELF_SUSTAINMENT("selfSustainment", "selfSustainment", Kind.TEXT),
    PREFERRED_MISSIONS("preferredMissions", "preferredMissions", Kind.TEXT),
    /** The partner states of a joint pledge, as alpha-3 codes; their roles are given on screen or through the API. */
    PARTNERS("partners", "partners", Kind.TEXT),
    CAVEATS("caveats", "caveats", Kind.TEXT),
    DESCRIPTION("description", "description", Kind.TEXT);

    /** What a cell of the column must hold. */
    enum Kind {
        TEXT, WHOLE_NUMBER, DATE
    }

    private final String code;
    private final String inputField;
    private final Kind kind;

    FormField(String code, String inputField, Kind kind) {
        this.code = code;
        this.inputField = inputField;
        this.kind = kind;
    }

    /** The code in the form's hidden field row. */
    public String code() {
        return code;
    }

    /** The pledge field (as the API and the service's errors name it) this column fills; null when none. */
    String inputField() {
        return inputField;
    }

    Kind kind() {
        return kind;
    }

    static Optional<FormField> ofCode(String code) {
        return Arrays.stream(values()).filter(field -> field.code.equals(code)).findFirst();
    }

    /** The column a service error about {@code inputField} points at. */
    static Optional<FormField> ofInputField(String inputField) {
        return Arrays.stream(values()).filter(field -> inputField.equals(field.inputField)).findFirst();
    }
}
