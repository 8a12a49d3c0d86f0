package org.peacekeeping.pledges.report;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.PersonnelKind;
import org.peacekeeping.pledges.reference.RegionalGroup;
import org.peacekeeping.pledges.report.ReportRepository.Cell;
import org.peacekeeping.pledges.report.SummaryFigures.ByCategoryAndGroup;
import org.peacekeeping.pledges.report.SummaryFigures.ByEvent;
import org.peacekeeping.pledges.report.SummaryFigures.ByKind;
import org.peacekeeping.pledges.report.SummaryFigures.ByState;
import org.peacekeeping.pledges.report.SummaryFigures.ByStatus;
import org.peacekeeping.pledges.report.SummaryFigures.ByType;
import org.peacekeeping.pledges.report.SummaryFigures.Figures;
import org.peacekeeping.pledges.report.SummaryFigures.Totals;

/**
 * The summary's breakdowns added up from the database's cells ({@link ReportRepository#cells}) and the reference
 * data that names and groups them: totals, by status, by event (in date order, pledges without an event last), by
 * category and regional group, by member state (by English name), by kind of personnel and by capability type (in
 * the taxonomy's order). "States" counts distinct member states.
 */
final class SummaryAggregates {

    /** A member state as the summary names and groups it. */
    record State(String code, String name, RegionalGroup group) {
    }

    /** A capability type as the summary names, groups and orders it. */
    record Type(String code, String name, Category category, PersonnelKind kind, int sortOrder) {
    }

    /** An event as the summary names and orders it. */
    record Event(String code, String name, LocalDate startDate) {
    }

    private final List<Cell> cells;
    private final Map<String, State> states;
    private final Map<String, Type> types;
    private final Map<String, Event> events;

    SummaryAggregates(List<Cell> cells, List<State> states, List<Type> types, List<Event> events) {
        this.cells = List.copyOf(cells);
        this.states = index(states, State::code);
        this.types = index(types, Type::code);
        this.events = index(events, Event::code);
    }

    Totals totals() {
        Tally all = new Tally();
        long synthetic = 0;
        for (Cell cell : cells) {
            all.add(cell);
            synthetic += cell.synthetic() ? cell.figures().pledges() : 0;
        }
        return new Totals(all.figures, all.states.size(), synthetic);
    }

    List<ByStatus> byStatus() {
        Map<PledgeStatus, Tally> tallies = new EnumMap<>(PledgeStatus.class);
        cells.forEach(cell -> tallies.computeIfAbsent(cell.status(), s -> new Tally()).add(cell));
        return tallies.entrySet().stream()
                .map(e -> new ByStatus(e.getKey(), e.getValue().figures, e.getValue().states.size())).toList();
    }

    List<ByEvent> byEvent() {
        Map<String, Tally> tallies = new HashMap<>();
        cells.forEach(cell -> tallies.computeIfAbsent(cell.event() == null ? "" : cell.event(), e -> new Tally())
                .add(cell));
        Comparator<String> order = Comparator.comparing((String code) -> code.isEmpty())
                .thenComparing(code -> event(code).startDate(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Function.identity());
        return tallies.keySet().stream().sorted(order)
                .map(code -> new ByEvent(code.isEmpty() ? null : code, code.isEmpty() ? null : event(code).name(),
                        tallies.get(code).figures, tallies.get(code).states.size()))
                .toList();
    }

    List<ByCategoryAndGroup> byCategoryAndGroup() {
        Map<Category, Map<RegionalGroup, Figures>> sums = new EnumMap<>(Category.class);
        Map<Category, Figures> noGroup = new EnumMap<>(Category.class);
        for (Cell cell : cells) {
            RegionalGroup group = state(cell.memberState()).group();
            if (group == null) {
                noGroup.merge(cell.category(), cell.figures(), Figures::plus);
            } else {
                sums.computeIfAbsent(cell.category(), c -> new EnumMap<>(RegionalGroup.class))
                        .merge(group, cell.figures(), Figures::plus);
            }
        }
        List<ByCategoryAndGroup> rows = new ArrayList<>();
        for (Category category : Category.values()) {
            sums.getOrDefault(category, Map.of()).forEach((group, figures) ->
                    rows.add(new ByCategoryAndGroup(category, group, figures)));
            if (noGroup.containsKey(category)) {
                rows.add(new ByCategoryAndGroup(category, null, noGroup.get(category)));
            }
        }
        return rows;
    }

    List<ByState> byState() {
        Map<String, Figures> sums = new HashMap<>();
        Map<String, Long> approved = new HashMap<>();
        for (Cell cell : cells) {
            sums.merge(cell.memberState(), cell.figures(), Figures::plus);
            if (cell.status() == PledgeStatus.APPROVED) {
                approved.merge(cell.memberState(), cell.figures().pledges(), Long::sum);
            }
        }
        Collator english = Collator.getInstance(Locale.ENGLISH);
        return sums.keySet().stream()
                .map(this::state)
                .sorted(Comparator.comparing(State::name, english).thenComparing(State::code))
                .map(state -> new ByState(state.code(), state.name(), state.group(), sums.get(state.code()),
                        approved.getOrDefault(state.code(), 0L)))
                .toList();
    }

    List<ByKind> byPersonnelKind() {
        Map<PersonnelKind, Figures> sums = new EnumMap<>(PersonnelKind.class);
        cells.forEach(cell -> sums.merge(type(cell.capabilityType()).kind(), cell.figures(), Figures::plus));
        return sums.entrySet().stream().map(e -> new ByKind(e.getKey(), e.getValue())).toList();
    }

    List<ByType> byCapabilityType() {
        Map<String, Figures> sums = new TreeMap<>();
        cells.forEach(cell -> sums.merge(cell.capabilityType(), cell.figures(), Figures::plus));
        return sums.keySet().stream()
                .map(this::type)
                .sorted(Comparator.comparingInt(Type::sortOrder).thenComparing(Type::code))
                .map(type -> new ByType(type.code(), type.name(), type.category(), type.kind(),
                        sums.get(type.code())))
                .toList();
    }

    private State state(String code) {
        return states.getOrDefault(code, new State(code, code, null));
    }

    private Type type(String code) {
        return Objects.requireNonNull(types.get(code), () -> "Unknown capability type " + code);
    }

    private Event event(String code) {
        return events.getOrDefault(code, new Event(code, code, null));
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> index = new LinkedHashMap<>();
        items.forEach(item -> index.put(key.apply(item), item));
        return index;
    }

    /** Figures added up, and the distinct member states they came from. */
    private static final class Tally {

        private Figures figures = Figures.NONE;
        private final Set<String> states = new HashSet<>();

        void add(Cell cell) {
            figures = figures.plus(cell.figures());
            states.add(cell.memberState());
        }
    }
}
