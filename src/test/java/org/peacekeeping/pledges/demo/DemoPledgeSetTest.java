package org.peacekeeping.pledges.demo;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.demo.DemoPledgeSet.EventInfo;
import org.peacekeeping.pledges.demo.DemoPledgeSet.Plan;
import org.peacekeeping.pledges.demo.DemoPledgeSet.Step;
import org.peacekeeping.pledges.demo.DemoPledgeSet.TypeInfo;
import org.peacekeeping.pledges.pledge.Fixtures;
import org.peacekeeping.pledges.pledge.Personnel;
import org.peacekeeping.pledges.pledge.Pledge;
import org.peacekeeping.pledges.pledge.PledgeAction;
import org.peacekeeping.pledges.pledge.PledgeDetails;
import org.peacekeeping.pledges.pledge.PledgeLifecycle;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.pledge.ReadinessLevel;
import org.peacekeeping.pledges.reference.CapabilityType;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.PersonnelKind;
import org.peacekeeping.pledges.reference.PledgingEvent;

/**
 * The synthetic pledge set keeps its promises: enough pledges, states, categories, statuses and events, every one
 * labelled, plausible and reachable through the lifecycle. Types and events are those of
 * {@code sql/V3__reference_data.sql}, in the order {@link DemoDataSeeder} passes them (types by code, events by
 * start date).
 */
class DemoPledgeSetTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final long SEED = 20250513L;

    private static final List<TypeInfo> TYPES = List.of(
            type("INFANTRY_BATTALION", "Infantry battalion", Category.MILITARY_UNIT, 850, PersonnelKind.CONTINGENT),
            type("QRF_COMPANY", "Quick reaction force company", Category.MILITARY_UNIT, 250, PersonnelKind.CONTINGENT),
            type("RECONNAISSANCE_COMPANY", "Reconnaissance company", Category.MILITARY_UNIT, 190, PersonnelKind.CONTINGENT),
            type("SIGNALS_COMPANY", "Signals company", Category.MILITARY_UNIT, 150, PersonnelKind.CONTINGENT),
            type("TRANSPORT_COMPANY", "Transport company", Category.MILITARY_UNIT, 160, PersonnelKind.CONTINGENT),
            type("STAFF_OFFICERS", "Staff officers", Category.MILITARY_UNIT, 10,
                    PersonnelKind.STAFF_OFFICER_MILITARY_OBSERVER),
            type("MILITARY_OBSERVERS", "Military observers", Category.MILITARY_UNIT, 10,
                    PersonnelKind.STAFF_OFFICER_MILITARY_OBSERVER),
            type("FORMED_POLICE_UNIT", "Formed police unit", Category.FORMED_POLICE_UNIT, 140,
                    PersonnelKind.FORMED_POLICE_UNIT),
            type("SPECIALIZED_POLICE_TEAM", "Specialized police team", Category.FORMED_POLICE_UNIT, 12,
                    PersonnelKind.FORMED_POLICE_UNIT),
            type("INDIVIDUAL_POLICE_OFFICERS", "Individual police officers", Category.INDIVIDUAL_POLICE, 20,
                    PersonnelKind.INDIVIDUAL_POLICE),
            type("LEVEL_1_HOSPITAL", "Level 1 hospital", Category.MEDICAL, 11, PersonnelKind.CONTINGENT),
            type("LEVEL_2_HOSPITAL", "Level 2 hospital", Category.MEDICAL, 57, PersonnelKind.CONTINGENT),
            type("LEVEL_3_HOSPITAL", "Level 3 hospital", Category.MEDICAL, 90, PersonnelKind.CONTINGENT),
            type("AEROMEDICAL_EVACUATION_TEAM", "Aeromedical evacuation team", Category.MEDICAL, 6,
                    PersonnelKind.CONTINGENT),
            type("EOD_COMPANY", "EOD company", Category.C_IED, 110, PersonnelKind.CONTINGENT),
            type("SEARCH_DETECT_TEAM", "Search-and-detect team", Category.C_IED, 15, PersonnelKind.CONTINGENT),
            type("ISR_UAS_UNIT", "ISR/UAS unit", Category.TECHNOLOGY, 70, PersonnelKind.CONTINGENT),
            type("CAMP_SECURITY_TECHNOLOGY", "Camp security technology", Category.TECHNOLOGY, 8,
                    PersonnelKind.CONTINGENT),
            type("ENGINEER_COMPANY", "Engineer company", Category.ENGINEERING, 180, PersonnelKind.CONTINGENT),
            type("UTILITY_HELICOPTER_UNIT", "Utility helicopter unit", Category.AVIATION, 120, PersonnelKind.CONTINGENT),
            type("ARMED_HELICOPTER_UNIT", "Armed helicopter unit", Category.AVIATION, 140, PersonnelKind.CONTINGENT),
            type("CARGO_AIRCRAFT", "Cargo aircraft", Category.AVIATION, 40, PersonnelKind.CONTINGENT),
            type("TRAINING_COURSE_SEATS", "Training course seats", Category.TRAINING_CAPACITY_BUILDING, 0,
                    PersonnelKind.NOT_DEPLOYED),
            type("MOBILE_TRAINING_TEAM", "Mobile training team", Category.TRAINING_CAPACITY_BUILDING, 8,
                    PersonnelKind.NOT_DEPLOYED),
            type("ENGAGEMENT_PLATOON", "Engagement platoon", Category.WOMEN_PEACE_SECURITY, 30, PersonnelKind.CONTINGENT),
            type("WOMEN_PROTECTION_ADVISERS", "Women's protection advisers", Category.WOMEN_PEACE_SECURITY, 4,
                    PersonnelKind.STAFF_OFFICER_MILITARY_OBSERVER),
            type("OTHER_CAPABILITY", "Other capability", Category.OTHER, 0, PersonnelKind.CONTINGENT))
            .stream().sorted(Comparator.comparing(TypeInfo::code)).toList();

    /** The five events with their pledging opening and end dates, by start date. */
    private static final List<EventInfo> EVENTS = List.of(
            new EventInfo("SEOUL-2021", LocalDate.of(2021, 6, 1), LocalDate.of(2021, 12, 8)),
            new EventInfo("ISLAMABAD-2023", LocalDate.of(2023, 5, 1), LocalDate.of(2023, 8, 31), "ACCRA-2023"),
            new EventInfo("ACCRA-2023", LocalDate.of(2023, 5, 1), LocalDate.of(2023, 12, 6)),
            new EventInfo("ISLAMABAD-2025", LocalDate.of(2024, 12, 1), LocalDate.of(2025, 4, 16), "BERLIN-2025"),
            new EventInfo("BERLIN-2025", LocalDate.of(2024, 10, 1), LocalDate.of(2025, 5, 14)));

    private static List<Plan> plans;

    private static TypeInfo type(String code, String name, Category category, int typical, PersonnelKind kind) {
        return new TypeInfo(code, name, category, typical, kind);
    }

    @BeforeAll
    static void plan() {
        plans = new DemoPledgeSet(TYPES, EVENTS, NOW, SEED).plan();
    }

    /** The role a planned actor stands for: the demo reviewer, the scheduled job, or a state's focal point. */
    private static Role roleOf(String actor) {
        return switch (actor) {
            case "reviewer" -> Role.REVIEWER;
            case "system" -> Role.SYSTEM;
            default -> Role.FOCAL_POINT;
        };
    }

    // ------------------------------------------------------------------------------------------- size and spread

    @Test
    void theSetHoldsAtLeast150Pledges() {
        assertTrue(plans.size() >= 150, "plans: " + plans.size());
    }

    @Test
    void theSetSpansAtLeast30MemberStates() {
        long states = plans.stream().map(Plan::memberState).distinct().count();
        assertTrue(states >= 30, "member states: " + states);
    }

    @Test
    void theFiveDemoStatesArePresent() {
        Set<String> states = plans.stream().map(Plan::memberState).collect(Collectors.toSet());
        assertTrue(states.containsAll(Set.of("PAK", "JPN", "KOR", "GHA", "DEU")), states.toString());
    }

    @Test
    void everyCategoryIsRepresented() {
        Map<String, Category> categories = TYPES.stream().collect(Collectors.toMap(TypeInfo::code, TypeInfo::category));
        Set<Category> present = plans.stream().map(p -> categories.get(p.typeCode()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Category.class)));
        assertEquals(EnumSet.allOf(Category.class), present);
    }

    @Test
    void everyPlanUsesOneOfTheGivenCapabilityTypes() {
        Set<String> codes = TYPES.stream().map(TypeInfo::code).collect(Collectors.toSet());
        assertTrue(plans.stream().allMatch(p -> codes.contains(p.typeCode())));
    }

    @Test
    void everyStatusIsSomePledgesFinalStatus() {
        Set<PledgeStatus> present = plans.stream().map(Plan::finalStatus)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PledgeStatus.class)));
        assertEquals(EnumSet.allOf(PledgeStatus.class), present);
    }

    @Test
    void atLeastThreeEventsAreUsed() {
        Set<String> events = plans.stream().map(Plan::eventCode).filter(Objects::nonNull).collect(Collectors.toSet());
        assertTrue(events.size() >= 3, events.toString());
    }

    @Test
    void everyEventUsedIsOneOfTheGivenEvents() {
        Set<String> codes = EVENTS.stream().map(EventInfo::code).collect(Collectors.toSet());
        assertTrue(plans.stream().map(Plan::eventCode).filter(Objects::nonNull).allMatch(codes::contains));
    }

    @Test
    void somePledgesAreStandingOffersWithoutAnEvent() {
        assertTrue(plans.stream().anyMatch(p -> p.eventCode() == null));
    }

    // ------------------------------------------------------------------------------------------- plausibility

    @Test
    void everyDescriptionStartsWithTheSyntheticLabel() {
        assertAll(plans.stream().map(p -> () -> assertTrue(p.description().startsWith(DemoPledgeSet.LABEL),
                p.description())));
    }

    @Test
    void womenNeverOutnumberPersonnelAndNoCountIsNegative() {
        assertAll(plans.stream().map(p -> () -> assertTrue(
                p.women() >= 0 && p.women() <= p.personnel() && p.units() >= 0,
                p.memberState() + " " + p.typeCode() + ": " + p.women() + " of " + p.personnel())));
    }

    @Test
    void everyPlanIsAValidPledge() {
        Map<String, CapabilityType> types = capabilityTypes();
        assertAll(plans.stream().map(p -> () -> assertDoesNotThrow(() -> detailsOf(p, types, null),
                p.memberState() + " " + p.title())));
    }

    @Test
    void stepsFollowCreationInChronologicalOrder() {
        assertAll(plans.stream().map(p -> () -> {
            Instant previous = p.createdAt();
            for (Step step : p.steps()) {
                assertFalse(step.at().isBefore(previous), p.memberState() + " " + p.finalStatus() + ": " + step);
                previous = step.at();
            }
        }));
    }

    @Test
    void nothingIsCreatedOrDoneAfterNow() {
        assertAll(plans.stream().map(p -> () -> {
            assertFalse(p.createdAt().isAfter(NOW), "created " + p.createdAt());
            for (Step step : p.steps()) {
                assertFalse(step.at().isAfter(NOW), p.memberState() + " " + p.finalStatus() + ": " + step);
            }
        }));
    }

    @Test
    void everyAssessmentStepCarriesALevelAndAnAssessmentType() {
        assertAll(plans.stream().flatMap(p -> p.steps().stream()).filter(s -> s.action() == PledgeAction.ASSESS)
                .map(s -> () -> {
                    assertNotNull(s.level(), s.toString());
                    assertNotNull(s.assessmentType(), s.toString());
                }));
    }

    // ------------------------------------------------------------------------------------------- the lifecycle

    @Test
    void everyPlanWalksTheTransitionTableFromDraftToItsFinalStatus() {
        assertAll(plans.stream().map(p -> () -> {
            PledgeStatus status = PledgeStatus.DRAFT;
            for (Step step : p.steps()) {
                PledgeStatus from = status;
                status = PledgeLifecycle.transition(from, step.action()).orElseThrow(() -> new AssertionError(
                        p.memberState() + " " + p.finalStatus() + ": no " + step.action() + " from " + from))
                        .to();
            }
            assertEquals(p.finalStatus(), status, p.memberState() + " " + p.steps());
        }));
    }

    @Test
    void everyStepIsTakenByTheRoleTheTableNamesWithTheCommentItNeeds() {
        assertAll(plans.stream().map(p -> () -> {
            PledgeStatus status = PledgeStatus.DRAFT;
            for (Step step : p.steps()) {
                // check() refuses a wrong role, a wrong state, and a missing comment where one is required.
                status = PledgeLifecycle.check(status, step.action(), roleOf(step.actor()), step.comment()).to();
            }
        }));
    }

    @Test
    void everyPlanPlaysThroughThePledgeVerbsToItsFinalStatus() {
        Map<String, CapabilityType> types = capabilityTypes();
        Map<String, PledgingEvent> events = EVENTS.stream().collect(Collectors.toMap(EventInfo::code,
                e -> Fixtures.event(e.code(), e.pledgingOpens(), e.endDate())));
        List<Executable> checks = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            Plan plan = plans.get(i);
            String reference = plan.memberState() + "-DEMO-" + i;
            checks.add(() -> {
                Pledge pledge = new Pledge(reference, Fixtures.memberState(plan.memberState()),
                        detailsOf(plan, types, plan.eventCode() == null ? null : events.get(plan.eventCode())), true,
                        plan.createdBy(), plan.createdAt());
                for (Step step : plan.steps()) {
                    step.applyTo(pledge, step.actor());
                }
                assertEquals(plan.finalStatus(), pledge.status(), reference + " " + plan.steps());
            });
        }
        assertAll(checks);
    }

    // ------------------------------------------------------------------------------------------- deployments

    /** The share of a ministerial's approved-or-later pledges (its preparatory meetings' included) that deployed. */
    private static double deployedShare(String ministerial) {
        List<Plan> approved = plans.stream().filter(p -> p.eventCode() != null && p.finalStatus().approvedOrLater())
                .filter(p -> EVENTS.stream().anyMatch(e -> e.code().equals(p.eventCode())
                        && e.ministerialCode().equals(ministerial))).toList();
        long deployed = approved.stream().filter(p -> p.finalStatus() == PledgeStatus.DEPLOYED
                || p.finalStatus() == PledgeStatus.REPATRIATED).count();
        return approved.isEmpty() ? 0 : (double) deployed / approved.size();
    }

    @Test
    void seoulsApprovedPledgesAreMostlyDeployedOrRepatriatedAccrasPartlyBerlinsBarely() {
        double seoul = deployedShare("SEOUL-2021");
        double accra = deployedShare("ACCRA-2023");
        double berlin = deployedShare("BERLIN-2025");
        assertAll(
                () -> assertTrue(seoul > 0.5, "Seoul " + seoul),
                () -> assertTrue(accra > 0.15 && accra < seoul, "Accra " + accra),
                () -> assertTrue(berlin < 0.2 && berlin < accra, "Berlin " + berlin));
    }

    @Test
    void someUnitsAreStillDeployedAndSomeCameHome() {
        assertAll(
                () -> assertTrue(plans.stream().anyMatch(p -> p.finalStatus() == PledgeStatus.DEPLOYED)),
                () -> assertTrue(plans.stream().anyMatch(p -> p.finalStatus() == PledgeStatus.REPATRIATED)));
    }

    @Test
    void aUnitDeploysAfterItsApprovalAndAnAssessmentAtLevelTwoOrAboveAndWithNoMoreThanPledged() {
        assertAll(plans.stream().filter(p -> p.steps().stream().anyMatch(s -> s.action() == PledgeAction.DEPLOY))
                .map(p -> () -> {
                    Step deploy = p.steps().stream().filter(s -> s.action() == PledgeAction.DEPLOY).findFirst()
                            .orElseThrow();
                    Instant approved = p.steps().stream().filter(s -> s.action() == PledgeAction.APPROVE)
                            .map(Step::at).max(Instant::compareTo).orElseThrow();
                    assertTrue(deploy.at().isAfter(approved), p.steps().toString());
                    assertTrue(p.steps().stream().anyMatch(s -> s.action() == PledgeAction.ASSESS
                            && s.at().isBefore(deploy.at()) && s.level().atLeast(ReadinessLevel.LEVEL_2)),
                            p.steps().toString());
                    assertTrue(deploy.deployment().personnel() <= p.personnel(), deploy.toString());
                    assertTrue(deploy.deployment().women() <= deploy.deployment().personnel(), deploy.toString());
                    assertTrue(p.steps().stream().noneMatch(s -> s.action() == PledgeAction.RENEW
                            && s.at().isAfter(deploy.at())), "no renewal once deployed: " + p.steps());
                }));
    }

    @Test
    void noApprovedPledgeIsOverdueForRenewalNow() {
        assertAll(plans.stream().filter(p -> p.finalStatus() == PledgeStatus.APPROVED).map(p -> () -> {
            Pledge pledge = new Pledge("X", Fixtures.memberState(p.memberState()), detailsOf(p, capabilityTypes(),
                    null), true, p.createdBy(), p.createdAt());
            p.steps().forEach(step -> step.applyTo(pledge, step.actor()));
            assertThrows(IllegalStateException.class, () -> pledge.lapse(NOW), "renewal due " + pledge.renewalDue());
        }));
    }

    private static Map<String, CapabilityType> capabilityTypes() {
        return TYPES.stream().collect(Collectors.toMap(TypeInfo::code,
                t -> Fixtures.capabilityType(t.code(), t.category(), t.typicalPersonnel(), t.kind())));
    }

    private static PledgeDetails detailsOf(Plan plan, Map<String, CapabilityType> types, PledgingEvent event) {
        return new PledgeDetails(event, types.get(plan.typeCode()), plan.title(), plan.description(), plan.units(),
                new Personnel(plan.personnel(), plan.women()), plan.availableFrom(), plan.daysToDeploy(),
                plan.durationMonths(), plan.selfSustainment(), plan.caveats(), plan.missions(), plan.lines(),
                plan.partners());
    }

    // ------------------------------------------------------------------------------------------- joint pledges

    @Test
    void aFewJointPledgesHaveDemoPartnersWhoseFocalPointsCanSignInAndNeverJapanOrPakistan() {
        List<Plan> joint = plans.stream().filter(p -> !p.partners().isEmpty()).toList();
        Set<String> partners = joint.stream().flatMap(p -> p.partners().stream())
                .map(org.peacekeeping.pledges.pledge.Partner::memberState).collect(Collectors.toSet());
        assertAll(
                () -> assertEquals(3, joint.size(), joint.toString()),
                () -> assertTrue(Set.of("GHA", "KOR", "DEU").containsAll(partners), partners.toString()),
                () -> assertTrue(partners.containsAll(Set.of("GHA", "KOR", "DEU")), "each signs in as a partner"),
                () -> assertTrue(joint.stream().allMatch(p -> p.partners().stream()
                        .noneMatch(partner -> partner.memberState().equals(p.memberState()))), "the lead is no partner"),
                () -> assertTrue(joint.stream().allMatch(p -> p.partners().stream()
                        .allMatch(partner -> partner.role() != null && !partner.role().isBlank())), "roles"),
                () -> assertTrue(joint.stream().anyMatch(p -> p.typeCode().equals("UTILITY_HELICOPTER_UNIT")
                        && p.memberState().equals("DEU") && p.finalStatus() == PledgeStatus.APPROVED
                        && p.partners().get(0).role().contains("aircrews")), "one state's helicopters, another's crews"),
                () -> assertTrue(joint.stream().allMatch(p -> !p.lines().isEmpty()), "with their equipment lines"),
                () -> assertTrue(joint.stream().anyMatch(p -> p.finalStatus() != PledgeStatus.APPROVED),
                        "one still pending"));
    }

    // ------------------------------------------------------------------------------------------- determinism

    @Test
    void theSameSeedGivesTheSamePlans() {
        assertEquals(plans, new DemoPledgeSet(TYPES, EVENTS, NOW, SEED).plan());
    }

    @Test
    void anotherSeedGivesOtherPlans() {
        assertNotEquals(plans, new DemoPledgeSet(TYPES, EVENTS, NOW, SEED + 1).plan());
    }

    @Test
    void aSetWithoutCapabilityTypesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DemoPledgeSet(List.of(), EVENTS, NOW, SEED));
    }

    @Test
    void aSetWithoutEventsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DemoPledgeSet(TYPES, List.of(), NOW, SEED));
    }
}
