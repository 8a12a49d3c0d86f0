package org.peacekeeping.pledges.pledge.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.peacekeeping.pledges.pledge.PledgeFilter;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.pledge.ReadinessLevel;
import org.peacekeeping.pledges.reference.Category;

/**
 * The pledge list's filters as its address carries them
 * ({@code ?event=&category=&status=&memberState=&q=&readinessAtLeast=&regionalGroup=}, the same parameters as
 * {@code GET /api/pledges} and the register download). Parsing is forgiving: a value that means nothing (an unknown
 * category, a malformed code) is dropped, never an error page; {@link #dropped} says which were, for a message.
 */
public record ListCriteria(String event, Category category, Set<PledgeStatus> statuses, String memberState,
                           String text, ReadinessLevel readinessAtLeast, PledgeFilter.Group regionalGroup) {

    /** Longest free text searched for: enough for any title, short enough to keep LIKE cheap. */
    static final int TEXT_MAX = 200;

    private static final Pattern EVENT = Pattern.compile("[A-Za-z0-9_-]{1,30}");
    private static final Pattern STATE = Pattern.compile("[A-Za-z]{3}");

    public static final ListCriteria NONE = new ListCriteria(null, null, Set.of(), null, null);

    public ListCriteria {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** Criteria on neither readiness nor regional group. */
    public ListCriteria(String event, Category category, Set<PledgeStatus> statuses, String memberState,
                        String text) {
        this(event, category, statuses, memberState, text, null, null);
    }

    /** Reads the address's parameters but readiness and regional group (see the full {@link #parse}). */
    public static ListCriteria parse(String event, String category, String status, String memberState, String text) {
        return parse(event, category, status, memberState, text, null, null);
    }

    /**
     * Reads the address's parameters; {@code status} may list several, comma-separated, in any case;
     * {@code readinessAtLeast} is a readiness level, {@code regionalGroup} a group or {@code NONE}, in any case.
     */
    public static ListCriteria parse(String event, String category, String status, String memberState, String text,
                                     String readinessAtLeast, String regionalGroup) {
        return new ListCriteria(
                clean(event).filter(e -> EVENT.matcher(e).matches()).map(e -> e.toUpperCase(Locale.ROOT)).orElse(null),
                clean(category).flatMap(c -> constant(Category.class, c)).orElse(null),
                statuses(status),
                clean(memberState).filter(m -> STATE.matcher(m).matches()).map(m -> m.toUpperCase(Locale.ROOT))
                        .orElse(null),
                clean(text).map(t -> t.length() > TEXT_MAX ? t.substring(0, TEXT_MAX) : t).orElse(null),
                clean(readinessAtLeast).flatMap(r -> constant(ReadinessLevel.class, r)).orElse(null),
                clean(regionalGroup).flatMap(PledgeFilter.Group::parse).orElse(null));
    }

    /**
     * The names of the readiness and regional-group parameters whose value (as given) means nothing and was
     * dropped, so that the page can say so rather than silently list more than was asked for.
     */
    public static List<String> dropped(String readinessAtLeast, String regionalGroup) {
        List<String> dropped = new ArrayList<>();
        if (clean(readinessAtLeast).isPresent()
                && clean(readinessAtLeast).flatMap(r -> constant(ReadinessLevel.class, r)).isEmpty()) {
            dropped.add("readinessAtLeast");
        }
        if (clean(regionalGroup).isPresent() && clean(regionalGroup).flatMap(PledgeFilter.Group::parse).isEmpty()) {
            dropped.add("regionalGroup");
        }
        return dropped;
    }

    /** The statuses of a comma-separated list; unknown names and DRAFT (which analysts never see) are dropped. */
    static Set<PledgeStatus> statuses(String list) {
        if (list == null) {
            return Set.of();
        }
        Set<PledgeStatus> statuses = EnumSet.noneOf(PledgeStatus.class);
        Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .flatMap(s -> constant(PledgeStatus.class, s).stream())
                .filter(s -> s != PledgeStatus.DRAFT)
                .forEach(statuses::add);
        return statuses;
    }

    public PledgeFilter filter() {
        return new PledgeFilter(statuses, memberState, category, event, text, readinessAtLeast, regionalGroup);
    }

    /** The statuses as the {@code status} parameter: names in lifecycle order, comma-separated; null for none. */
    public String statusParameter() {
        return statuses.isEmpty() ? null
                : statuses.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    /** The set parameters, URL-encoded, in a fixed order, without a leading {@code ?}; empty when none is set. */
    public String queryString() {
        List<String> parameters = new ArrayList<>();
        parameter(parameters, "event", event);
        parameter(parameters, "category", category == null ? null : category.name());
        parameter(parameters, "status", statusParameter());
        parameter(parameters, "memberState", memberState);
        parameter(parameters, "q", text);
        parameter(parameters, "readinessAtLeast", readinessAtLeast == null ? null : readinessAtLeast.name());
        parameter(parameters, "regionalGroup", regionalGroup == null ? null : regionalGroup.parameter());
        return String.join("&", parameters);
    }

    public boolean unfiltered() {
        return equals(NONE);
    }

    private static void parameter(List<String> parameters, String name, String value) {
        if (value != null) {
            parameters.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static Optional<String> clean(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(wanted)).findFirst();
    }
}
