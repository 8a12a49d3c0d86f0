package org.peacekeeping.pledges.reference;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.platform.Actor;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.Problem.FieldError;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.pledge.Fixtures;

/**
 * Every change of a closing date is on record (SPEC §12): an administrator's extension with its reason, a date
 * changed on the event form without; a refused extension changes and records nothing.
 */
class WindowChangesTest {

    private static final Actor ADMIN = new Actor("admin", Role.ADMIN, null);
    private static final LocalDate OPENS = LocalDate.of(2024, 10, 1);
    private static final LocalDate CLOSES = LocalDate.of(2025, 5, 14);

    private final List<WindowChange> recorded = new ArrayList<>();
    private PledgingEvent berlin;
    private ReferenceAdminService service;

    @BeforeEach
    void service() throws ReflectiveOperationException {
        berlin = new PledgingEvent("BERLIN-2025", EventType.MINISTERIAL, null, "Berlin 2025", "Berlin 2025", "Berlin",
                LocalDate.of(2025, 5, 13), LocalDate.of(2025, 5, 14));
        berlin.schedule(LocalDate.of(2025, 5, 13), LocalDate.of(2025, 5, 14), OPENS, CLOSES);
        berlin.changeHosts(List.of(new EventHost("DEU", HostRole.HOST, 1)));
        ReferenceDataRepository repository = new ReferenceDataRepository() {
            @Override
            public Optional<PledgingEvent> event(String code) {
                return Optional.ofNullable(code).filter(berlin.code()::equals).map(c -> berlin);
            }

            @Override
            public List<PledgingEvent> events() {
                return List.of(berlin);
            }

            @Override
            public Optional<MemberState> memberState(String iso3) {
                return Optional.of(Fixtures.memberState(iso3));
            }

            @Override
            public void add(WindowChange change) {
                recorded.add(change);
            }

            @Override
            public void flush() {
                // nothing to write
            }
        };
        service = new ReferenceAdminService();
        Field field = ReferenceAdminService.class.getDeclaredField("repository");
        field.setAccessible(true);
        field.set(service, repository);
    }

    private EventInput edited(LocalDate closes) {
        return new EventInput(null, EventType.MINISTERIAL, "Berlin 2025", "Berlin 2025", "Berlin",
                LocalDate.of(2025, 5, 13), LocalDate.of(2025, 5, 14), null, null, null, "DEU", List.of(), OPENS,
                closes, 0L);
    }

    @Test
    void aClosingDateChangedOnTheEventFormIsRecordedWithoutReason() {
        service.updateEvent(ADMIN, "BERLIN-2025", edited(LocalDate.of(2025, 6, 30)));
        assertEquals(1, recorded.size());
        WindowChange change = recorded.get(0);
        assertAll(
                () -> assertEquals(WindowChange.Kind.EDIT, change.kind()),
                () -> assertEquals(CLOSES, change.oldCloses()),
                () -> assertEquals(LocalDate.of(2025, 6, 30), change.newCloses()),
                () -> assertNull(change.reason()),
                () -> assertEquals("admin", change.changedBy()));
    }

    @Test
    void anEditThatKeepsTheClosingDateRecordsNothing() {
        service.updateEvent(ADMIN, "BERLIN-2025", edited(CLOSES));
        assertEquals(List.of(), recorded);
    }

    @Test
    void anExtensionIsRecordedWithItsReasonAndMovesTheDate() {
        LocalDate later = LocalDate.of(2026, 12, 15);
        WindowChange change = service.extendWindow(ADMIN, "BERLIN-2025", later, "  Late pledges  ", null);
        assertAll(
                () -> assertEquals(List.of(change), recorded),
                () -> assertEquals(WindowChange.Kind.EXTENSION, change.kind()),
                () -> assertEquals(CLOSES, change.oldCloses()),
                () -> assertEquals(later, change.newCloses()),
                () -> assertEquals("Late pledges", change.reason()),
                () -> assertEquals(later, berlin.pledgingCloses()));
    }

    @Test
    void aRefusedExtensionNamesEveryWrongFieldAndChangesNothing() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> service.extendWindow(ADMIN, "BERLIN-2025", CLOSES, " ", null));
        assertEquals(List.of(new FieldError("pledgingCloses", "error.window.newCloses.notLater"),
                new FieldError("reason", "error.window.reason.required")), refused.errors());
        InvalidInputException tooLong = assertThrows(InvalidInputException.class,
                () -> service.extendWindow(ADMIN, "BERLIN-2025", null, "x".repeat(1001), null));
        assertEquals(List.of(new FieldError("pledgingCloses", "error.window.newCloses.required"),
                new FieldError("reason", "error.tooLong.1000")), tooLong.errors());
        assertTrue(recorded.isEmpty());
        assertEquals(CLOSES, berlin.pledgingCloses());
    }
}
