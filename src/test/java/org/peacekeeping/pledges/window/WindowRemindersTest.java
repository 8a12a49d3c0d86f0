package org.peacekeeping.pledges.window;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.notification.NotificationTexts.Text;

/** When a window-closing reminder is due, and what it says (SPEC §12). */
class WindowRemindersTest {

    private static final LocalDate CLOSES = LocalDate.of(2026, 12, 15);
    private static final List<WindowReminderStore.Draft> TWO = List.of(
            new WindowReminderStore.Draft(11, "PAK-2025-0001", "Level 2 hospital", "PAK"),
            new WindowReminderStore.Draft(12, "PAK-2025-0002", "Engineer company", "PAK"));

    @Test
    void theSevenDayReminderFromSevenDaysOutAndTheOneDayReminderFromTheDayBefore() {
        assertAll(
                () -> assertEquals(Optional.empty(), WindowReminders.stage(8)),
                () -> assertEquals(Optional.of(7), WindowReminders.stage(7)),
                () -> assertEquals(Optional.of(7), WindowReminders.stage(2)),
                () -> assertEquals(Optional.of(1), WindowReminders.stage(1)),
                () -> assertEquals(Optional.of(1), WindowReminders.stage(0), "the closing day catches up"),
                () -> assertEquals(Optional.empty(), WindowReminders.stage(-1), "closed: nothing"));
    }

    @Test
    void theEnglishReminderNamesTheEventTheDateAndEachDraftWithItsLink() {
        Text text = WindowReminderTexts.compose("Berlin 2025", CLOSES, 7, TWO,
                id -> "https://pledges.example.org/pledges/edit.xhtml?id=" + id, Locale.ENGLISH);
        assertAll(
                () -> assertEquals("Reminder: pledging for Berlin 2025 closes on 15 December 2026", text.subject()),
                () -> assertTrue(text.body().contains("in 7 days"), text.body()),
                () -> assertTrue(text.body().contains("2 pledges"), text.body()),
                () -> assertTrue(text.body().contains("PAK-2025-0002 \"Engineer company\": "
                        + "https://pledges.example.org/pledges/edit.xhtml?id=12"), text.body()));
    }

    @Test
    void theFrenchReminderWithoutLinksSaysTomorrow() {
        Text text = WindowReminderTexts.compose("Berlin 2025", CLOSES, 1, TWO.subList(0, 1), null, Locale.FRENCH);
        assertAll(
                () -> assertTrue(text.subject().contains("15 décembre 2026"), text.subject()),
                () -> assertTrue(text.body().contains("demain"), text.body()),
                () -> assertTrue(text.body().contains("une contribution"), text.body()),
                () -> assertFalse(text.body().contains("http"), text.body()));
    }

    @Test
    void aLongListIsCutAndCounted() {
        List<WindowReminderStore.Draft> many = IntStream.range(0, 30).mapToObj(i ->
                new WindowReminderStore.Draft(i, "PAK-2025-" + (1000 + i), "x".repeat(200), "PAK")).toList();
        Text text = WindowReminderTexts.compose("Berlin 2025", CLOSES, 0, many, id -> "https://a.example/" + id,
                Locale.ENGLISH);
        assertAll(
                () -> assertTrue(text.body().contains("today"), text.body()),
                () -> assertTrue(text.body().contains("and 20 more"), text.body()),
                () -> assertTrue(text.body().length() < 4000, "fits the notice's body"));
    }
}
