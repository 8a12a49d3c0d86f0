package org.peacekeeping.pledges.analysis;

import java.time.LocalDate;
import java.util.List;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.RegionalGroup;

/**
 * What became of each ministerial's pledges (SPEC §10): the funnel of the pledges announced at it or at one of its
 * preparatory meetings, from announced to deployed, in total, by category and by regional group, with the median
 * days from approval to deployment; the ministerials in the order they were held, so that they read side by side.
 * The same figures feed {@code GET /api/fulfilment}, the fulfilment page and the summary workbook's sheet.
 */
public record Fulfilment(List<Ministerial> ministerials) {

    public Fulfilment {
        ministerials = List.copyOf(ministerials);
    }

    /**
     * One ministerial's funnel.
     *
     * @param medianDaysToDeployment median of the days between approval and deployment of its deployed pledges
     *                               (deployed or since repatriated), or {@code null} when none deployed
     * @param deployedPersonnel      the personnel that actually deployed (as recorded at deployment, not as pledged)
     * @param deployedWomen          the women among them
     */
    public record Ministerial(String event, String name, LocalDate startDate, Funnel total,
                              List<ByCategory> byCategory, List<ByRegionalGroup> byRegionalGroup,
                              Double medianDaysToDeployment, long deployedPersonnel, long deployedWomen) {

        public Ministerial {
            byCategory = List.copyOf(byCategory);
            byRegionalGroup = List.copyOf(byRegionalGroup);
        }
    }

    public record ByCategory(Category category, Funnel funnel) {
    }

    public record ByRegionalGroup(RegionalGroup regionalGroup, Funnel funnel) {
    }

    /**
     * The steps of a funnel. Announced: the pledge left DRAFT (any status after it, as on the dashboard). Approved: it stands
     * approved now, or went on to deploy (approved, deployed or repatriated; a pledge that lapsed, was withdrawn,
     * rejected or reopened and not approved again is not). The readiness steps count approved pledges at that level
     * or higher; deployed counts those deployed or since repatriated. Every step is part of the step before it,
     * except deployed, which is part of approved whatever the pledge's readiness level.
     */
    public record Funnel(Step announced, Step approved, Step level2OrHigher, Step level3OrHigher,
                         Step rapidDeployment, Step deployed) {

        public static final Funnel EMPTY = new Funnel(Step.NONE, Step.NONE, Step.NONE, Step.NONE, Step.NONE,
                Step.NONE);

        /** The steps in funnel order, with their names as in the JSON. */
        public List<Step> steps() {
            return List.of(announced, approved, level2OrHigher, level3OrHigher, rapidDeployment, deployed);
        }

        Funnel plus(Funnel other) {
            return new Funnel(announced.plus(other.announced), approved.plus(other.approved),
                    level2OrHigher.plus(other.level2OrHigher), level3OrHigher.plus(other.level3OrHigher),
                    rapidDeployment.plus(other.rapidDeployment), deployed.plus(other.deployed));
        }
    }

    /** Pledges, units, pledged personnel and pledged women at one step. */
    public record Step(long pledges, long units, long personnel, long women) {

        public static final Step NONE = new Step(0, 0, 0, 0);

        Step plus(Step other) {
            return new Step(pledges + other.pledges, units + other.units, personnel + other.personnel,
                    women + other.women);
        }
    }

    /** The names of the steps, in funnel order, as {@link Funnel}'s components are called. */
    public static final List<String> STEP_NAMES = List.of("announced", "approved", "level2OrHigher",
            "level3OrHigher", "rapidDeployment", "deployed");
}
