package org.peacekeeping.pledges.reference;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An event keeps itself whole whatever verb changes it. */
class PledgingEventTest {

    private static final LocalDate MAY_13 = LocalDate.of(2025, 5, 13);
    private static final LocalDate MAY_14 = LocalDate.of(2025, 5, 14);

    private static PledgingEvent berlin() {
        return new PledgingEvent("BERLIN-2025", EventType.MINISTERIAL, null, "Ministerial 2025",
                "Réunion ministérielle 2025", "Berlin", MAY_13, MAY_14);
    }

    private static PledgingEvent islamabad(PledgingEvent ministerial) {
        return new PledgingEvent("ISLAMABAD-2025", EventType.PREPARATORY, ministerial, "Preparatory meeting",
                "Réunion préparatoire", "Islamabad", LocalDate.of(2025, 4, 15), LocalDate.of(2025, 4, 16));
    }

    @Test
    void aNewEventHasWhatEveryEventHas() {
        PledgingEvent event = berlin();
        assertAll(
                () -> assertEquals("BERLIN-2025", event.code()),
                () -> assertEquals(EventType.MINISTERIAL, event.type()),
                () -> assertEquals("Berlin", event.city()),
                () -> assertEquals(MAY_13, event.startDate()),
                () -> assertNull(event.themeEn()),
                () -> assertEquals(List.of(), event.hostCodes()));
    }

    @Test
    void aCodeIsLikeBerlin2025() {
        assertThrows(IllegalArgumentException.class, () -> new PledgingEvent("berlin-2025", EventType.MINISTERIAL,
                null, "Ministerial", "Ministérielle", "Berlin", MAY_13, MAY_14));
    }

    @Test
    void aPreparatoryMeetingNamesItsMinisterial() {
        assertEquals("BERLIN-2025", islamabad(berlin()).ministerial());
    }

    @Test
    void aPreparatoryMeetingLeadsToAMinisterialOnly() {
        PledgingEvent berlin = berlin();
        assertThrows(IllegalArgumentException.class, () -> islamabad(null));
        assertThrows(IllegalArgumentException.class, () -> islamabad(islamabad(berlin)));
    }

    @Test
    void aMinisterialPreparesNoOtherMinisterial() {
        PledgingEvent berlin = berlin();
        assertThrows(IllegalArgumentException.class, () -> berlin().classify(EventType.MINISTERIAL, berlin));
    }

    @Test
    void describingStripsTextsAndRequiresNamesAndCity() {
        PledgingEvent event = berlin();
        event.describe(" Ministerial ", "Ministérielle", " Berlin ", " Future ", " ");
        assertAll(
                () -> assertEquals("Ministerial", event.nameEn()),
                () -> assertEquals("Berlin", event.city()),
                () -> assertEquals("Future", event.themeEn()),
                () -> assertNull(event.themeFr()));
        assertThrows(IllegalArgumentException.class, () -> event.describe("Ministerial", " ", "Berlin", null, null));
        assertThrows(IllegalArgumentException.class,
                () -> event.describe("Ministerial", "Ministérielle", "x".repeat(101), null, null));
    }

    @Test
    void anEventCannotEndBeforeItStarts() {
        assertThrows(IllegalArgumentException.class, () -> berlin().schedule(MAY_14, MAY_13, null, null));
    }

    @Test
    void thePledgingWindowCannotCloseBeforeItOpens() {
        PledgingEvent event = berlin();
        assertThrows(IllegalArgumentException.class, () -> event.schedule(MAY_13, MAY_14, MAY_14, MAY_13));
        event.schedule(MAY_13, MAY_14, MAY_13, null);
        assertEquals(MAY_13, event.pledgingOpens());
    }

    @Test
    void hostsAreNumberedInTheOrderGivenHostFirst() {
        PledgingEvent event = berlin();
        event.changeHosts(List.of(new EventHost("PAK", HostRole.HOST, 7), new EventHost("KOR", HostRole.CO_HOST, 3),
                new EventHost("JPN", HostRole.CO_HOST, 1)));
        assertAll(
                () -> assertEquals(List.of("PAK", "KOR", "JPN"), event.hostCodes()),
                () -> assertEquals("PAK", event.hostCode()),
                () -> assertEquals(List.of("KOR", "JPN"), event.coHostCodes()),
                () -> assertEquals(List.of(1, 2, 3), event.hosts().stream().map(EventHost::position).toList()));
    }

    @Test
    void anEventHasExactlyOneHostNamedFirst() {
        PledgingEvent event = berlin();
        assertThrows(IllegalArgumentException.class, () -> event.changeHosts(List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> event.changeHosts(List.of(new EventHost("KOR", HostRole.CO_HOST, 1))));
        assertThrows(IllegalArgumentException.class, () -> event.changeHosts(List.of(
                new EventHost("PAK", HostRole.HOST, 1), new EventHost("KOR", HostRole.HOST, 2))));
    }

    @Test
    void aStateHostsAnEventOnce() {
        assertThrows(IllegalArgumentException.class, () -> berlin().changeHosts(List.of(
                new EventHost("PAK", HostRole.HOST, 1), new EventHost("PAK", HostRole.CO_HOST, 2))));
    }

    @Test
    void unchangedHostsKeepTheirStoredRows() {
        PledgingEvent event = berlin();
        event.changeHosts(List.of(new EventHost("DEU", HostRole.HOST, 1)));
        EventHost stored = event.hosts().get(0);
        event.changeHosts(List.of(new EventHost("DEU", HostRole.HOST, 1)));
        assertEquals(System.identityHashCode(stored), System.identityHashCode(event.hosts().get(0)));
    }

    @Test
    void aMinisterialCountsThePledgesOfItsPreparatoryMeetingsAndEveryOtherEventOnlyItsOwn() {
        PledgingEvent berlin = berlin();
        PledgingEvent islamabad = islamabad(berlin);
        assertAll(
                () -> assertTrue(berlin.countsTowards("BERLIN-2025")),
                () -> assertTrue(islamabad.countsTowards("BERLIN-2025")),
                () -> assertTrue(islamabad.countsTowards("ISLAMABAD-2025")),
                () -> assertFalse(berlin.countsTowards("ISLAMABAD-2025")),
                () -> assertFalse(berlin.countsTowards("ACCRA-2023")));
    }

    @Test
    void queriesStateTheSameInclusionInJpqlAndInSql() {
        assertEquals("p.eventCode IN (SELECT x.code FROM PledgingEvent x WHERE x.code = :event"
                + " OR x.ministerial = :event)", PledgingEvent.jpqlIncludedIn("p.eventCode", "event"));
        assertEquals("p.event_code IN (SELECT x.code FROM pledging_event x WHERE x.code = ?3"
                + " OR x.ministerial = ?3)", PledgingEvent.sqlIncludedIn("p.event_code", "?3"));
    }
}
