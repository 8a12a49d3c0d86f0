package org.peacekeeping.pledges.requirement;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.peacekeeping.pledges.reference.CapabilityType;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.Mission;
import org.peacekeeping.pledges.reference.PledgingEvent;

/**
 * Reference data for the requirement tests, and a validator over it. Reference entities have only JPA's protected
 * constructor (migrations load them), so they are made here by reflection.
 */
final class RequirementFixtures {

    static final Instant NOW = Instant.parse("2026-02-02T10:00:00Z");

    static final CapabilityType HOSPITAL = capabilityType("LEVEL_2_HOSPITAL", Category.MEDICAL, true);
    static final CapabilityType RETIRED = capabilityType("OLD_SIGNALS_UNIT", Category.OTHER, false);
    static final PledgingEvent BERLIN = event("BERLIN-2025");
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

    static CapabilityType capabilityType(String code, Category category, boolean active) {
        CapabilityType type = newInstance(CapabilityType.class);
        set(type, "code", code);
        set(type, "category", category);
        set(type, "nameEn", code.replace('_', ' ').toLowerCase(Locale.ROOT));
        set(type, "nameFr", code.replace('_', ' ').toLowerCase(Locale.ROOT));
        set(type, "active", active);
        return type;
    }

    static PledgingEvent event(String code) {
        PledgingEvent event = newInstance(PledgingEvent.class);
        set(event, "code", code);
        set(event, "nameEn", code);
        set(event, "nameFr", code);
        return event;
    }

    static Mission mission(String code, LocalDate closedOn) {
        Mission mission = newInstance(Mission.class);
        set(mission, "code", code);
        set(mission, "nameEn", code);
        set(mission, "nameFr", code);
        set(mission, "closedOn", closedOn);
        return mission;
    }

    private static <T> T newInstance(Class<T> type) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot make a " + type.getSimpleName(), e);
        }
    }

    private static void set(Object target, String field, Object value) {
        try {
            Field declared = target.getClass().getDeclaredField(field);
            declared.setAccessible(true);
            declared.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot set " + field + " of " + target.getClass().getSimpleName(), e);
        }
    }
}
