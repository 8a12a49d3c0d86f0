package org.peacekeeping.pledges.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.Problem.FieldError;
import org.peacekeeping.pledges.reference.CapabilityType;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.Mission;
import org.peacekeeping.pledges.reference.PersonnelKind;

/** What a focal point sends for a pledge is checked field by field, and one refusal names every wrong field. */
class PledgeValidatorTest {

    private static final CapabilityType HOSPITAL = new CapabilityType("LEVEL_2_HOSPITAL", Category.MEDICAL,
            "Level 2 hospital", "Hôpital de niveau 2", 57, PersonnelKind.CONTINGENT, 320);

    private final PledgeValidator validator = new PledgeValidator(
            code -> Optional.ofNullable(Map.of("LEVEL_2_HOSPITAL", HOSPITAL).get(code)),
            code -> Optional.empty(),
            code -> "UNMISS".equals(code) ? Optional.of(new Mission() { }) : Optional.empty());

    private static PledgeInput input(String type, Integer units, Integer personnel, Integer women,
                                     List<String> missions, List<FieldError> malformed) {
        return new PledgeInput(null, null, type, "Level 2 hospital for UNMISS", null, units, personnel, women,
                LocalDate.of(2027, 3, 1), 60, 12, SelfSustainment.YES, null, missions, List.of(), null, malformed);
    }

    @Test
    void aSoundPledgeBecomesItsDetailsWithTheTypesTypicalPersonnelByDefault() {
        PledgeDetails details = validator.validate(input("LEVEL_2_HOSPITAL", 2, null, 10, List.of("UNMISS"),
                List.of()));
        assertEquals(114, details.personnel().total());
        assertEquals(10, details.personnel().women());
        assertEquals(HOSPITAL, details.capabilityType());
    }

    @Test
    void everyWrongFieldIsNamedInOneRefusalUnreadableOnesIncluded() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> validator.validate(
                input("TANKS", 1, -5, 0, List.of("NOWHERE"),
                        List.of(new FieldError("availableFrom", "must be a date (YYYY-MM-DD)")))));
        assertEquals(List.of("availableFrom", "capabilityType", "personnel", "preferredMissions"),
                refused.errors().stream().map(FieldError::field).sorted().toList());
    }

    @Test
    void moreWomenThanPersonnelIsRefusedUnlessThePersonnelCouldNotBeRead() {
        assertEquals(List.of("women"), validator.problemsWith(input("LEVEL_2_HOSPITAL", 1, 50, 60, List.of(),
                List.of())).stream().map(FieldError::field).toList());
        assertEquals(List.of("personnel"), validator.problemsWith(input("LEVEL_2_HOSPITAL", 1, null, 60, List.of(),
                List.of(new FieldError("personnel", "must be a whole number")))).stream().map(FieldError::field)
                .toList());
    }
}
