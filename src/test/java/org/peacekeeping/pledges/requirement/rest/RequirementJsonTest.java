package org.peacekeeping.pledges.requirement.rest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peacekeeping.pledges.platform.BodyTooLargeException;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.JsonBody;
import org.peacekeeping.pledges.requirement.RequirementInput;

/** A requirement's JSON body, read field by field so that wrong types become field errors. */
class RequirementJsonTest {

    private static RequirementInput read(String json) {
        return RequirementJson.input(JsonBody.object(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aWellTypedBodyIsReadAsIs() {
        RequirementInput input = read("{'capabilityType':'LEVEL_2_HOSPITAL','quantity':3,'priority':'CRITICAL',"
                + "'event':'BERLIN-2025','mission':'UNMISS','periodFrom':'2026-01-01','periodTo':'2026-12-31',"
                + "'notes':'Soon.','version':7}");
        assertAll(
                () -> assertEquals("LEVEL_2_HOSPITAL", input.capabilityType()),
                () -> assertEquals(3, input.quantity()),
                () -> assertEquals("CRITICAL", input.priority()),
                () -> assertEquals("BERLIN-2025", input.event()),
                () -> assertEquals("UNMISS", input.mission()),
                () -> assertEquals(LocalDate.of(2026, 1, 1), input.periodFrom()),
                () -> assertEquals(LocalDate.of(2026, 12, 31), input.periodTo()),
                () -> assertEquals("Soon.", input.notes()),
                () -> assertEquals(7L, input.version()),
                () -> assertTrue(input.malformed().isEmpty()));
    }

    @Test
    void absentAndNullFieldsAreNullNotErrors() {
        RequirementInput input = read("{'quantity':null,'periodFrom':'','notes':null}");
        assertAll(
                () -> assertNull(input.quantity()),
                () -> assertNull(input.periodFrom()),
                () -> assertNull(input.capabilityType()),
                () -> assertTrue(input.malformed().isEmpty()));
    }

    @Test
    void fieldsAnEarlierReadCarriedAreIgnored() {
        RequirementInput input = read("{'id':12,'createdAt':'2026-01-01T00:00:00Z','createdBy':'reviewer',"
                + "'category':'MEDICAL','quantity':2}");
        assertTrue(input.malformed().isEmpty());
        assertEquals(2, input.quantity());
    }

    @ParameterizedTest
    @ValueSource(strings = {"'three'", "2.5", "true", "[3]", "{}"})
    void aQuantityThatIsNoWholeNumberIsAFieldError(String quantity) {
        RequirementInput input = read("{'quantity':" + quantity + "}");
        assertEquals(Map.of("quantity", "quantity must be a whole number"), input.malformed());
    }

    @Test
    void aWholeNumberWrittenWithADecimalPointIsAccepted() {
        assertEquals(4, read("{'quantity':4.0}").quantity());
    }

    @ParameterizedTest
    @ValueSource(strings = {"3000000000", "1e400", "99999999999999999999999999"})
    void aHugeQuantityIsTooLargeNotMalformed(String quantity) {
        assertEquals(Map.of("quantity", "quantity must be at most 10000"),
                read("{'quantity':" + quantity + "}").malformed());
    }

    @Test
    void aHugelyNegativeQuantityIsBelowOne() {
        assertEquals(Map.of("quantity", "quantity must be at least 1"),
                read("{'quantity':-3000000000}").malformed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"'1 January 2026'", "'2026-02-30'", "20260101", "'2026/01/01'"})
    void aDateThatIsNoIsoDateIsAFieldError(String date) {
        assertEquals(Map.of("periodTo", "periodTo must be a date (YYYY-MM-DD)"),
                read("{'periodTo':" + date + "}").malformed());
    }

    @Test
    void codesAndNotesMustBeText() {
        RequirementInput input = read("{'capabilityType':7,'priority':1,'event':false,'mission':['UNMISS'],"
                + "'notes':{}}");
        assertEquals(Map.of("capabilityType", "capabilityType must be a text", "priority", "priority must be a text",
                "event", "event must be a text", "mission", "mission must be a text", "notes", "notes must be a text"),
                input.malformed());
    }

    @Test
    void aVersionMustBeAWholeNumber() {
        assertEquals(Map.of("version", "version must be a whole number"),
                read("{'version':'3'}").malformed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "'text'", "42", "null", "{'quantity':", "{} {}"})
    void aBodyThatIsNotOneJsonObjectIsRefused(String body) {
        assertThrows(InvalidInputException.class, () -> read(body));
    }

    @Test
    void anOversizedBodyIsRefusedAsTooLarge() {
        String notes = "n".repeat(JsonBody.MAX_BYTES);
        BodyTooLargeException refused = assertThrows(BodyTooLargeException.class,
                () -> read("{'notes':'" + notes + "'}"));
        assertTrue(refused.getMessage().contains("1 MB"), refused.getMessage());
    }
}
