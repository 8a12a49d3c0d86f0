package org.peacekeeping.pledges.pledge.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.peacekeeping.pledges.pledge.PledgeFilter;
import org.peacekeeping.pledges.pledge.PledgeSort;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.pledge.web.ListCriteria;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/**
 * Turns what a PrimeFaces data table asks for (its {@link SortMeta} and {@link FilterMeta} by column) into the
 * pledge service's terms, so that sorting and filtering happen in the database. A column's {@code field} is the
 * name of a {@link PledgeSort} ({@code reference}, {@code memberState}, {@code updatedAt}, ...). Pure: no Faces
 * context needed.
 */
public final class PledgeTableQuery {

    private PledgeTableQuery() {
    }

    /** The first active sort the service knows, by priority; {@code fallback} otherwise. */
    public static PledgeSort.Order order(Map<String, SortMeta> sortBy, PledgeSort.Order fallback) {
        if (sortBy == null) {
            return fallback;
        }
        return sortBy.values().stream()
                .filter(Objects::nonNull)
                .filter(SortMeta::isActive)
                .sorted()
                .flatMap(meta -> PledgeSort.ofField(meta.getField())
                        .map(column -> new PledgeSort.Order(column, meta.getOrder().isDescending())).stream())
                .findFirst()
                .orElse(fallback);
    }

    /**
     * The page's filters ({@code base}, from the address and the toolbar) with the table's own filters laid over
     * them: a column filter on {@code status}, {@code category}, {@code memberState} or {@code event}, and the global
     * filter or one on {@code reference} or {@code title} for the free text. Anything else is ignored.
     */
    public static PledgeFilter filter(PledgeFilter base, Map<String, FilterMeta> filterBy) {
        PledgeFilter filter = base == null ? PledgeFilter.ALL : base;
        if (filterBy == null) {
            return filter;
        }
        Set<PledgeStatus> statuses = filter.statuses();
        String memberState = filter.memberState();
        var category = filter.category();
        String event = filter.event();
        String text = filter.text();
        for (FilterMeta meta : filterBy.values()) {
            if (meta == null || !meta.isActive()) {
                continue;
            }
            String field = meta.isGlobalFilter() ? FilterMeta.GLOBAL_FILTER_KEY : meta.getField();
            Object value = meta.getFilterValue();
            switch (field == null ? "" : field) {
                case "status", "statuses" -> statuses = ListCriteria.statuses(joined(value));
                case "category" -> category = ListCriteria.parse(null, joined(value), null, null, null).category();
                case "memberState" -> memberState = ListCriteria.parse(null, null, null, joined(value), null)
                        .memberState();
                case "event" -> event = ListCriteria.parse(joined(value), null, null, null, null).event();
                case FilterMeta.GLOBAL_FILTER_KEY, "text", "q", "reference", "title" -> text = ListCriteria.parse(null, null, null, null,
                        joined(value)).text();
                default -> {
                    // a column the service cannot filter on: not offered on the page
                }
            }
        }
        return new PledgeFilter(statuses, memberState, category, event, text, filter.readinessAtLeast(),
                filter.regionalGroup());
    }

    /** A filter value as text: several values (a multi-select) joined by commas. */
    private static String joined(Object value) {
        Stream<?> values;
        if (value instanceof Collection<?> collection) {
            values = collection.stream();
        } else if (value instanceof Object[] array) {
            values = Arrays.stream(array);
        } else {
            values = Stream.ofNullable(value);
        }
        String text = values.filter(Objects::nonNull)
                .map(v -> v instanceof Enum<?> constant ? constant.name() : v.toString())
                .collect(Collectors.joining(","));
        return text.isEmpty() ? null : text;
    }
}
