package org.peacekeeping.pledges.pledge.rest;

import jakarta.ws.rs.QueryParam;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.Problem.FieldError;
import org.peacekeeping.pledges.pledge.PledgeFilter;
import org.peacekeeping.pledges.pledge.PledgeSort;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.pledge.ReadinessLevel;
import org.peacekeeping.pledges.reference.Category;

/**
 * The query parameters that choose and order a list of pledges ({@code @BeanParam}), read the same way by
 * {@code GET /api/pledges} and by every download of such a list: {@code status} (comma-separated),
 * {@code memberState} (alpha-3), {@code category}, {@code event} (code), {@code q} (text), {@code readinessAtLeast}
 * (a readiness level: that level or higher), {@code regionalGroup} (of the pledge's member state, {@code NONE} for a
 * state in none) and {@code sort} (a field, {@code -field} or {@code field,desc} for descending). A value that means
 * nothing is refused with the parameter named.
 */
public class PledgeListParameters {

    @QueryParam("status")
    private String status;

    @QueryParam("memberState")
    private String memberState;

    @QueryParam("category")
    private String category;

    @QueryParam("event")
    private String event;

    @QueryParam("q")
    private String text;

    @QueryParam("readinessAtLeast")
    private String readinessAtLeast;

    @QueryParam("regionalGroup")
    private String regionalGroup;

    @QueryParam("sort")
    private String sort;

    public PledgeListParameters() {
    }

    PledgeListParameters(String status, String memberState, String category, String event, String text,
                         String sort) {
        this.status = status;
        this.memberState = memberState;
        this.category = category;
        this.event = event;
        this.text = text;
        this.sort = sort;
    }

    PledgeListParameters(String status, String memberState, String category, String event, String text,
                         String readinessAtLeast, String regionalGroup, String sort) {
        this(status, memberState, category, event, text, sort);
        this.readinessAtLeast = readinessAtLeast;
        this.regionalGroup = regionalGroup;
    }

    /** The filter these parameters ask for. */
    public PledgeFilter filter() {
        Set<PledgeStatus> statuses = EnumSet.noneOf(PledgeStatus.class);
        if (status != null && !status.isBlank()) {
            for (String one : status.split(",")) {
                statuses.add(parse("status", one, PledgeStatus.class));
            }
        }
        String state = blankToNull(memberState);
        String categoryName = blankToNull(category);
        String level = blankToNull(readinessAtLeast);
        String group = blankToNull(regionalGroup);
        return new PledgeFilter(statuses, state == null ? null : state.toUpperCase(Locale.ROOT),
                categoryName == null ? null : parse("category", categoryName, Category.class), blankToNull(event),
                text, level == null ? null : parse("readinessAtLeast", level, ReadinessLevel.class),
                group == null ? null : PledgeFilter.Group.parse(group).orElseThrow(() -> new InvalidInputException(
                        "Unknown regionalGroup '" + group + "'", List.of(new FieldError("regionalGroup",
                        "must be one of " + PledgeFilter.Group.names())))));
    }

    /** The order these parameters ask for; the list's default order when {@code sort} is absent. */
    public PledgeSort.Order order() {
        String field = blankToNull(sort);
        if (field == null) {
            return PledgeSort.Order.DEFAULT;
        }
        boolean descending = field.startsWith("-");
        if (descending) {
            field = field.substring(1);
        } else if (field.contains(",")) {
            String[] parts = field.split(",", 2);
            field = parts[0];
            descending = parts[1].strip().equalsIgnoreCase("desc");
        }
        boolean desc = descending;
        return PledgeSort.ofField(field).map(column -> new PledgeSort.Order(column, desc))
                .orElseThrow(() -> InvalidInputException.field("sort", "Sort by one of " + PledgeSort.fields()));
    }

    private static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Unknown " + field + " '" + value + "'", List.of(new FieldError(field,
                    "must be one of " + Arrays.toString(type.getEnumConstants()))));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
