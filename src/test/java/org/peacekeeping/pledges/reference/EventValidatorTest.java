package org.peacekeeping.pledges.reference;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.Problem.FieldError;

/** What an administrator enters for an event, checked all at once, with the form's field names and text keys. */
class EventValidatorTest {

    private static final PledgingEvent BERLIN = new PledgingEvent("BERLIN-2025", EventType.MINISTERIAL, null,
            "United Nations Peacekeeping Ministerial 2025", "Réunion ministérielle 2025", "Berlin",
            LocalDate.of(2025, 5, 13), LocalDate.of(2025, 5, 14));
    private static final PledgingEvent ISLAMABAD = new PledgingEvent("ISLAMABAD-2025", EventType.PREPARATORY,
            BERLIN, "Preparatory meeting", "Réunion préparatoire", "Islamabad", LocalDate.of(2025, 4, 15),
            LocalDate.of(2025, 4, 16));
    private static final PledgingEvent SEOUL = new PledgingEvent("SEOUL-2021", EventType.MINISTERIAL, null,
            "United Nations Peacekeeping Ministerial 2021", "Réunion ministérielle 2021", "Seoul",
            LocalDate.of(2021, 12, 7), LocalDate.of(2021, 12, 8));
    private static final Map<String, PledgingEvent> EVENTS = Map.of(BERLIN.code(), BERLIN, ISLAMABAD.code(),
            ISLAMABAD, SEOUL.code(), SEOUL);
    private static final Set<String> STATES = Set.of("PAK", "KOR", "JPN", "DEU", "GHA", "VAT");

    private static final EventValidator VALIDATOR = new EventValidator(code -> Optional.ofNullable(EVENTS.get(code)),
            STATES::contains, code -> code.equals("BERLIN-2025") ? List.of("ISLAMABAD-2025") : List.of());

    private static EventInput ministerial() {
        return new EventInput("NEW-YORK-2027", EventType.MINISTERIAL, "United Nations Peacekeeping Ministerial 2027",
                "Réunion ministérielle des Nations Unies sur le maintien de la paix 2027", "New York",
                LocalDate.of(2027, 5, 11), LocalDate.of(2027, 5, 12), "The future", "L'avenir", null, "DEU",
                List.of("GHA"), LocalDate.of(2026, 10, 1), LocalDate.of(2027, 5, 12), null);
    }

    private static EventInput preparatory(String ministerial) {
        return new EventInput("ACCRA-2027", EventType.PREPARATORY, "Preparatory meeting", "Réunion préparatoire",
                "Accra", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 2), null, null, ministerial, "GHA",
                List.of(), null, null, null);
    }

    private static List<FieldError> refused(EventInput input, PledgingEvent existing) {
        return assertThrows(InvalidInputException.class, () -> VALIDATOR.validate(input, existing)).errors();
    }

    private static void refusedWith(EventInput input, PledgingEvent existing, String field, String key) {
        assertEquals(List.of(new FieldError(field, key)), refused(input, existing));
    }

    @Test
    void aCompleteMinisterialIsAcceptedAsEntered() {
        EventInput valid = VALIDATOR.validate(ministerial(), null);
        assertAll(
                () -> assertEquals("NEW-YORK-2027", valid.code()),
                () -> assertEquals("DEU", valid.host()),
                () -> assertEquals(List.of("GHA"), valid.coHosts()),
                () -> assertNull(valid.ministerial()));
    }

    @Test
    void codesAreTrimmedAndPutInUpperCase() {
        EventInput input = ministerial();
        EventInput lower = new EventInput("  new-york-2027 ", input.type(), input.nameEn(), input.nameFr(),
                input.city(), input.startDate(), input.endDate(), input.themeEn(), input.themeFr(), null, " deu ",
                List.of(" gha ", ""), null, null, null);
        EventInput valid = VALIDATOR.validate(lower, null);
        assertAll(
                () -> assertEquals("NEW-YORK-2027", valid.code()),
                () -> assertEquals("DEU", valid.host()),
                () -> assertEquals(List.of("GHA"), valid.coHosts()));
    }

    @Test
    void textsAreStrippedAndBlankThemesBecomeNull() {
        EventInput input = ministerial();
        EventInput padded = new EventInput(input.code(), input.type(), "  Ministerial  ", input.nameFr(),
                " New York ", input.startDate(), input.endDate(), "  ", null, null, "DEU", List.of(), null, null, null);
        EventInput valid = VALIDATOR.validate(padded, null);
        assertAll(
                () -> assertEquals("Ministerial", valid.nameEn()),
                () -> assertEquals("New York", valid.city()),
                () -> assertNull(valid.themeEn()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BERLIN", "2025", "BERLIN 2025", "BERLIN_2025", "-BERLIN-2025", "BERLIN--2025",
            "A-VERY-LONG-NAME-OF-A-CITY-2027"})
    void aCodeIsUpperCaseWordsWithAYear(String code) {
        EventInput input = ministerial();
        refusedWith(new EventInput(code, input.type(), input.nameEn(), input.nameFr(), input.city(),
                input.startDate(), input.endDate(), null, null, null, "DEU", List.of(), null, null, null), null,
                "code", "error.event.code.pattern");
    }

    @Test
    void aCodeMayNotBeTakenTwice() {
        EventInput input = ministerial();
        refusedWith(new EventInput("berlin-2025", input.type(), input.nameEn(), input.nameFr(), input.city(),
                input.startDate(), input.endDate(), null, null, null, "DEU", List.of(), null, null, null), null,
                "code", "error.event.code.taken");
    }

    @Test
    void theCodeOfAnExistingEventIsNeverReadFromTheInput() {
        EventInput input = ministerial();
        EventInput change = new EventInput("SOMETHING-ELSE-2030", EventType.MINISTERIAL, input.nameEn(),
                input.nameFr(), input.city(), input.startDate(), input.endDate(), null, null, null, "DEU", List.of(),
                null, null, 3L);
        assertEquals("SEOUL-2021", VALIDATOR.validate(change, SEOUL).code());
    }

    @Test
    void anEmptyFormNamesEveryRequiredField() {
        List<FieldError> errors = refused(new EventInput(null, null, " ", null, "", null, null, null, null, null,
                null, null, null, null, null), null);
        assertEquals(List.of(
                new FieldError("code", "error.event.code.required"),
                new FieldError("type", "error.event.type.required"),
                new FieldError("nameEn", "error.required"),
                new FieldError("nameFr", "error.required"),
                new FieldError("city", "error.required"),
                new FieldError("startDate", "error.event.startDate.required"),
                new FieldError("endDate", "error.event.endDate.required"),
                new FieldError("host", "error.event.host.required")), errors);
    }

    @Test
    void namesHaveAtMostTwoHundredCharacters() {
        EventInput input = ministerial();
        refusedWith(new EventInput(input.code(), input.type(), "x".repeat(201), input.nameFr(), input.city(),
                input.startDate(), input.endDate(), null, null, null, "DEU", List.of(), null, null, null), null,
                "nameEn", "error.tooLong.200");
    }

    @Test
    void anEventCannotEndBeforeItStarts() {
        EventInput input = ministerial();
        refusedWith(new EventInput(input.code(), input.type(), input.nameEn(), input.nameFr(), input.city(),
                LocalDate.of(2027, 5, 12), LocalDate.of(2027, 5, 11), null, null, null, "DEU", List.of(), null, null,
                null), null, "endDate", "error.event.endDate.beforeStart");
    }

    @Test
    void aOneDayEventEndsTheDayItStarts() {
        EventInput input = ministerial();
        VALIDATOR.validate(new EventInput(input.code(), input.type(), input.nameEn(), input.nameFr(), input.city(),
                LocalDate.of(2027, 5, 12), LocalDate.of(2027, 5, 12), null, null, null, "DEU", List.of(), null, null,
                null), null);
    }

    @Test
    void thePledgingWindowCannotCloseBeforeItOpens() {
        EventInput input = ministerial();
        refusedWith(new EventInput(input.code(), input.type(), input.nameEn(), input.nameFr(), input.city(),
                input.startDate(), input.endDate(), null, null, null, "DEU", List.of(), LocalDate.of(2027, 1, 2),
                LocalDate.of(2027, 1, 1), null), null, "pledgingCloses", "error.event.pledgingCloses.beforeOpens");
    }

    @Test
    void aPledgingWindowMayBeOpenAtEitherEnd() {
        EventInput input = ministerial();
        VALIDATOR.validate(new EventInput(input.code(), input.type(), input.nameEn(), input.nameFr(), input.city(),
                input.startDate(), input.endDate(), null, null, null, "DEU", List.of(), LocalDate.of(2027, 1, 2),
                null, null), null);
    }

    @Test
    void aPreparatoryMeetingLeadsToAMinisterial() {
        assertEquals("BERLIN-2025", VALIDATOR.validate(preparatory("berlin-2025"), null).ministerial());
    }

    @Test
    void aPreparatoryMeetingNeedsItsMinisterial() {
        refusedWith(preparatory(null), null, "ministerial", "error.event.ministerial.required");
    }

    @Test
    void aPreparatoryMeetingCannotLeadToAnUnknownEvent() {
        refusedWith(preparatory("PARIS-2031"), null, "ministerial", "error.event.ministerial.unknown");
    }

    @Test
    void aPreparatoryMeetingCannotLeadToAnotherPreparatoryMeeting() {
        refusedWith(preparatory("ISLAMABAD-2025"), null, "ministerial", "error.event.ministerial.notMinisterial");
    }

    @Test
    void aMinisterialLeadsToNoOtherEvent() {
        EventInput input = ministerial();
        refusedWith(new EventInput(input.code(), EventType.MINISTERIAL, input.nameEn(), input.nameFr(),
                input.city(), input.startDate(), input.endDate(), null, null, "SEOUL-2021", "DEU", List.of(), null,
                null, null), null, "ministerial", "error.event.ministerial.forPreparatoryOnly");
    }

    @Test
    void aMinisterialWithPreparatoryMeetingsStaysAMinisterial() {
        EventInput change = new EventInput(null, EventType.PREPARATORY, BERLIN.nameEn(), BERLIN.nameFr(),
                BERLIN.city(), BERLIN.startDate(), BERLIN.endDate(), null, null, "SEOUL-2021", "DEU", List.of(),
                null, null, 0L);
        refusedWith(change, BERLIN, "type", "error.event.type.hasPreparatory");
    }

    @Test
    void aMinisterialWithoutPreparatoryMeetingsMayBecomeOne() {
        EventInput change = new EventInput(null, EventType.PREPARATORY, SEOUL.nameEn(), SEOUL.nameFr(),
                SEOUL.city(), SEOUL.startDate(), SEOUL.endDate(), null, null, "BERLIN-2025", "KOR", List.of(), null,
                null, 0L);
        assertEquals("BERLIN-2025", VALIDATOR.validate(change, SEOUL).ministerial());
    }

    @Test
    void hostsAreKnownStates() {
        EventInput input = ministerial();
        refusedWith(new EventInput(input.code(), input.type(), input.nameEn(), input.nameFr(), input.city(),
                input.startDate(), input.endDate(), null, null, null, "XXX", List.of(), null, null, null), null,
                "host", "error.event.host.unknown");
        refusedWith(new EventInput(input.code(), input.type(), input.nameEn(), input.nameFr(), input.city(),
                input.startDate(), input.endDate(), null, null, null, "DEU", List.of("GHA", "XXX"), null, null,
                null), null, "coHosts", "error.event.coHosts.unknown");
    }

    @Test
    void theHostIsNotAlsoACoHost() {
        EventInput input = ministerial();
        refusedWith(new EventInput(input.code(), input.type(), input.nameEn(), input.nameFr(), input.city(),
                input.startDate(), input.endDate(), null, null, null, "DEU", List.of("deu"), null, null, null), null,
                "coHosts", "error.event.coHosts.host");
    }

    @Test
    void aCoHostNamedTwiceCountsOnce() {
        EventInput input = ministerial();
        EventInput valid = VALIDATOR.validate(new EventInput(input.code(), input.type(), input.nameEn(),
                input.nameFr(), input.city(), input.startDate(), input.endDate(), null, null, null, "DEU",
                List.of("GHA", "JPN", "GHA"), null, null, null), null);
        assertEquals(List.of("GHA", "JPN"), valid.coHosts());
    }

    @Test
    void aChangeCarriesTheVersionItWasMadeOn() {
        EventInput change = new EventInput(null, EventType.MINISTERIAL, SEOUL.nameEn(), SEOUL.nameFr(),
                SEOUL.city(), SEOUL.startDate(), SEOUL.endDate(), null, null, null, "KOR", List.of(), null, null,
                null);
        refusedWith(change, SEOUL, "version", "error.version.required");
    }
}
