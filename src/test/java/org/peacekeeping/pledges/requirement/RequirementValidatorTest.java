package org.peacekeeping.pledges.requirement;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peacekeeping.pledges.requirement.RequirementFixtures.BERLIN;
import static org.peacekeeping.pledges.requirement.RequirementFixtures.HOSPITAL;
import static org.peacekeeping.pledges.requirement.RequirementFixtures.MINUSMA;
import static org.peacekeeping.pledges.requirement.RequirementFixtures.RETIRED;
import static org.peacekeeping.pledges.requirement.RequirementFixtures.UNMISS;
import static org.peacekeeping.pledges.requirement.RequirementFixtures.stored;
import static org.peacekeeping.pledges.requirement.RequirementFixtures.valid;
import static org.peacekeeping.pledges.requirement.RequirementFixtures.validator;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.Problem.FieldError;

/** What a reviewer sends for a requirement, checked all at once, with the JSON's field names. */
class RequirementValidatorTest {

    private static RequirementValues create(RequirementInput input) {
        return validator().validate(input, null);
    }

    private static List<FieldError> refusedCreating(RequirementInput input) {
        return assertThrows(InvalidInputException.class, () -> create(input)).errors();
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    private static String onlyMessageFor(String field, List<FieldError> errors) {
        assertEquals(List.of(field), fields(errors), errors.toString());
        return errors.get(0).message();
    }

    private static RequirementInput with(String capabilityType, Integer quantity, String priority, String event,
                                         String mission, LocalDate from, LocalDate to, String notes) {
        return new RequirementInput(capabilityType, quantity, priority, event, mission, from, to, notes, null);
    }

    // --------------------------------------------------------------------------------------------- valid input

    @Test
    void aValidRequirementResolvesItsReferenceData() {
        RequirementValues values = create(valid());
        assertAll(
                () -> assertSame(HOSPITAL, values.capabilityType()),
                () -> assertEquals(3, values.quantity()),
                () -> assertEquals(Priority.CRITICAL, values.priority()),
                () -> assertSame(BERLIN, values.event()),
                () -> assertSame(UNMISS, values.mission()),
                () -> assertEquals(LocalDate.of(2026, 1, 1), values.periodFrom()),
                () -> assertEquals(LocalDate.of(2026, 12, 31), values.periodTo()));
    }

    @Test
    void notesAreStrippedAndBlankNotesBecomeNull() {
        assertEquals("Needed before the rainy season.", create(valid()).notes());
        assertNull(create(with("LEVEL_2_HOSPITAL", 1, "HIGH", "BERLIN-2025", null, null, null, "  \n")).notes());
    }

    @Test
    void codesAreTrimmedAndPriorityIgnoresCase() {
        RequirementValues values = create(with(" LEVEL_2_HOSPITAL ", 1, " mid_term ", " BERLIN-2025 ", " UNMISS ",
                null, null, null));
        assertAll(
                () -> assertSame(HOSPITAL, values.capabilityType()),
                () -> assertEquals(Priority.MID_TERM, values.priority()),
                () -> assertSame(BERLIN, values.event()),
                () -> assertSame(UNMISS, values.mission()));
    }

    @Test
    void aPeriodWithoutAnEventIsEnough() {
        RequirementValues values = create(with("LEVEL_2_HOSPITAL", 1, "HIGH", null, null,
                LocalDate.of(2026, 1, 1), null, null));
        assertNull(values.event());
    }

    @Test
    void aOneDayPeriodIsAccepted() {
        LocalDate day = LocalDate.of(2026, 3, 1);
        assertEquals(day, create(with("LEVEL_2_HOSPITAL", 1, "HIGH", null, null, day, day, null)).periodTo());
    }

    @Test
    void quantityMayBeOneOrTenThousand() {
        assertEquals(1, create(with("LEVEL_2_HOSPITAL", 1, "HIGH", "BERLIN-2025", null, null, null, null)).quantity());
        assertEquals(10_000,
                create(with("LEVEL_2_HOSPITAL", 10_000, "HIGH", "BERLIN-2025", null, null, null, null)).quantity());
    }

    @Test
    void notesOf4000CharactersAreAccepted() {
        assertEquals(4000, create(with("LEVEL_2_HOSPITAL", 1, "HIGH", "BERLIN-2025", null, null, null,
                " " + "n".repeat(4000) + " ")).notes().length());
    }

    @Test
    void creatingIgnoresAnyVersionSent() {
        assertNull(create(valid()).version());
    }

    // --------------------------------------------------------------------------------------------- all at once

    @Test
    void everyWrongFieldIsReportedInOneAnswerInFieldOrder() {
        List<FieldError> errors = refusedCreating(with("NO_SUCH_TYPE", 0, "URGENT", "PARIS-2030", "UNXYZ",
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 31), "n".repeat(4001)));
        assertEquals(List.of("capabilityType", "quantity", "priority", "event", "mission", "periodTo", "notes"),
                fields(errors));
    }

    @Test
    void anEmptyRequirementNamesEveryRequiredField() {
        List<FieldError> errors = refusedCreating(with(null, null, null, null, null, null, null, null));
        assertEquals(List.of("capabilityType", "quantity", "priority", "event"), fields(errors));
    }

    @Test
    void theProblemDetailCountsTheFields() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> create(with(null, null, null, null, null, null, null, null)));
        assertTrue(refused.getMessage().contains("4 fields"), refused.getMessage());
    }

    // --------------------------------------------------------------------------------------------- field by field

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aCapabilityTypeIsRequired(String code) {
        String message = onlyMessageFor("capabilityType", refusedCreating(
                with(code, 1, "HIGH", "BERLIN-2025", null, null, null, null)));
        assertTrue(message.contains("required"), message);
    }

    @Test
    void anUnknownCapabilityTypeIsNamed() {
        String message = onlyMessageFor("capabilityType", refusedCreating(
                with("SUBMARINE", 1, "HIGH", "BERLIN-2025", null, null, null, null)));
        assertTrue(message.contains("SUBMARINE"), message);
    }

    @Test
    void aRetiredCapabilityTypeCannotBeChosen() {
        String message = onlyMessageFor("capabilityType", refusedCreating(
                with(RETIRED.code(), 1, "HIGH", "BERLIN-2025", null, null, null, null)));
        assertTrue(message.contains("no longer"), message);
    }

    @Test
    void aRequirementAlreadyOfARetiredTypeMayStillBeChanged() {
        CapabilityRequirement existing = stored(RETIRED, null);
        RequirementValues values = validator().validate(new RequirementInput(RETIRED.code(), 5, "HIGH",
                "BERLIN-2025", null, null, null, null, 0L), existing);
        assertEquals(5, values.quantity());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void quantityBelowOneIsRefused(int quantity) {
        assertEquals("quantity must be at least 1", onlyMessageFor("quantity", refusedCreating(
                with("LEVEL_2_HOSPITAL", quantity, "HIGH", "BERLIN-2025", null, null, null, null))));
    }

    @ParameterizedTest
    @ValueSource(ints = {10_001, Integer.MAX_VALUE})
    void quantityAboveTenThousandIsRefused(int quantity) {
        assertEquals("quantity must be at most 10000", onlyMessageFor("quantity", refusedCreating(
                with("LEVEL_2_HOSPITAL", quantity, "HIGH", "BERLIN-2025", null, null, null, null))));
    }

    @Test
    void quantityIsRequired() {
        assertEquals("quantity is required", onlyMessageFor("quantity", refusedCreating(
                with("LEVEL_2_HOSPITAL", null, "HIGH", "BERLIN-2025", null, null, null, null))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"URGENT", "LOW", "1", "CRITICAL!"})
    void aPriorityOutsideTheThreeIsRefusedNamingThem(String priority) {
        String message = onlyMessageFor("priority", refusedCreating(
                with("LEVEL_2_HOSPITAL", 1, priority, "BERLIN-2025", null, null, null, null)));
        assertTrue(message.contains("CRITICAL, HIGH, MID_TERM"), message);
    }

    @Test
    void aPriorityIsRequired() {
        String message = onlyMessageFor("priority", refusedCreating(
                with("LEVEL_2_HOSPITAL", 1, " ", "BERLIN-2025", null, null, null, null)));
        assertTrue(message.contains("required"), message);
    }

    @Test
    void anUnknownEventIsNamed() {
        String message = onlyMessageFor("event", refusedCreating(
                with("LEVEL_2_HOSPITAL", 1, "HIGH", "PARIS-2030", null, null, null, null)));
        assertTrue(message.contains("PARIS-2030"), message);
    }

    @Test
    void withoutAPeriodAnEventIsRequired() {
        String message = onlyMessageFor("event", refusedCreating(
                with("LEVEL_2_HOSPITAL", 1, "HIGH", "", null, null, null, null)));
        assertTrue(message.contains("required"), message);
    }

    @Test
    void anUnknownMissionIsNamed() {
        String message = onlyMessageFor("mission", refusedCreating(
                with("LEVEL_2_HOSPITAL", 1, "HIGH", "BERLIN-2025", "UNXYZ", null, null, null)));
        assertTrue(message.contains("UNXYZ"), message);
    }

    @Test
    void aClosedMissionCannotBeChosen() {
        String message = onlyMessageFor("mission", refusedCreating(
                with("LEVEL_2_HOSPITAL", 1, "HIGH", "BERLIN-2025", "MINUSMA", null, null, null)));
        assertTrue(message.contains("closed"), message);
    }

    @Test
    void aRequirementAlreadyForAClosedMissionMayStillBeChanged() {
        RequirementValues values = validator().validate(new RequirementInput("LEVEL_2_HOSPITAL", 1, "HIGH",
                "BERLIN-2025", "MINUSMA", null, null, null, 0L), stored(HOSPITAL, MINUSMA));
        assertSame(MINUSMA, values.mission());
    }

    @Test
    void aPeriodCannotEndBeforeItStarts() {
        assertEquals("periodTo must not be before periodFrom", onlyMessageFor("periodTo", refusedCreating(
                with("LEVEL_2_HOSPITAL", 1, "HIGH", null, null, LocalDate.of(2026, 2, 1),
                        LocalDate.of(2026, 1, 31), null))));
    }

    @Test
    void notesOf4001CharactersAreRefused() {
        assertEquals("notes must be at most 4000 characters", onlyMessageFor("notes", refusedCreating(
                with("LEVEL_2_HOSPITAL", 1, "HIGH", "BERLIN-2025", null, null, null, "n".repeat(4001)))));
    }

    // --------------------------------------------------------------------------------------------- changing

    @Test
    void changingNeedsTheVersionRead() {
        RequirementInput noVersion = with("LEVEL_2_HOSPITAL", 1, "HIGH", "BERLIN-2025", null, null, null, null);
        List<FieldError> errors = assertThrows(InvalidInputException.class,
                () -> validator().validate(noVersion, stored(HOSPITAL, null))).errors();
        assertEquals(List.of("version"), fields(errors));
    }

    @Test
    void changingPassesTheVersionReadOn() {
        assertEquals(4L, validator().validate(valid(), stored(HOSPITAL, null)).version());
    }

    // --------------------------------------------------------------------------------------------- unreadable

    @Test
    void anUnreadableFieldIsReportedOnceWithItsOwnMessage() {
        RequirementInput input = new RequirementInput("LEVEL_2_HOSPITAL", null, "HIGH", "BERLIN-2025", null, null,
                null, null, null, Map.of("quantity", "quantity must be a whole number"));
        assertEquals("quantity must be a whole number", onlyMessageFor("quantity", refusedCreating(input)));
    }

    @Test
    void unreadableFieldsAreListedWithTheOtherErrors() {
        RequirementInput input = new RequirementInput("SUBMARINE", null, "HIGH", null, null, null, null, null, null,
                Map.of("quantity", "quantity must be a whole number",
                        "periodFrom", "periodFrom must be a date (YYYY-MM-DD)"));
        List<FieldError> errors = refusedCreating(input);
        assertEquals(List.of("capabilityType", "quantity", "periodFrom"), fields(errors));
    }

    @Test
    void anUnreadableEventDoesNotAlsoCountAsMissing() {
        RequirementInput input = new RequirementInput("LEVEL_2_HOSPITAL", 1, "HIGH", null, null, null, null, null,
                null, Map.of("event", "event must be a text"));
        assertEquals("event must be a text", onlyMessageFor("event", refusedCreating(input)));
    }
}
