package org.peacekeeping.pledges.reference;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.Problem.FieldError;

/** What an administrator enters for a capability type, checked with the form's field names and text keys. */
class CapabilityTypeValidatorTest {

    private static final CapabilityType HOSPITAL = new CapabilityType("LEVEL_2_HOSPITAL", Category.MEDICAL,
            "Level 2 hospital", "Hôpital de niveau 2", 57, PersonnelKind.CONTINGENT, 320);
    private static final CapabilityType EVACUATION = new CapabilityType("AEROMEDICAL_EVACUATION_TEAM",
            Category.MEDICAL, "Aeromedical evacuation team", "Équipe d'évacuation sanitaire aérienne", 6,
            PersonnelKind.CONTINGENT, 340);
    private static final CapabilityTypeValidator VALIDATOR =
            new CapabilityTypeValidator(List.of(HOSPITAL, EVACUATION));

    private static CapabilityTypeInput newType(String code, String nameEn, Integer personnel) {
        return new CapabilityTypeInput(code, Category.MEDICAL, nameEn, "Hôpital de niveau 4", personnel,
                PersonnelKind.CONTINGENT, true, null);
    }

    private static void refusedWith(CapabilityTypeInput input, CapabilityType existing, String field, String key) {
        assertEquals(List.of(new FieldError(field, key)),
                assertThrows(InvalidInputException.class, () -> VALIDATOR.validate(input, existing)).errors());
    }

    @Test
    void aNewTypeIsAcceptedWithItsCodeInUpperCase() {
        CapabilityTypeInput valid = VALIDATOR.validate(newType(" level_4_hospital ", " Level 4 hospital ", 120),
                null);
        assertAll(
                () -> assertEquals("LEVEL_4_HOSPITAL", valid.code()),
                () -> assertEquals("Level 4 hospital", valid.nameEn()),
                () -> assertEquals(120, valid.typicalPersonnel()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"LEVEL-4-HOSPITAL", "LEVEL 4", "HÔPITAL", "A_CODE_THAT_IS_FAR_TOO_LONG_FOR_THE_COLUMN_X"})
    void aCodeIsUpperCaseLettersDigitsAndUnderscores(String code) {
        refusedWith(newType(code, "Level 4 hospital", 120), null, "code", "error.capabilityType.code.pattern");
    }

    @Test
    void aCodeIsTakenOnce() {
        refusedWith(newType("level_2_hospital", "Level 4 hospital", 120), null, "code",
                "error.capabilityType.code.taken");
    }

    @Test
    void aNewTypeNeedsCodeCategoryNamesPersonnelAndKind() {
        List<FieldError> errors = assertThrows(InvalidInputException.class, () -> VALIDATOR.validate(
                new CapabilityTypeInput(" ", null, null, "", null, null, true, null), null)).errors();
        assertEquals(List.of(
                new FieldError("code", "error.capabilityType.code.required"),
                new FieldError("category", "error.capabilityType.category.required"),
                new FieldError("nameEn", "error.required"),
                new FieldError("nameFr", "error.required"),
                new FieldError("typicalPersonnel", "error.required"),
                new FieldError("personnelKind", "error.required")), errors);
    }

    @Test
    void twoTypesDoNotShareAnEnglishName() {
        refusedWith(newType("LEVEL_4_HOSPITAL", "level 2 HOSPITAL", 120), null, "nameEn",
                "error.capabilityType.name.taken");
    }

    @Test
    void aTypeKeepsItsOwnNameWhenChanged() {
        CapabilityTypeInput change = new CapabilityTypeInput(null, null, "Level 2 hospital", "Hôpital de niveau 2",
                60, PersonnelKind.CONTINGENT, false, 0L);
        CapabilityTypeInput valid = VALIDATOR.validate(change, HOSPITAL);
        assertAll(
                () -> assertEquals("LEVEL_2_HOSPITAL", valid.code()),
                () -> assertEquals(Category.MEDICAL, valid.category()),
                () -> assertEquals(60, valid.typicalPersonnel()),
                () -> assertFalse(valid.active()));
    }

    @Test
    void typicalPersonnelIsZeroOrMore() {
        refusedWith(newType("LEVEL_4_HOSPITAL", "Level 4 hospital", -1), null, "typicalPersonnel",
                "error.capabilityType.typicalPersonnel.negative");
        VALIDATOR.validate(newType("LEVEL_4_HOSPITAL", "Level 4 hospital", 0), null);
    }

    @Test
    void typicalPersonnelHasAnUpperBound() {
        refusedWith(newType("LEVEL_4_HOSPITAL", "Level 4 hospital", CapabilityType.MAX_PERSONNEL + 1), null,
                "typicalPersonnel", "error.capabilityType.typicalPersonnel.tooMany");
    }

    @Test
    void aChangeCarriesTheVersionItWasMadeOn() {
        refusedWith(new CapabilityTypeInput(null, null, "Level 2 hospital", "Hôpital de niveau 2", 57,
                PersonnelKind.CONTINGENT, true, null), HOSPITAL, "version", "error.version.required");
    }

    @Test
    void aNewTypeGoesAfterTheLastOfItsCategory() {
        assertEquals(350, VALIDATOR.nextSortOrder(Category.MEDICAL));
    }

    @Test
    void theFirstTypeOfACategoryStartsItsHundred() {
        assertEquals(410, VALIDATOR.nextSortOrder(Category.C_IED));
        assertEquals(10, VALIDATOR.nextSortOrder(Category.MILITARY_UNIT));
    }
}
