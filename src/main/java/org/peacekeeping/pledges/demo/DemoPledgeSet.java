package org.peacekeeping.pledges.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;
import org.peacekeeping.pledges.pledge.Deployment;
import org.peacekeeping.pledges.pledge.LineItem;
import org.peacekeeping.pledges.pledge.LineKind;
import org.peacekeeping.pledges.pledge.Partner;
import org.peacekeeping.pledges.pledge.Personnel;
import org.peacekeeping.pledges.pledge.Pledge;
import org.peacekeeping.pledges.pledge.PledgeAction;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.pledge.ReadinessLevel;
import org.peacekeeping.pledges.pledge.SelfSustainment;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.PersonnelKind;
import org.peacekeeping.pledges.review.AssessmentType;

/**
 * Plans a realistic, deterministic synthetic pledge set: states, events, capability types, sizes, women's share and
 * the sequence of lifecycle steps that brings each pledge to its status. Plain Java (no database), so that its
 * promises (how many pledges, states, categories, statuses, events) are unit-tested; {@link DemoDataSeeder} plays
 * the steps through the real entity verbs.
 */
public final class DemoPledgeSet {

    /** Every synthetic pledge's description starts with this, so nobody mistakes it for a real commitment. */
    public static final String LABEL = "SYNTHETIC DEMONSTRATION DATA - not a real pledge by this member state.";

    /** A capability type as the generator needs it. */
    public record TypeInfo(String code, String name, Category category, int typicalPersonnel, PersonnelKind kind) {
    }

    /** An event as the generator needs it; {@code ministerial} the code of the one a preparatory meeting prepares. */
    public record EventInfo(String code, LocalDate pledgingOpens, LocalDate endDate, String ministerial) {

        public EventInfo(String code, LocalDate pledgingOpens, LocalDate endDate) {
            this(code, pledgingOpens, endDate, null);
        }

        /** The ministerial the event's pledges count towards: its own code for a ministerial. */
        public String ministerialCode() {
            return ministerial == null ? code : ministerial;
        }
    }

    /**
     * One lifecycle step: the action, when, by whom, with what comment, for assessments the new level, and for a
     * deployment where and with whom (for a repatriation, its date is the step's).
     */
    public record Step(PledgeAction action, Instant at, String actor, String comment, ReadinessLevel level,
                       AssessmentType assessmentType, Deployment deployment) {

        public Step(PledgeAction action, Instant at, String actor, String comment, ReadinessLevel level,
                    AssessmentType assessmentType) {
            this(action, at, actor, comment, level, assessmentType, null);
        }

        /** Takes this step on the pledge through its verb, as {@code actor} (the planned one, or a stand-in). */
        public void applyTo(Pledge pledge, String actor) {
            switch (action) {
                case SUBMIT -> pledge.submit(actor, at);
                case START_REVIEW -> pledge.startReview(actor, at);
                case RETURN -> pledge.returnForRevision(actor, at);
                case APPROVE -> pledge.approve(actor, at);
                case REJECT -> pledge.reject(actor, at);
                case REOPEN -> pledge.reopen(actor, at);
                case RENEW -> pledge.renew(actor, at);
                case WITHDRAW -> pledge.withdraw(actor, at);
                case LAPSE -> pledge.lapse(at);
                case ASSESS -> pledge.assessReadiness(level, actor, at);
                case DEPLOY -> pledge.deploy(deployment, actor, at);
                case REPATRIATE -> pledge.repatriate(date(at), comment, actor, at);
                default -> throw new IllegalStateException("The demo set plans no " + action);
            }
        }
    }

    /** One planned pledge; {@code partners} names the partner states of a joint pledge (empty for most). */
    public record Plan(String memberState, String eventCode, String typeCode, String title, String description,
                       int units, int personnel, int women, LocalDate availableFrom, Integer daysToDeploy,
                       Integer durationMonths, SelfSustainment selfSustainment, String caveats,
                       SortedSet<String> missions, Instant createdAt, String createdBy, List<Step> steps,
                       PledgeStatus finalStatus, List<LineItem> lines, List<Partner> partners) {

        public Plan {
            lines = lines == null ? List.of() : List.copyOf(lines);
            partners = partners == null ? List.of() : List.copyOf(partners);
        }

        /** A pledge of one state without detail lines. */
        public Plan(String memberState, String eventCode, String typeCode, String title, String description,
                    int units, int personnel, int women, LocalDate availableFrom, Integer daysToDeploy,
                    Integer durationMonths, SelfSustainment selfSustainment, String caveats,
                    SortedSet<String> missions, Instant createdAt, String createdBy, List<Step> steps,
                    PledgeStatus finalStatus) {
            this(memberState, eventCode, typeCode, title, description, units, personnel, women, availableFrom,
                    daysToDeploy, durationMonths, selfSustainment, caveats, missions, createdAt, createdBy, steps,
                    finalStatus, List.of(), List.of());
        }
    }

    /**
     * A joint pledge the demo shows (SPEC §9): the lead state, its type, status and title, its partners with their
     * parts, and its detail lines. Partners are demo states whose focal points can sign in (Ghana, Korea, Germany),
     * so that the demo shows a joint pledge from the partner's side too; never Japan or Pakistan, whose lists the
     * container tests expect to hold only their own pledges.
     */
    private record Joint(String lead, String typeCode, String eventCode, PledgeStatus status, String title,
                         List<Partner> partners, List<LineItem> lines) {
    }

    private static final List<Joint> JOINT = List.of(
            new Joint("DEU", "UTILITY_HELICOPTER_UNIT", "BERLIN-2025", PledgeStatus.APPROVED,
                    "Utility helicopter unit: German helicopters, Ghanaian aircrews",
                    List.of(new Partner("GHA", "provides the aircrews and ground handling")),
                    List.of(new LineItem(LineKind.MAJOR_EQUIPMENT, "Utility helicopter, medium lift", 4),
                            new LineItem(LineKind.MAJOR_EQUIPMENT, "Helicopter maintenance set", 1),
                            new LineItem(LineKind.SELF_SUSTAINMENT, "Catering", 1),
                            new LineItem(LineKind.SELF_SUSTAINMENT, "Accommodation", 1))),
            new Joint("NPL", "LEVEL_2_HOSPITAL", null, PledgeStatus.SUBMITTED,
                    "Level 2 hospital with a Korean surgical team (standing offer)",
                    List.of(new Partner("KOR", "provides the surgical team and the operating theatre equipment")),
                    List.of(new LineItem(LineKind.MAJOR_EQUIPMENT, "Field operating theatre", 2),
                            new LineItem(LineKind.MAJOR_EQUIPMENT, "Ambulance", 3),
                            new LineItem(LineKind.SELF_SUSTAINMENT, "Medical", 1))),
            new Joint("NLD", "ISR_UAS_UNIT", "BERLIN-2025", PledgeStatus.APPROVED,
                    "ISR/UAS unit with German imagery analysts and Ghanaian force protection",
                    List.of(new Partner("DEU", "provides the imagery analysts"),
                            new Partner("GHA", "provides force protection for the launch site")),
                    List.of(new LineItem(LineKind.MAJOR_EQUIPMENT, "Tactical unmanned aircraft system", 2),
                            new LineItem(LineKind.SELF_SUSTAINMENT, "Communications", 1))));

    static final Map<String, String> DEMO_FOCAL_POINTS = Map.of(
            "PAK", "fp.pakistan", "JPN", "fp.japan", "KOR", "fp.korea", "GHA", "fp.ghana", "DEU", "fp.germany");

    /** Contributing states, the five demo states first and repeated so their focal points see a full list. */
    private static final List<String> STATES = List.of(
            "PAK", "JPN", "KOR", "GHA", "DEU", "PAK", "GHA", "KOR",
            "BGD", "NPL", "IND", "RWA", "ETH", "EGY", "IDN", "CHN", "SEN", "MAR", "TZA", "ZMB", "FRA", "ITA",
            "ESP", "GBR", "NLD", "NOR", "SWE", "FIN", "IRL", "URY", "BRA", "ARG", "CHL", "MEX", "TUR", "JOR",
            "MNG", "KAZ", "FJI", "MYS", "THA", "VNM", "NGA", "KEN", "TCD", "TGO", "CAN", "AUS", "POL", "NZL");

    private static final List<String> ACTIVE_MISSIONS = List.of("MINUSCA", "MONUSCO", "UNMISS", "UNIFIL", "UNISFA",
            "UNDOF", "UNFICYP", "MINURSO");

    private static final List<String> RETURN_COMMENTS = List.of(
            "Please attach the table of organization and equipment and confirm the number of women.",
            "Days to deploy look optimistic for this capability; please confirm with your ministry.",
            "The self-sustainment categories are missing; please complete the self-sustainment lines.",
            "Please clarify the national caveats on night operations.");

    private static final List<String> REJECT_COMMENTS = List.of(
            "Duplicates a pledge already registered for the same unit.",
            "The capability does not match any current or projected requirement.",
            "The unit was not available within the pledging period.");

    private static final String[] CAVEATS = {null, null, null, "No deployment to areas above 3,000 m altitude.",
        "Night flying subject to national authorisation.", "Rotation every 12 months only.", null};

    /** How many pledges of each final status the set holds. */
    static final Map<PledgeStatus, Integer> STATUS_MIX = Map.of(
            PledgeStatus.DRAFT, 14, PledgeStatus.SUBMITTED, 18, PledgeStatus.UNDER_REVIEW, 14,
            PledgeStatus.RETURNED, 10, PledgeStatus.APPROVED, 96, PledgeStatus.REJECTED, 8,
            PledgeStatus.LAPSED, 10, PledgeStatus.WITHDRAWN, 12);

    private final List<TypeInfo> types;
    private final List<EventInfo> events;
    private final Instant now;
    private final Random random;

    public DemoPledgeSet(List<TypeInfo> types, List<EventInfo> events, Instant now, long seed) {
        if (types.isEmpty() || events.isEmpty()) {
            throw new IllegalArgumentException("The demo set needs capability types and events");
        }
        this.types = List.copyOf(types);
        this.events = List.copyOf(events);
        this.now = now;
        this.random = new Random(seed);
    }

    public List<Plan> plan() {
        List<PledgeStatus> statuses = new ArrayList<>();
        for (PledgeStatus status : PledgeStatus.values()) {
            statuses.addAll(Collections.nCopies(STATUS_MIX.getOrDefault(status, 0), status));
        }
        Collections.shuffle(statuses, random);
        List<Plan> plans = new ArrayList<>(statuses.size());
        for (int i = 0; i < statuses.size(); i++) {
            plans.add(planOne(i, statuses.get(i)));
        }
        for (Joint joint : JOINT) {
            jointPlan(joint).ifPresent(plans::add);
        }
        return plans;
    }

    /** A joint pledge's plan, when its type is among the types given (it is in the reference data). */
    private java.util.Optional<Plan> jointPlan(Joint joint) {
        java.util.Optional<TypeInfo> found = types.stream().filter(t -> t.code().equals(joint.typeCode()))
                .findFirst();
        if (found.isEmpty()) {
            return java.util.Optional.empty();
        }
        TypeInfo type = found.get();
        EventInfo event = events.stream().filter(e -> e.code().equals(joint.eventCode())).findFirst().orElse(null);
        boolean pending = joint.status() != PledgeStatus.APPROVED;
        Instant created = pending ? daysAgo(30 + random.nextInt(60))
                : event != null ? within(event.pledgingOpens(), event.endDate())
                : within(LocalDate.of(2024, 1, 1), today().minusMonths(14));
        int units = 1;
        int personnel = personnelFor(type, units);
        int women = (int) Math.round(personnel * womenShareFor(type.kind()));
        String actor = DEMO_FOCAL_POINTS.getOrDefault(joint.lead(), "fp." + joint.lead().toLowerCase(Locale.ROOT));
        String partners = String.join(" and ", joint.partners().stream().map(p -> p.memberState() + " ("
                + p.role() + ")").toList());
        String description = LABEL + " A joint pledge: " + type.name() + " led by " + joint.lead() + ", with "
                + partners + "; " + personnel + " personnel in all.";
        LocalDate availableFrom = date(created).plusMonths(6).withDayOfMonth(1);
        return java.util.Optional.of(new Plan(joint.lead(), event == null ? null : event.code(), type.code(),
                joint.title(), description, units, personnel, women, availableFrom, 60, 12,
                SelfSustainment.PARTIAL, null, new TreeSet<>(), created, actor, stepsTo(joint.status(), created,
                actor), joint.status(), joint.lines(), joint.partners()));
    }

    private Plan planOne(int index, PledgeStatus status) {
        String state = STATES.get(index % STATES.size());
        TypeInfo type = types.get((index * 7 + index / types.size()) % types.size());
        boolean pending = status == PledgeStatus.DRAFT || status == PledgeStatus.SUBMITTED
                || status == PledgeStatus.UNDER_REVIEW || status == PledgeStatus.RETURNED;
        // Pending pledges are recent, after every event's pledging window: standing offers.
        EventInfo event = pending ? null
                : (random.nextInt(6) == 0 ? null : events.get(random.nextInt(events.size())));
        Instant created = pending ? daysAgo(20 + random.nextInt(140))
                : event != null ? within(event.pledgingOpens(), event.endDate())
                : within(LocalDate.of(2023, 1, 1), today().minusMonths(14));
        if (status == PledgeStatus.LAPSED) {
            created = within(LocalDate.of(2021, 9, 1), today().minusMonths(20));
            event = eventBefore(created);
        }

        int units = unitsFor(type);
        int personnel = personnelFor(type, units);
        int women = (int) Math.round(personnel * womenShareFor(type.kind()));
        String actor = DEMO_FOCAL_POINTS.getOrDefault(state, "fp." + state.toLowerCase(Locale.ROOT));
        SortedSet<String> missions = new TreeSet<>();
        int missionCount = type.kind() == PersonnelKind.NOT_DEPLOYED ? 0 : random.nextInt(3);
        for (int m = 0; m < missionCount; m++) {
            missions.add(ACTIVE_MISSIONS.get(random.nextInt(ACTIVE_MISSIONS.size())));
        }
        String title = type.name() + (missions.isEmpty() ? "" : " for " + String.join(", ", missions))
                + (event == null ? " (standing offer)" : "");
        LocalDate availableFrom = created.atOffset(ZoneOffset.UTC).toLocalDate().plusMonths(3 + random.nextInt(9))
                .withDayOfMonth(1);
        Integer daysToDeploy = type.kind() == PersonnelKind.NOT_DEPLOYED ? null : List.of(30, 45, 60, 90, 120)
                .get(random.nextInt(5));
        Integer duration = type.kind() == PersonnelKind.NOT_DEPLOYED ? 6 : List.of(12, 12, 12, 24).get(random.nextInt(4));
        SelfSustainment sustainment = type.kind() == PersonnelKind.NOT_DEPLOYED ? SelfSustainment.NO
                : SelfSustainment.values()[random.nextInt(3)];
        String description = LABEL + " " + type.name() + " offered by " + state + ", "
                + (units > 1 ? units + " units, " : "") + personnel + " personnel.";

        List<Step> steps = stepsTo(status, created, actor);
        if (status == PledgeStatus.APPROVED && type.kind() != PersonnelKind.NOT_DEPLOYED && personnel > 0
                && random.nextDouble() < deploymentShare(event)) {
            status = deployed(steps, missions, personnel, women, duration);
        }
        return new Plan(state, event == null ? null : event.code(), type.code(), title, description, units,
                personnel, women, availableFrom, daysToDeploy, duration, sustainment,
                CAVEATS[random.nextInt(CAVEATS.length)], missions, created, actor, steps, status);
    }

    /**
     * How many approved pledges of an event's ministerial went on to deploy (SPEC §10's story): Seoul 2021's mostly,
     * Accra 2023's partly, Berlin 2025's barely; standing offers now and then.
     */
    private static double deploymentShare(EventInfo event) {
        if (event == null) {
            return 0.15;
        }
        return switch (event.ministerialCode()) {
            case "SEOUL-2021" -> 0.85;
            case "ACCRA-2023" -> 0.45;
            case "BERLIN-2025" -> 0.1;
            default -> 0.2;
        };
    }

    /**
     * Turns an approved pledge's steps into a deployment: 3 to 12 months after the (last) approval, once an assessment
     * raised it to at least level 2 (one is added before the deployment where none was), no renewal after it (a
     * deployed pledge needs none), and home again after its duration where that has passed (most of the time).
     *
     * @return the final status, or APPROVED where the deployment would fall after today
     */
    private PledgeStatus deployed(List<Step> steps, SortedSet<String> missions, int personnel, int women,
                                  Integer durationMonths) {
        int approval = -1;
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).action() == PledgeAction.APPROVE) {
                approval = i;
            }
        }
        Instant approvedAt = steps.get(approval).at();
        Instant deployedAt = approvedAt.plus(90 + random.nextInt(270), ChronoUnit.DAYS)
                .plus(random.nextInt(480), ChronoUnit.MINUTES);
        if (!deployedAt.isBefore(now.minus(2, ChronoUnit.DAYS))) {
            return PledgeStatus.APPROVED;
        }
        steps.removeIf(step -> !step.at().isBefore(deployedAt));
        boolean assessed = steps.stream().anyMatch(step -> step.action() == PledgeAction.ASSESS);
        if (!assessed) {
            ReadinessLevel level = random.nextBoolean() ? ReadinessLevel.LEVEL_2 : ReadinessLevel.LEVEL_3;
            Instant last = steps.get(steps.size() - 1).at();
            Instant visit = deployedAt.minus(10 + random.nextInt(20), ChronoUnit.DAYS);
            if (!visit.isAfter(last)) {
                visit = last.plus(java.time.Duration.between(last, deployedAt).dividedBy(2));
            }
            steps.add(new Step(PledgeAction.ASSESS, visit, "reviewer", "Synthetic pre-deployment visit.", level,
                    AssessmentType.PRE_DEPLOYMENT_VISIT));
        }
        List<String> choices = missions.isEmpty() ? ACTIVE_MISSIONS : List.copyOf(missions);
        String mission = choices.get(random.nextInt(choices.size()));
        int deployedPersonnel = Math.max(1, (int) Math.round(personnel * (0.85 + random.nextDouble() * 0.15)));
        int deployedWomen = Math.min(deployedPersonnel, (int) Math.round(deployedPersonnel
                * (women / (double) personnel) * (0.9 + random.nextDouble() * 0.3)));
        steps.add(new Step(PledgeAction.DEPLOY, deployedAt, "reviewer", "Synthetic deployment.", null, null,
                Deployment.of(mission, date(deployedAt), new Personnel(deployedPersonnel, deployedWomen),
                        "reviewer")));
        int months = durationMonths == null ? 12 : durationMonths;
        Instant homeAt = deployedAt.plus(months * 30L + random.nextInt(40), ChronoUnit.DAYS);
        if (homeAt.isBefore(now.minus(1, ChronoUnit.DAYS)) && random.nextInt(4) > 0) {
            steps.add(new Step(PledgeAction.REPATRIATE, homeAt, "reviewer",
                    "Synthetic repatriation: the unit rotated home at the end of its deployment.", null, null));
            return PledgeStatus.REPATRIATED;
        }
        return PledgeStatus.DEPLOYED;
    }

    private List<Step> stepsTo(PledgeStatus status, Instant created, String actor) {
        List<Step> steps = new ArrayList<>();
        Instant at = created;
        if (status == PledgeStatus.DRAFT) {
            return steps;
        }
        if (status == PledgeStatus.WITHDRAWN && random.nextInt(3) == 0) {
            steps.add(step(PledgeAction.WITHDRAW, at = later(at, 5), actor, null));
            return steps;
        }
        steps.add(step(PledgeAction.SUBMIT, at = later(at, 10), actor, null));
        if (status == PledgeStatus.SUBMITTED) {
            return steps;
        }
        if (status == PledgeStatus.WITHDRAWN && random.nextBoolean()) {
            steps.add(step(PledgeAction.WITHDRAW, later(at, 20), actor, null));
            return steps;
        }
        steps.add(step(PledgeAction.START_REVIEW, at = later(at, 8), "reviewer", null));
        boolean returnedOnce = status == PledgeStatus.RETURNED || random.nextInt(4) == 0;
        if (returnedOnce) {
            steps.add(step(PledgeAction.RETURN, at = later(at, 10), "reviewer",
                    RETURN_COMMENTS.get(random.nextInt(RETURN_COMMENTS.size()))));
            if (status == PledgeStatus.RETURNED) {
                return steps;
            }
            steps.add(step(PledgeAction.SUBMIT, at = later(at, 10), actor, null));
            steps.add(step(PledgeAction.START_REVIEW, at = later(at, 5), "reviewer", null));
        }
        if (status == PledgeStatus.UNDER_REVIEW) {
            return steps;
        }
        if (status == PledgeStatus.REJECTED) {
            steps.add(step(PledgeAction.REJECT, later(at, 15), "reviewer",
                    REJECT_COMMENTS.get(random.nextInt(REJECT_COMMENTS.size()))));
            return steps;
        }
        steps.add(step(PledgeAction.APPROVE, at = later(at, 15), "reviewer", null));
        LocalDate due = date(at).plusMonths(12);
        if (status == PledgeStatus.LAPSED) {
            steps.add(step(PledgeAction.LAPSE, due.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), "system",
                    null));
            return steps;
        }
        if (random.nextInt(10) == 0) {
            steps.add(step(PledgeAction.REOPEN, at = later(at, 20), "reviewer",
                    "Reopened to correct the personnel figures after the assessment visit."));
            steps.add(step(PledgeAction.APPROVE, at = later(at, 10), "reviewer", null));
            due = date(at).plusMonths(12);
        }
        int roll = random.nextInt(10);
        if (roll < 6) {
            ReadinessLevel level = roll < 3 ? ReadinessLevel.LEVEL_2 : roll < 5 ? ReadinessLevel.LEVEL_3
                    : ReadinessLevel.RAPID_DEPLOYMENT;
            AssessmentType type = switch (level) {
                case LEVEL_2 -> AssessmentType.ASSESSMENT_ADVISORY_VISIT;
                case LEVEL_3 -> AssessmentType.SURU_ALIGNMENT;
                default -> AssessmentType.RAPID_DEPLOYMENT_VERIFICATION;
            };
            at = later(at, 60);
            steps.add(new Step(PledgeAction.ASSESS, at, "reviewer", "Synthetic assessment.", level, type));
        }
        while (!due.isAfter(today())) {
            Instant renewal = due.minusDays(1 + random.nextInt(20)).atTime(10, 0).toInstant(ZoneOffset.UTC);
            if (renewal.isBefore(at)) {
                renewal = at.plus(1, ChronoUnit.HOURS);
            }
            steps.add(step(PledgeAction.RENEW, at = renewal, actor, null));
            due = date(at).plusMonths(6);
        }
        if (status == PledgeStatus.WITHDRAWN) {
            steps.add(step(PledgeAction.WITHDRAW, later(at, 30), actor,
                    "The unit has been committed to a national emergency response."));
        }
        return steps;
    }

    private Step step(PledgeAction action, Instant at, String actor, String comment) {
        return new Step(action, at, actor, comment, null, null);
    }

    private int unitsFor(TypeInfo type) {
        return switch (type.category()) {
            case INDIVIDUAL_POLICE -> 1;
            case TRAINING_CAPACITY_BUILDING -> type.typicalPersonnel() == 0 ? 10 + random.nextInt(31) : 1;
            case AVIATION -> 1 + random.nextInt(4);
            default -> type.kind() == PersonnelKind.STAFF_OFFICER_MILITARY_OBSERVER ? 1 : random.nextInt(5) == 0 ? 2 : 1;
        };
    }

    private int personnelFor(TypeInfo type, int units) {
        if (type.typicalPersonnel() == 0) {
            return 0;
        }
        int perUnit = type.category() == Category.AVIATION ? type.typicalPersonnel() / 2 : type.typicalPersonnel();
        double variation = 0.9 + random.nextDouble() * 0.2;
        return Math.max(1, (int) Math.round(perUnit * units * variation));
    }

    private double womenShareFor(PersonnelKind kind) {
        return switch (kind) {
            case CONTINGENT -> 0.04 + random.nextDouble() * 0.16;
            case STAFF_OFFICER_MILITARY_OBSERVER -> 0.12 + random.nextDouble() * 0.23;
            case FORMED_POLICE_UNIT -> 0.10 + random.nextDouble() * 0.18;
            case INDIVIDUAL_POLICE -> 0.20 + random.nextDouble() * 0.20;
            case NOT_DEPLOYED -> 0.2;
        };
    }

    private EventInfo eventBefore(Instant created) {
        LocalDate day = date(created);
        return events.stream().filter(e -> !e.pledgingOpens().isAfter(day) && !e.endDate().isBefore(day.minusMonths(6)))
                .findFirst().orElse(null);
    }

    private Instant within(LocalDate from, LocalDate to) {
        long days = Math.max(1, ChronoUnit.DAYS.between(from, to));
        return from.plusDays(random.nextInt((int) days)).atTime(8 + random.nextInt(9), random.nextInt(60))
                .toInstant(ZoneOffset.UTC);
    }

    private Instant later(Instant at, int maxDays) {
        Instant next = at.plus(1 + random.nextInt(maxDays), ChronoUnit.DAYS).plus(random.nextInt(480),
                ChronoUnit.MINUTES);
        Instant latest = now.minus(1, ChronoUnit.HOURS);
        return next.isBefore(latest) ? next : max(at.plus(1, ChronoUnit.MINUTES), latest.minus(1, ChronoUnit.MINUTES));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private Instant daysAgo(int days) {
        return now.minus(days, ChronoUnit.DAYS);
    }

    private LocalDate today() {
        return date(now);
    }

    private static LocalDate date(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
