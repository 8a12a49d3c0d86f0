package org.peacekeeping.pledges.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.Problem.FieldError;
import org.peacekeeping.pledges.reference.CapabilityType;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.PersonnelKind;

/**
 * The history's old and new values (SPEC §9): every changed field, partners and lines included, as a person reads
 * it; and what a run of edits amounts to since an approval. Also the partner states' checks.
 */
class PledgeDiffTest {

    private static final CapabilityType HOSPITAL = new CapabilityType("LEVEL_2_HOSPITAL", Category.MEDICAL,
            "Level 2 hospital", "Hôpital de niveau 2", 57, PersonnelKind.CONTINGENT, 320);
    private static final CapabilityType FPU = new CapabilityType("FORMED_POLICE_UNIT", Category.FORMED_POLICE_UNIT,
            "Formed police unit", "Unité de police constituée", 140, PersonnelKind.CONTINGENT, 100);
    private static final Map<String, String> NAMES = Map.of("DEU", "Germany", "GHA", "Ghana", "PAK", "Pakistan");

    private final PledgeDiff diff = new PledgeDiff(code -> NAMES.getOrDefault(code, code));

    private static PledgeDetails details(CapabilityType type, String title, int personnel, LocalDate from,
                                         SelfSustainment sustainment, List<LineItem> lines, List<Partner> partners) {
        return new PledgeDetails(null, type, title, null, 1, new Personnel(personnel, 5), from, 60, 12, sustainment,
                null, new TreeSet<>(List.of("UNMISS")), lines, partners);
    }

    private static PledgeDetails hospital() {
        return details(HOSPITAL, "Hospital", 57, LocalDate.of(2027, 3, 1), SelfSustainment.YES, List.of(), List.of());
    }

    @Test
    void equalDetailsChangeNothing() {
        assertEquals(List.of(), diff.between(hospital(), hospital()));
    }

    @Test
    void everyChangedFieldComesWithItsOldAndNewValueAsAPersonReadsIt() {
        PledgeDetails after = details(FPU, "Police unit", 140, LocalDate.of(2027, 4, 15), SelfSustainment.PARTIAL,
                List.of(new LineItem(LineKind.MAJOR_EQUIPMENT, "Armoured personnel carrier", 4)),
                List.of(new Partner("GHA", "provides the drivers"), new Partner("DEU", null)));
        assertEquals(List.of(
                new FieldChange("capabilityType", "Level 2 hospital", "Formed police unit"),
                new FieldChange("title", "Hospital", "Police unit"),
                new FieldChange("personnel", "57", "140"),
                new FieldChange("availableFrom", "2027-03-01", "2027-04-15"),
                new FieldChange("selfSustainment", "Self-sustaining", "Partly self-sustaining"),
                new FieldChange("lines", null, "Major equipment: Armoured personnel carrier × 4"),
                new FieldChange("partners", null, "Germany, Ghana (provides the drivers)")),
                diff.between(hospital(), after), "names, labels and dates; partners by name in code order");
    }

    @Test
    void aPartnersChangedRoleIsAChangeOfThePartners() {
        PledgeDetails before = hospital().withPartners(List.of(new Partner("DEU", "crews")));
        PledgeDetails after = hospital().withPartners(List.of(new Partner("DEU", "crews and pilots")));
        assertEquals(List.of(new FieldChange("partners", "Germany (crews)", "Germany (crews and pilots)")),
                diff.between(before, after));
        assertEquals(List.of(new FieldChange("partners", "Germany (crews)", null)),
                diff.between(before, hospital()), "removed: empty after");
    }

    @Test
    void editsSinceAnApprovalFoldIntoTheFirstOldAndTheLastNewValueAndReturnsDropOut() {
        List<FieldChange> first = List.of(new FieldChange("title", "Hospital", "Hospital, enlarged"),
                new FieldChange("personnel", "57", "80"));
        List<FieldChange> second = List.of(new FieldChange("title", "Hospital, enlarged", "Hospital"),
                new FieldChange("personnel", "80", "90"), new FieldChange("partners", null, "Germany"));
        assertEquals(List.of(new FieldChange("personnel", "57", "90"), new FieldChange("partners", null, "Germany")),
                PledgeDiff.folded(List.of(first, second)));
        assertEquals(List.of(), PledgeDiff.folded(List.of()));
    }

    @Test
    void aReadinessChangeReadsAsItsLevels() {
        assertEquals(List.of(new FieldChange("readinessLevel", "Not registered", "Level 1")),
                PledgeDiff.readiness(ReadinessLevel.NONE, ReadinessLevel.LEVEL_1));
        assertEquals(List.of(), PledgeDiff.readiness(ReadinessLevel.LEVEL_2, ReadinessLevel.LEVEL_2));
    }

    // ------------------------------------------------------------------ partner states' checks

    private final PledgeValidator validator = new PledgeValidator(
            code -> Optional.ofNullable(Map.of("LEVEL_2_HOSPITAL", HOSPITAL).get(code)),
            code -> Optional.empty(), code -> Optional.empty(), NAMES::containsKey);

    private static PledgeInput withPartners(Partner... partners) {
        return new PledgeInput(null, null, "LEVEL_2_HOSPITAL", "Joint hospital", null, 1, 57, 5,
                LocalDate.of(2027, 3, 1), 60, 12, SelfSustainment.YES, null, List.of(), List.of(), List.of(partners),
                null, List.of());
    }

    @Test
    void partnersAreKnownOtherStatesEachOnceAndReadInCodeOrder() {
        PledgeDetails details = validator.validate(withPartners(new Partner("gha", " surgeons "),
                new Partner("DEU", null)), "PAK");
        assertEquals(List.of(new Partner("DEU", null), new Partner("GHA", "surgeons")), details.partners());
        assertEquals(List.of(), validator.validate(withPartners(), "PAK").partners());
    }

    @Test
    void aWrongPartnerIsNamedUnderPartners() {
        for (PledgeInput wrong : List.of(withPartners(new Partner("XXX", null)),
                withPartners(new Partner("PAK", null)),
                withPartners(new Partner("DEU", null), new Partner("DEU", "again")),
                withPartners(new Partner(null, "no state")),
                withPartners(new Partner("DEU", "x".repeat(Partner.ROLE_MAX + 1))))) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> validator.validate(wrong, "PAK"));
            assertEquals(List.of("partners"), refused.errors().stream().map(FieldError::field).toList(),
                    wrong.partners().toString());
        }
    }
}
