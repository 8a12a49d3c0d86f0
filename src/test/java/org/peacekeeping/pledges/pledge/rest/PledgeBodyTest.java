package org.peacekeeping.pledges.pledge.rest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.JsonBody;
import org.peacekeeping.pledges.platform.Problem.FieldError;
import org.peacekeeping.pledges.pledge.PledgeInput;

/**
 * A pledge's JSON body read into {@link PledgeInput}: fields of the wrong type are carried along as field errors (for
 * the service to report with the rule errors), not thrown on their own.
 */
class PledgeBodyTest {

    private static PledgeInput read(String json) {
        return PledgeResource.input(JsonBody.object(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aWellTypedBodyHasNoMalformedField() {
        PledgeInput input = read("{'title':'Hospital','personnel':60,'availableFrom':'2026-03-01','unknown':1}");
        assertAll(
                () -> assertEquals("Hospital", input.title()),
                () -> assertEquals(60, input.personnel()),
                () -> assertEquals(LocalDate.of(2026, 3, 1), input.availableFrom()),
                () -> assertEquals(List.of(), input.malformed()));
    }

    @Test
    void everyFieldOfTheWrongTypeIsCarriedAlongNotThrown() {
        PledgeInput input = read("{'title':7,'personnel':'many','units':1.5,'availableFrom':'2026-02-30',"
                + "'selfSustainment':'MAYBE','preferredMissions':'UNMISS','lines':[{'kind':'TANK','quantity':'x'}],"
                + "'version':'3'}");
        assertEquals(List.of("title", "units", "personnel", "availableFrom", "selfSustainment", "preferredMissions",
                        "lines[0].kind", "lines[0].quantity", "version"),
                input.malformed().stream().map(FieldError::field).toList());
        assertAll(
                () -> assertNull(input.title()),
                () -> assertNull(input.personnel()),
                () -> assertNull(input.availableFrom()),
                () -> assertEquals(List.of(), input.lines()),
                () -> assertTrue(input.isMalformed("lines")),
                () -> assertTrue(input.isMalformed("personnel")),
                () -> assertTrue(!input.isMalformed("women")));
    }

    @Test
    void aNumberTooLargeForItsFieldIsMalformed() {
        assertEquals(List.of(new FieldError("personnel", "is too large")),
                read("{'personnel':3000000000}").malformed());
    }

    @Test
    void noBodyIsRefused() {
        assertThrows(InvalidInputException.class, () -> PledgeResource.input(null));
    }
}
