package org.peacekeeping.pledges.pledge;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.peacekeeping.pledges.reference.CapabilityType;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.MemberState;
import org.peacekeeping.pledges.reference.PersonnelKind;
import org.peacekeeping.pledges.reference.PledgingEvent;

/**
 * Reference entities and pledges for plain unit tests. The reference entities are loaded by migration and have
 * only a protected constructor for JPA, so they are made here by reflection.
 */
public final class Fixtures {

    /** When the test pledges are created; later verbs happen a day or more after. */
    public static final Instant CREATED = Instant.parse("2026-01-12T09:00:00Z");

    private Fixtures() {
    }

    /** {@code days} days after {@link #CREATED}, so that a test reads as a calendar. */
    public static Instant day(int days) {
        return CREATED.plus(days, ChronoUnit.DAYS);
    }

    public static MemberState memberState(String iso3) {
        MemberState state = newInstance(MemberState.class);
        set(state, "iso3", iso3);
        set(state, "iso2", iso3.substring(0, 2));
        set(state, "m49", "000");
        set(state, "nameEn", iso3);
        set(state, "nameFr", iso3);
        set(state, "unMember", true);
        return state;
    }

    public static CapabilityType capabilityType(String code, Category category, int typicalPersonnel,
                                                PersonnelKind kind) {
        CapabilityType type = newInstance(CapabilityType.class);
        set(type, "code", code);
        set(type, "category", category);
        set(type, "nameEn", code.replace('_', ' ').toLowerCase(Locale.ROOT));
        set(type, "nameFr", code.replace('_', ' ').toLowerCase(Locale.ROOT));
        set(type, "typicalPersonnel", typicalPersonnel);
        set(type, "personnelKind", kind);
        set(type, "active", true);
        return type;
    }

    public static CapabilityType infantryBattalion() {
        return capabilityType("INFANTRY_BATTALION", Category.MILITARY_UNIT, 850, PersonnelKind.CONTINGENT);
    }

    public static CapabilityType levelTwoHospital() {
        return capabilityType("LEVEL_2_HOSPITAL", Category.MEDICAL, 57, PersonnelKind.CONTINGENT);
    }

    public static PledgingEvent event(String code, LocalDate pledgingOpens, LocalDate endDate) {
        PledgingEvent event = newInstance(PledgingEvent.class);
        set(event, "code", code);
        set(event, "nameEn", code);
        set(event, "nameFr", code);
        set(event, "city", code);
        set(event, "startDate", endDate.minusDays(1));
        set(event, "endDate", endDate);
        set(event, "pledgingOpens", pledgingOpens);
        set(event, "pledgingCloses", endDate);
        return event;
    }

    public static PledgingEvent berlin2025() {
        return event("BERLIN-2025", LocalDate.of(2024, 10, 1), LocalDate.of(2025, 5, 14));
    }

    /** An infantry battalion offered at Berlin 2025 with this title and these numbers. */
    public static PledgeDetails details(String title, int personnel, int women) {
        return new PledgeDetails(berlin2025(), infantryBattalion(), title, "A mechanised battalion.", 1,
                new Personnel(personnel, women), LocalDate.of(2026, 6, 1), 60, 12, SelfSustainment.YES, null,
                new TreeSet<>(List.of("MINUSCA")), List.of(new LineItem(LineKind.MAJOR_EQUIPMENT, "APC", 30)));
    }

    public static PledgeDetails details() {
        return details("Infantry battalion", 850, 68);
    }

    /** A fresh draft of Pakistan's, created by its focal point at {@link #CREATED}. */
    public static Pledge draft() {
        return new Pledge("PAK-2026-0001", memberState("PAK"), details(), false, "fp.pakistan", CREATED);
    }

    /** An entity made as JPA makes it (through its protected constructor), for fixtures to fill in. */
    public static <T> T newInstance(Class<T> type) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot make a " + type.getSimpleName(), e);
        }
    }

    /** Sets a field as JPA would when reading a row. */
    public static void set(Object target, String field, Object value) {
        try {
            Field declared = target.getClass().getDeclaredField(field);
            declared.setAccessible(true);
            declared.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot set " + field + " of " + target.getClass().getSimpleName(), e);
        }
    }
}
