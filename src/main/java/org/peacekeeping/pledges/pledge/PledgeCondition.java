package org.peacekeeping.pledges.pledge;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.peacekeeping.pledges.reference.PledgingEvent;
import org.peacekeeping.pledges.reference.RegionalGroup;

/**
 * Which pledges a list holds, as JPQL conditions on {@code Pledge p} and the parameters they name: the one filter
 * from which a list's page, its count and the register are read, so that they always agree. Every condition is on
 * the pledge's own columns (the state, type and event by their foreign keys; an event's preparatory meetings in a
 * sub-query), so the database answers from the pledge table's indexes without joining the reference tables.
 *
 * @param conditions what every listed pledge meets, all of them
 * @param parameters the values of the named parameters, in the order they appear
 */
record PledgeCondition(List<String> conditions, Map<String, Object> parameters) {

    PledgeCondition {
        conditions = List.copyOf(conditions);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * The condition of a filter within a scope: a focal point's state ({@code ownState}, null for every state), and
     * everything but drafts ({@code excludeDrafts}).
     */
    static PledgeCondition of(PledgeFilter filter, String ownState, boolean excludeDrafts) {
        return of(filter, ownState, List.of(), excludeDrafts);
    }

    /**
     * The condition of a filter within a scope, where the focal point's state is also a partner of the joint pledges
     * {@code partnerOf} (their ids): a focal point lists its state's pledges and those, the visibility rule of
     * {@link PledgeService#visibleTo} as a condition. The ids are read first (a state is a partner of few pledges),
     * so that PostgreSQL still answers from the state's index, adding those rows by their primary key.
     */
    static PledgeCondition of(PledgeFilter filter, String ownState, List<Long> partnerOf, boolean excludeDrafts) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>();
        if (ownState != null && partnerOf.isEmpty()) {
            conditions.add("p.memberStateCode = :ownState");
            parameters.put("ownState", ownState);
        } else if (ownState != null) {
            conditions.add("(p.memberStateCode = :ownState OR p.id IN :partnerOf)");
            parameters.put("ownState", ownState);
            parameters.put("partnerOf", List.copyOf(partnerOf));
        }
        if (excludeDrafts) {
            conditions.add("p.status <> :draft");
            parameters.put("draft", PledgeStatus.DRAFT);
        }
        if (!filter.statuses().isEmpty()) {
            // SQL literals, not parameters (EclipseLink binds even JPQL's literals; these are an enum's constant
            // names): so PostgreSQL's plan for the reviewers' queue, submitted and under review, can use the index
            // kept for it alone (V12).
            conditions.add(filter.statuses().stream().map(status -> "''" + status.name() + "''").sorted()
                    .collect(Collectors.joining(", ", "SQL('? IN (", ")', p.status)")));
        }
        if (filter.memberState() != null) {
            conditions.add("p.memberStateCode = :memberState");
            parameters.put("memberState", filter.memberState());
        }
        if (filter.category() != null) {
            conditions.add("p.category = :category");
            parameters.put("category", filter.category());
        }
        if (filter.event() != null) {
            conditions.add(PledgingEvent.jpqlIncludedIn("p.eventCode", "event"));
            parameters.put("event", filter.event());
        }
        if (filter.readinessAtLeast() != null) {
            // The levels at or above the lowest, as the fulfilment funnel counts its readiness steps.
            conditions.add("p.readinessLevel IN :readiness");
            parameters.put("readiness", Arrays.stream(ReadinessLevel.values())
                    .filter(level -> level.atLeast(filter.readinessAtLeast())).toList());
        }
        if (filter.regionalGroup() != null) {
            // The pledge's own member state (a joint pledge's lead), by its foreign key, as the figures group it.
            RegionalGroup group = filter.regionalGroup().regionalGroup();
            conditions.add("p.memberStateCode IN (SELECT m.iso3 FROM MemberState m WHERE m.regionalGroup "
                    + (group == null ? "IS NULL)" : "= :regionalGroup)"));
            if (group != null) {
                parameters.put("regionalGroup", group);
            }
        }
        if (filter.text() != null) {
            conditions.add("(LOWER(p.reference) LIKE :text ESCAPE '!' OR LOWER(p.title) LIKE :text ESCAPE '!'"
                    + " OR LOWER(p.description) LIKE :text ESCAPE '!')");
            parameters.put("text", "%" + likeEscaped(filter.text().toLowerCase(Locale.ROOT)) + "%");
        }
        return new PledgeCondition(conditions, parameters);
    }

    /** The conditions as a JPQL {@code WHERE} clause with a leading space, or nothing when there are none. */
    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Sets this condition's parameters on a query whose text includes {@link #where}. */
    <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
