package org.peacekeeping.pledges.requirement;

import static org.peacekeeping.pledges.pledge.Fixtures.newInstance;
import static org.peacekeeping.pledges.pledge.Fixtures.set;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.peacekeeping.pledges.pledge.Fixtures;
import org.peacekeeping.pledges.reference.CapabilityType;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.Mission;
import org.peacekeeping.pledges.reference.PersonnelKind;
import org.peacekeeping.pledges.reference.PledgingEvent;

/**
 * Reference data for the requirement tests (the pledge fixtures' hospital and Berlin 2025, a retired type, two
 * missions), and a validator over it.
 */
final class RequirementFixtures {

    static final Instant NOW = Instant.parse("2026-02-02T10:00:00Z");

    static final CapabilityType HOSPITAL = Fixtures.levelTwoHospital();
    static final CapabilityType RETIRED = retired(
            Fixtures.capabilityType("OLD_SIGNALS_UNIT", Category.OTHER, 40, PersonnelKind.CONTINGENT));
    static final PledgingEvent BERLIN = Fixtures.berlin2025();
    static final Mission UNMISS = mission("UNMISS", null);
    static final Mission MINUSMA = mission("MINUSMA", LocalDate.of(2023, 12, 31));

    private static final Map<String, CapabilityType> TYPES = Map.of(HOSPITAL.code(), HOSPITAL, RETIRED.code(), RETIRED);
    private static final Map<String, PledgingEvent> EVENTS = Map.of(BERLIN.code(), BERLIN);
    private static final Map<String, Mission> MISSIONS = Map.of(UNMISS.code(), UNMISS, MINUSMA.code(), MINUSMA);

    private RequirementFixtures() {
    }

    static RequirementValidator validator() {
        return new RequirementValidator(code -> Optional.ofNullable(TYPES.get(code)),
                code -> Optional.ofNullable(EVENTS.get(code)), code -> Optional.ofNullable(MISSIONS.get(code)));
    }

    /** Three level 2 hospitals, critically needed for Berlin 2025 in UNMISS during 2026. */
    static RequirementInput valid() {
        return new RequirementInput("LEVEL_2_HOSPITAL", 3, "CRITICAL", "BERLIN-2025", "UNMISS",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "  Needed before the rainy season. ", 4L);
    }

    static CapabilityRequirement stored(CapabilityType type, Mission mission) {
        return new CapabilityRequirement(type, 2, Priority.HIGH, BERLIN, mission, null, null, null, "reviewer", NOW);
    }

    private static CapabilityType retired(CapabilityType type) {
        set(type, "active", false);
        return type;
    }

    static Mission mission(String code, LocalDate closedOn) {
        Mission mission = newInstance(Mission.class);
        set(mission, "code", code);
        set(mission, "nameEn", code);
        set(mission, "nameFr", code);
        set(mission, "closedOn", closedOn);
        return mission;
    }
}
