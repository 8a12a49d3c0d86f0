package org.peacekeeping.pledges.pledge;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The columns a pledge list can be sorted on, each with the JPQL path the database sorts by. */
public enum PledgeSort {
    REFERENCE("reference", "p.reference"),
    TITLE("title", "p.title"),
    MEMBER_STATE("memberState", "p.memberStateCode"),
    EVENT("event", "p.eventCode"),
    CATEGORY("category", "p.category"),
    CAPABILITY_TYPE("capabilityType", "p.capabilityTypeCode"),
    STATUS("status", "p.status"),
    READINESS_LEVEL("readinessLevel", "p.readinessLevel"),
    UNITS("units", "p.units"),
    PERSONNEL("personnel", "p.personnel"),
    WOMEN("women", "p.women"),
    AVAILABLE_FROM("availableFrom", "p.availableFrom"),
    CREATED_AT("createdAt", "p.createdAt"),
    UPDATED_AT("updatedAt", "p.updatedAt"),
    SUBMITTED_AT("submittedAt", "p.submittedAt"),
    RENEWAL_DUE("renewalDue", "p.renewalDue");

    private final String field;
    private final String path;

    PledgeSort(String field, String path) {
        this.field = field;
        this.path = path;
    }

    public String field() {
        return field;
    }

    String path() {
        return path;
    }

    public static Optional<PledgeSort> ofField(String field) {
        return Arrays.stream(values()).filter(s -> s.field.equalsIgnoreCase(field)).findFirst();
    }

    public static String fields() {
        return Arrays.stream(values()).map(PledgeSort::field).collect(Collectors.joining(", "));
    }

    /** A sort order: a column and a direction. */
    public record Order(PledgeSort column, boolean descending) {

        public static final Order DEFAULT = new Order(UPDATED_AT, true);

        String jpql() {
            return column.path() + (descending ? " DESC" : " ASC") + ", p.id" + (descending ? " DESC" : " ASC");
        }

        @Override
        public String toString() {
            return (descending ? "-" : "") + column.field().toLowerCase(Locale.ROOT);
        }
    }
}
