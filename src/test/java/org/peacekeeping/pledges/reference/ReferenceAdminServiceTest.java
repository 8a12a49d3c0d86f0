package org.peacekeeping.pledges.reference;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.platform.Actor;
import org.peacekeeping.pledges.platform.ForbiddenException;

/** Reference data is the administrator's: every other role is refused before anything is read or changed. */
class ReferenceAdminServiceTest {

    private static final ReferenceAdminService SERVICE = new ReferenceAdminService();

    private static final List<Actor> OTHERS = List.of(new Actor("fp.pakistan", Role.FOCAL_POINT, "PAK"),
            new Actor("reviewer", Role.REVIEWER, null), new Actor("analyst", Role.ANALYST, null), Actor.SYSTEM);

    private static Stream<Arguments> useCasesForOtherRoles() {
        EventInput event = new EventInput("NEW-YORK-2027", EventType.MINISTERIAL, "Ministerial", "Ministérielle",
                "New York", null, null, null, null, null, "USA", List.of(), null, null, 0L);
        CapabilityTypeInput type = new CapabilityTypeInput("LEVEL_4_HOSPITAL", Category.MEDICAL, "Level 4 hospital",
                "Hôpital de niveau 4", 120, PersonnelKind.CONTINGENT, true, 0L);
        GenderTargetInput target = new GenderTargetInput(PersonnelKind.CONTINGENT, 2030, BigDecimal.TEN, 0L);
        List<Named<Consumer<Actor>>> useCases = List.of(
                useCase("events", SERVICE::events),
                useCase("event", actor -> SERVICE.event(actor, "BERLIN-2025")),
                useCase("createEvent", actor -> SERVICE.createEvent(actor, event)),
                useCase("updateEvent", actor -> SERVICE.updateEvent(actor, "BERLIN-2025", event)),
                useCase("extendWindow", actor -> SERVICE.extendWindow(actor, "BERLIN-2025",
                        java.time.LocalDate.of(2026, 12, 31), "Late pledges", null)),
                useCase("windowChanges", actor -> SERVICE.windowChanges(actor, "BERLIN-2025")),
                useCase("capabilityTypes", SERVICE::capabilityTypes),
                useCase("capabilityType", actor -> SERVICE.capabilityType(actor, "LEVEL_2_HOSPITAL")),
                useCase("createCapabilityType", actor -> SERVICE.createCapabilityType(actor, type)),
                useCase("updateCapabilityType",
                        actor -> SERVICE.updateCapabilityType(actor, "LEVEL_2_HOSPITAL", type)),
                useCase("genderTargets", SERVICE::genderTargets),
                useCase("genderTarget", actor -> SERVICE.genderTarget(actor, 1)),
                useCase("createGenderTarget", actor -> SERVICE.createGenderTarget(actor, target)),
                useCase("updateGenderTarget", actor -> SERVICE.updateGenderTarget(actor, 1, target)));
        return OTHERS.stream().flatMap(actor -> useCases.stream()
                .map(useCase -> Arguments.of(Named.of(actor.role().name(), actor), useCase)));
    }

    private static Named<Consumer<Actor>> useCase(String name, Consumer<Actor> call) {
        return Named.of(name, call);
    }

    @ParameterizedTest(name = "{1} as {0}")
    @MethodSource("useCasesForOtherRoles")
    void onlyAnAdministratorMaintainsReferenceData(Actor actor, Consumer<Actor> useCase) {
        assertThrows(ForbiddenException.class, () -> useCase.accept(actor));
    }
}
