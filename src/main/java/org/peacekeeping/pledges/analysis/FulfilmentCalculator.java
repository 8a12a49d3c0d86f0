package org.peacekeeping.pledges.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.pledge.ReadinessLevel;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.RegionalGroup;

/**
 * Adds up the fulfilment funnels (SPEC §10) from the grouped rows of {@link FigureQueries#fulfilmentCells}: plain
 * Java, no database, so that every step's rule is unit-tested. Which status counts where is said once, here.
 */
public final class FulfilmentCalculator {

    /** The statuses of a pledge that stands approved or went on to deploy (as every other figure counts them). */
    static final Set<String> APPROVED_OR_LATER = PledgeStatus.APPROVED_OR_LATER.stream().map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());
    /** The statuses of a pledge whose unit deployed (and may since have come home). */
    static final Set<String> DEPLOYED = Set.of(PledgeStatus.DEPLOYED.name(), PledgeStatus.REPATRIATED.name());

    private FulfilmentCalculator() {
    }

    /** One group of announced pledges: same event, category, state, status and readiness level. */
    public record Cell(String event, Category category, String memberState, String status, ReadinessLevel level,
                       long pledges, long units, long personnel, long women) {
    }

    /** A ministerial, with the codes of the events whose pledges count towards it (its own and its meetings'). */
    public record Ministerial(String code, String name, java.time.LocalDate startDate, Set<String> events) {
    }

    /** What was recorded when some pledges deployed (per event, or added up per ministerial). */
    public record Deployments(List<Long> daysFromApproval, long personnel, long women) {

        public static final Deployments NONE = new Deployments(List.of(), 0, 0);

        Deployments plus(Deployments other) {
            List<Long> days = new ArrayList<>(daysFromApproval);
            days.addAll(other.daysFromApproval);
            return new Deployments(days, personnel + other.personnel, women + other.women);
        }
    }

    /**
     * The funnels of {@code ministerials} (in the order given), from {@code cells}; {@code groups} gives each member
     * state's regional group, {@code deployments} what was recorded per event code.
     */
    public static Fulfilment fulfilment(List<Ministerial> ministerials, List<Cell> cells,
                                        Map<String, RegionalGroup> groups, Map<String, Deployments> deployments) {
        Map<String, String> ministerialOfEvent = new HashMap<>();
        for (Ministerial ministerial : ministerials) {
            ministerial.events().forEach(event -> ministerialOfEvent.put(event, ministerial.code()));
        }
        Map<String, Deployments> deployedPerMinisterial = new HashMap<>();
        deployments.forEach((event, deployed) -> {
            String ministerial = ministerialOfEvent.get(event);
            if (ministerial != null) {
                deployedPerMinisterial.merge(ministerial, deployed, Deployments::plus);
            }
        });
        Map<String, Fulfilment.Funnel> totals = new HashMap<>();
        Map<String, Map<Category, Fulfilment.Funnel>> byCategory = new HashMap<>();
        Map<String, Map<RegionalGroup, Fulfilment.Funnel>> byGroup = new HashMap<>();
        for (Cell cell : cells) {
            String ministerial = ministerialOfEvent.get(cell.event());
            if (ministerial == null) {
                continue;
            }
            Fulfilment.Funnel funnel = funnel(cell);
            totals.merge(ministerial, funnel, Fulfilment.Funnel::plus);
            byCategory.computeIfAbsent(ministerial, code -> new EnumMap<>(Category.class))
                    .merge(cell.category(), funnel, Fulfilment.Funnel::plus);
            // A state in no regional group (Kiribati) counts under null, so that the groups add up to the total.
            byGroup.computeIfAbsent(ministerial, code -> new HashMap<>())
                    .merge(groups.get(cell.memberState()), funnel, Fulfilment.Funnel::plus);
        }
        List<Fulfilment.Ministerial> result = new ArrayList<>();
        for (Ministerial ministerial : ministerials) {
            String code = ministerial.code();
            Map<Category, Fulfilment.Funnel> categories = byCategory.getOrDefault(code, Map.of());
            Map<RegionalGroup, Fulfilment.Funnel> regional = byGroup.getOrDefault(code, Map.of());
            Deployments deployed = deployedPerMinisterial.getOrDefault(code, Deployments.NONE);
            result.add(new Fulfilment.Ministerial(code, ministerial.name(), ministerial.startDate(),
                    totals.getOrDefault(code, Fulfilment.Funnel.EMPTY),
                    Arrays.stream(Category.values()).filter(categories::containsKey)
                            .map(category -> new Fulfilment.ByCategory(category, categories.get(category))).toList(),
                    Stream.concat(Arrays.stream(RegionalGroup.values()), Stream.of((RegionalGroup) null))
                            .filter(regional::containsKey)
                            .map(group -> new Fulfilment.ByRegionalGroup(group, regional.get(group))).toList(),
                    median(deployed.daysFromApproval()), deployed.personnel(), deployed.women()));
        }
        return new Fulfilment(result);
    }

    /** The funnel of one cell: its figures at every step it reaches, nothing at the others. */
    static Fulfilment.Funnel funnel(Cell cell) {
        Fulfilment.Step figures = new Fulfilment.Step(cell.pledges(), cell.units(), cell.personnel(), cell.women());
        boolean approved = APPROVED_OR_LATER.contains(cell.status());
        return new Fulfilment.Funnel(figures,
                approved ? figures : Fulfilment.Step.NONE,
                approved && cell.level().atLeast(ReadinessLevel.LEVEL_2) ? figures : Fulfilment.Step.NONE,
                approved && cell.level().atLeast(ReadinessLevel.LEVEL_3) ? figures : Fulfilment.Step.NONE,
                approved && cell.level() == ReadinessLevel.RAPID_DEPLOYMENT ? figures : Fulfilment.Step.NONE,
                DEPLOYED.contains(cell.status()) ? figures : Fulfilment.Step.NONE);
    }

    /** The median of whole days (the mean of the middle two for an even count), or null for none. */
    static Double median(List<Long> days) {
        if (days.isEmpty()) {
            return null;
        }
        long[] sorted = days.stream().mapToLong(Long::longValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? (double) sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
