package org.peacekeeping.pledges.savedlist;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.Problem.FieldError;
import org.peacekeeping.pledges.pledge.PledgeFilter;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.pledge.web.ListCriteria;

/**
 * The filters of a saved list, checked strictly: the list page reads its address forgivingly (a value that means
 * nothing is dropped), but what a user saves must mean what it says, so a parameter the page does not read, or a
 * value its parsing ({@link ListCriteria#parse}) would drop, is refused with the parameter named
 * ({@code filter.status}, ...). Kept and compared as the page's canonical query string ({@link #query()}).
 */
public record SavedFilter(ListPage page, ListCriteria criteria) {

    /** Longest text searched for, as the list pages take it. */
    public static final int TEXT_MAX = 200;

    public SavedFilter {
        if (page == null || criteria == null) {
            throw new IllegalArgumentException("A saved filter has a page and criteria");
        }
    }

    /**
     * The filters given as parameter names and values (the API's {@code filter} object, a page's current filters);
     * blank values mean "any".
     *
     * @throws InvalidInputException naming each parameter that is unknown to the page or has a value it cannot use
     */
    public static SavedFilter of(ListPage page, Map<String, String> parameters) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> given = new LinkedHashMap<>();
        (parameters == null ? Map.<String, String>of() : parameters).forEach((name, value) -> {
            if (!page.parameters().contains(name)) {
                errors.add(new FieldError("filter." + name, "is not a filter of this list; it takes "
                        + new TreeSet<>(page.parameters())));
            } else if (value != null && !value.isBlank()) {
                given.put(name, value.strip());
            }
        });
        String event = given.get("event");
        String category = given.get("category");
        String status = given.get("status");
        String memberState = given.get("memberState");
        String text = given.get("q");
        ListCriteria parsed = ListCriteria.parse(event, category, null, memberState, text);
        if (event != null && parsed.event() == null) {
            errors.add(new FieldError("filter.event", "must be an event code such as BERLIN-2025"));
        }
        if (category != null && parsed.category() == null) {
            errors.add(new FieldError("filter.category", "must be a category such as MEDICAL"));
        }
        if (memberState != null && parsed.memberState() == null) {
            errors.add(new FieldError("filter.memberState", "must be a member state's alpha-3 code such as PAK"));
        }
        if (text != null && (text.length() > TEXT_MAX || text.chars().anyMatch(Character::isISOControl))) {
            errors.add(new FieldError("filter.q", "must be at most " + TEXT_MAX + " characters on one line"));
        }
        Set<PledgeStatus> statuses = statuses(page, status, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("These filters cannot be saved for this list", errors);
        }
        return new SavedFilter(page, new ListCriteria(parsed.event(), parsed.category(), statuses,
                parsed.memberState(), text));
    }

    /** The filters of a stored query string ({@link #query()}), checked again as when they were saved. */
    public static SavedFilter ofQuery(ListPage page, String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query != null && !query.isBlank()) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                if (parameters.putIfAbsent(name, value) != null) {
                    throw InvalidInputException.field("filter." + name, "is given more than once");
                }
            }
        }
        return of(page, parameters);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("filter", "is not a well-formed query string");
        }
    }

    private static Set<PledgeStatus> statuses(ListPage page, String list, List<FieldError> errors) {
        if (list == null) {
            return Set.of();
        }
        Set<PledgeStatus> statuses = EnumSet.noneOf(PledgeStatus.class);
        for (String name : list.split(",")) {
            String wanted = name.strip().toUpperCase(Locale.ROOT);
            PledgeStatus status = Arrays.stream(PledgeStatus.values()).filter(s -> s.name().equals(wanted))
                    .findFirst().filter(page.statuses()::contains).orElse(null);
            if (status == null) {
                errors.add(new FieldError("filter.status", "must be " + (page.severalStatuses() ? "some of " : "one of ")
                        + new TreeSet<>(page.statuses())));
                return Set.of();
            }
            statuses.add(status);
        }
        if (statuses.size() > 1 && !page.severalStatuses()) {
            errors.add(new FieldError("filter.status", "this list filters on one status at a time"));
        }
        return statuses;
    }

    /** The canonical query string: the set parameters, URL-encoded, in a fixed order; empty when none is set. */
    public String query() {
        return criteria.queryString();
    }

    /** The set parameters by name, in the query's order. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "event", criteria.event());
        put(parameters, "category", criteria.category() == null ? null : criteria.category().name());
        put(parameters, "status", criteria.statusParameter());
        put(parameters, "memberState", criteria.memberState());
        put(parameters, "q", criteria.text());
        return parameters;
    }

    /** The page's address with these filters, relative to the application's root. */
    public String address() {
        String query = query();
        return query.isEmpty() ? page.path() : page.path() + "?" + query;
    }

    /** What the list shows with these filters: the queue without a status shows both of its statuses. */
    public PledgeFilter pledgeFilter() {
        PledgeFilter filter = criteria.filter();
        if (page == ListPage.REVIEW_QUEUE && filter.statuses().isEmpty()) {
            return new PledgeFilter(page.statuses(), filter.memberState(), filter.category(), filter.event(),
                    filter.text());
        }
        return filter;
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }
}
