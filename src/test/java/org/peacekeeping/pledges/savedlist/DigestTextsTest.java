package org.peacekeeping.pledges.savedlist;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.notification.NotificationTexts.Text;
import org.peacekeeping.pledges.platform.BaseUrl;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.pledge.PledgeStatus;

/** What the digest says, in English and French, with its links, and that it fits a notice. */
class DigestTextsTest {

    private static final BaseUrl BASE = BaseUrl.parse("https://pledges.example.org/");

    private static DigestSelection.Section section(long listId, String name, int total, int shown) {
        List<DigestSelection.Match> matches = LongStream.rangeClosed(1, shown).mapToObj(id ->
                new DigestSelection.Match(listId * 100 + id, "PAK-2025-" + (listId * 100 + id), "Level 2 hospital "
                        + id, "PAK", PledgeStatus.SUBMITTED)).toList();
        return new DigestSelection.Section(listId, name, "analysis/pledges.xhtml?category=MEDICAL", total, matches,
                matches.stream().map(DigestSelection.Match::id).toList());
    }

    private static Optional<DigestTexts.Links> links(Role role) {
        return Optional.of(new DigestTexts.Links(BASE, role, 7, id -> "sig" + id));
    }

    @Test
    void theDigestNamesEachListItsCountItsMatchesAndItsLinks() {
        Text text = DigestTexts.compose(List.of(section(1, "Medical", 3, 2), section(2, "Berlin", 1, 1)),
                links(Role.REVIEWER), Locale.ENGLISH);
        assertAll(
                () -> assertEquals("Saved lists: 4 new matches", text.subject()),
                () -> assertTrue(text.body().contains("Medical: 3 new matches"), text.body()),
                () -> assertTrue(text.body().contains("Berlin: 1 new match"), text.body()),
                () -> assertTrue(text.body().contains("- PAK-2025-101 · Level 2 hospital 1 · PAK · Submitted"),
                        text.body()),
                () -> assertTrue(text.body().contains("https://pledges.example.org/review/pledge.xhtml?id=101"),
                        text.body()),
                () -> assertTrue(text.body().contains("… and 1 more in the list."), text.body()),
                () -> assertTrue(text.body().contains("Open the list: https://pledges.example.org/analysis/pledges"
                        + ".xhtml?category=MEDICAL"), text.body()),
                () -> assertTrue(text.body().contains("Stop following \"Medical\" (no sign-in needed): "
                        + "https://pledges.example.org/unfollow.xhtml?list=1&account=7&signature=sig1"), text.body()),
                () -> assertTrue(text.body().contains("https://pledges.example.org/saved-lists.xhtml"), text.body()));
    }

    @Test
    void inFrenchWithAFocalPointsPledgeLinks() {
        Text text = DigestTexts.compose(List.of(section(1, "Médical", 1, 1)), links(Role.FOCAL_POINT),
                Locale.FRENCH);
        assertAll(
                () -> assertEquals("Listes enregistrées\u00a0: 1 nouveau résultat", text.subject()),
                () -> assertTrue(text.body().contains("Soumise"), text.body()),
                () -> assertTrue(text.body().contains("Ne plus suivre «\u00a0Médical\u00a0»"), text.body()),
                () -> assertTrue(text.body().contains("https://pledges.example.org/pledges/edit.xhtml?id=101"),
                        text.body()));
    }

    @Test
    void withoutABaseUrlThereAreNoLinks() {
        Text text = DigestTexts.compose(List.of(section(1, "Medical", 1, 1)), Optional.empty(), Locale.ENGLISH);
        assertFalse(text.body().contains("http"), text.body());
    }

    @Test
    void aLargeDigestFitsANoticeAndKeepsEveryUnfollowLink() {
        List<DigestSelection.Section> sections = LongStream.rangeClosed(1, 10)
                .mapToObj(id -> section(id, "List number " + id + " " + "x".repeat(60), 500, 25)).toList();
        Text text = DigestTexts.compose(sections, links(Role.ANALYST), Locale.ENGLISH);
        assertAll(
                () -> assertTrue(text.body().length() <= DigestTexts.BODY_LIMIT, "length " + text.body().length()),
                () -> assertTrue(LongStream.rangeClosed(1, 10).allMatch(id -> text.body().contains(
                        "unfollow.xhtml?list=" + id + "&account=7&signature=sig" + id)), text.body()),
                () -> assertEquals("Saved lists: 5,000 new matches", text.subject()));
    }
}
