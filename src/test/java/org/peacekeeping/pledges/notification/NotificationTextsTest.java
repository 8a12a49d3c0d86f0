package org.peacekeeping.pledges.notification;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.peacekeeping.pledges.notification.NotificationTexts.Text;

/** What focal points read: every kind of notice in English and French, with the pledge and the comment in it. */
class NotificationTextsTest {

    private static final String REFERENCE = "PAK-2025-0007";
    private static final String TITLE = "Level 2 hospital";
    private static final LocalDate DUE = LocalDate.of(2026, 3, 12);

    /** The kinds about one pledge; the window-closing reminder lists several and has its own texts (window). */
    static Stream<Arguments> kindsInEachLanguage() {
        return Stream.of(NotificationKind.values())
                .filter(kind -> kind != NotificationKind.WINDOW_CLOSING && kind != NotificationKind.SAVED_LIST_DIGEST)
                .flatMap(kind -> NotificationTexts.LANGUAGES.stream().map(language -> Arguments.of(kind, language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("kindsInEachLanguage")
    void everyKindHasASubjectNamingThePledgeAndABodyNamingItsTitle(NotificationKind kind, Locale language) {
        Text text = NotificationTexts.compose(kind, REFERENCE, TITLE, DUE, language);
        assertAll(
                () -> assertTrue(text.subject().contains(REFERENCE), text.subject()),
                () -> assertTrue(text.body().contains(REFERENCE), text.body()),
                () -> assertTrue(text.body().contains(TITLE), text.body()));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("kindsInEachLanguage")
    void everyPlaceholderIsFilled(NotificationKind kind, Locale language) {
        Text dated = NotificationTexts.compose(kind, REFERENCE, TITLE, DUE, language);
        Text undated = NotificationTexts.compose(kind, REFERENCE, TITLE, null, language);
        assertAll(Stream.of(dated.subject(), dated.body(), undated.subject(), undated.body())
                .map(text -> () -> assertFalse(text.contains("{") || text.contains("}"), text)));
    }

    @ParameterizedTest
    @EnumSource(value = NotificationKind.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"WINDOW_CLOSING", "SAVED_LIST_DIGEST"})
    void everyKindIsTranslatedIntoFrench(NotificationKind kind) {
        Text english = NotificationTexts.compose(kind, REFERENCE, TITLE, DUE, Locale.ENGLISH);
        Text french = NotificationTexts.compose(kind, REFERENCE, TITLE, DUE, Locale.FRENCH);
        assertAll(
                () -> assertNotEquals(english.subject(), french.subject()),
                () -> assertNotEquals(english.body(), french.body()));
    }

    @Test
    void aReturnSaysWhatHappenedAndWhatToDoNext() {
        Text text = NotificationTexts.compose(NotificationKind.RETURNED, REFERENCE, TITLE, null, Locale.ENGLISH);
        assertAll(
                () -> assertEquals("PAK-2025-0007 returned for revision", text.subject()),
                () -> assertTrue(text.body().contains("\"Level 2 hospital\""), text.body()),
                () -> assertTrue(text.body().contains("submit it again"), text.body()));
    }

    @Test
    void anAcknowledgementSaysTheSubmissionWasReceived() {
        Text text = NotificationTexts.compose(NotificationKind.ACKNOWLEDGEMENT, REFERENCE, TITLE, null,
                Locale.ENGLISH);
        assertTrue(text.body().startsWith("We received your submission of pledge PAK-2025-0007"), text.body());
    }

    @Test
    void anApprovalNamesTheRenewalDateInTheRecipientsLanguage() {
        assertAll(
                () -> assertTrue(NotificationTexts.compose(NotificationKind.APPROVED, REFERENCE, TITLE, DUE,
                        Locale.ENGLISH).body().contains("by 12 March 2026"), "English"),
                () -> assertTrue(NotificationTexts.compose(NotificationKind.APPROVED, REFERENCE, TITLE, DUE,
                        Locale.FRENCH).body().contains("d’ici le 12 mars 2026"), "French"));
    }

    @Test
    void aRenewalReminderAsksForConfirmationByTheDateInItsSubject() {
        assertEquals("PAK-2025-0007: confirm by 12 March 2026", NotificationTexts.compose(
                NotificationKind.RENEWAL_DUE, REFERENCE, TITLE, DUE, Locale.ENGLISH).subject());
    }

    @Test
    void aLapsedPledgeRenewedWithoutADateIsSaidToGoThroughReviewAgain() {
        Text text = NotificationTexts.compose(NotificationKind.RENEWED, REFERENCE, TITLE, null, Locale.ENGLISH);
        assertAll(
                () -> assertTrue(text.body().contains("goes through review once more"), text.body()),
                () -> assertFalse(text.body().contains("next renewal"), text.body()));
    }

    @Test
    void frenchUsesFrenchQuotationMarksWithNonBreakingSpaces() {
        Text text = NotificationTexts.compose(NotificationKind.REJECTED, REFERENCE, TITLE, null, Locale.FRENCH);
        assertAll(
                () -> assertEquals("PAK-2025-0007 rejeté", text.subject()),
                () -> assertTrue(text.body().contains("«\u00a0Level 2 hospital\u00a0»"), text.body()));
    }

    @Test
    void aTitleWithApostrophesAndBracesIsQuotedAsWritten() {
        String title = "Côte d'Ivoire's {engineering} company";
        Text text = NotificationTexts.compose(NotificationKind.APPROVED, REFERENCE, title, DUE, Locale.ENGLISH);
        assertTrue(text.body().contains(title), text.body());
    }

    @Test
    void aCanadianFrenchPreferenceGetsFrench() {
        assertEquals(Locale.FRENCH, NotificationTexts.language(Locale.CANADA_FRENCH));
    }

    @Test
    void anyOtherOrNoPreferenceGetsEnglish() {
        assertAll(
                () -> assertEquals(Locale.ENGLISH, NotificationTexts.language(Locale.GERMAN)),
                () -> assertEquals(Locale.ENGLISH, NotificationTexts.language(Locale.forLanguageTag("en-GB"))),
                () -> assertEquals(Locale.ENGLISH, NotificationTexts.language(null)));
    }

    @Test
    void englishStaysEnglishOnAServerWhoseDefaultLocaleIsFrench() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            assertEquals("PAK-2025-0007 approved", NotificationTexts.compose(NotificationKind.APPROVED, REFERENCE,
                    TITLE, DUE, Locale.ENGLISH).subject());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theMailCarriesTheCommentUnderItsLabel() {
        String mail = NotificationTexts.mail("The body.", "  Give the number of vehicles.  ", Locale.ENGLISH);
        assertTrue(mail.startsWith("The body.\n\nComment:\nGive the number of vehicles.\n"), mail);
    }

    @Test
    void theFrenchMailLabelsTheCommentInFrench() {
        String mail = NotificationTexts.mail("Le corps.", "Précisez le nombre de véhicules.", Locale.FRENCH);
        assertTrue(mail.contains("Commentaire\u00a0:\nPrécisez le nombre de véhicules."), mail);
    }

    @Test
    void aMailWithoutACommentHasNoCommentLabel() {
        String mail = NotificationTexts.mail("The body.", null, Locale.ENGLISH);
        assertAll(
                () -> assertFalse(mail.contains("Comment:"), mail),
                () -> assertTrue(mail.contains("inbox"), mail));
    }

    @Test
    void aMailWithLinksGivesThePledgeAndTheInboxBeforeTheClosingLine() {
        String mail = NotificationTexts.mail("The body.", "Check the dates.", Optional.of(new NotificationTexts.Links(
                "https://pledges.example.org/pledges/edit.xhtml?id=7", "https://pledges.example.org/inbox.xhtml")),
                Locale.ENGLISH);
        assertEquals("The body.\n\nComment:\nCheck the dates.\n\n"
                + "The pledge: https://pledges.example.org/pledges/edit.xhtml?id=7\n"
                + "Your inbox: https://pledges.example.org/inbox.xhtml\n\n-- \n"
                + "Peacekeeping Pledge Tracker. This notice is also in your inbox in the application.\n", mail);
    }

    @Test
    void theFrenchMailLabelsItsLinksInFrench() {
        String mail = NotificationTexts.mail("Le corps.", null, Optional.of(new NotificationTexts.Links(
                "https://p.example/pledges/edit.xhtml?id=7", "https://p.example/inbox.xhtml")), Locale.FRENCH);
        assertAll(
                () -> assertTrue(mail.contains("\nL’engagement\u00a0: https://p.example/pledges/edit.xhtml?id=7\n"),
                        mail),
                () -> assertTrue(mail.contains("\nVotre boîte de réception\u00a0: https://p.example/inbox.xhtml\n"),
                        mail));
    }

    @Test
    void aMailWithoutLinksHasNoAddressInIt() {
        String mail = NotificationTexts.mail("The body.", "A comment.", Optional.empty(), Locale.ENGLISH);
        assertAll(
                () -> assertFalse(mail.contains("http"), mail),
                () -> assertFalse(mail.contains("The pledge:"), mail));
    }

    @Test
    void theHtmlMailEscapesEveryPieceOfTextSoNothingInATitleOrCommentBecomesMarkup() {
        String html = NotificationTexts.html("PAK-1 <b>approved</b>", "Pledge \"<script>alert(1)</script>\" & co.",
                "Use 'this' <img src=x onerror=alert(1)>", Optional.empty(), Locale.ENGLISH);
        assertAll(
                () -> assertFalse(html.contains("<script>"), html),
                () -> assertFalse(html.contains("<img"), html),
                () -> assertFalse(html.contains("<b>"), html),
                () -> assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html),
                () -> assertTrue(html.contains("&quot;") && html.contains("&amp; co."), html),
                () -> assertTrue(html.contains("Use &#39;this&#39; &lt;img src=x onerror=alert(1)&gt;"), html),
                () -> assertTrue(html.contains("<title>PAK-1 &lt;b&gt;approved&lt;/b&gt;</title>"), html));
    }

    @Test
    void theHtmlMailHasTheBodyTheCommentTheLinksAndTheFooterInTheRecipientsLanguage() {
        String html = NotificationTexts.html("PAK-1 approuvé", "Premier paragraphe.\n\nSecond.", "Ligne 1\nLigne 2",
                Optional.of(new NotificationTexts.Links("https://p.example/pledges/edit.xhtml?id=7&x=1",
                        "https://p.example/inbox.xhtml")), Locale.FRENCH);
        assertAll(
                () -> assertTrue(html.contains("<html lang=\"fr\">"), html),
                () -> assertTrue(html.contains("<p>Premier paragraphe.</p>\n<p>Second.</p>"), html),
                () -> assertTrue(html.contains("<strong>Commentaire\u00a0:</strong><br>\nLigne 1<br>\nLigne 2"), html),
                () -> assertTrue(html.contains("L’engagement\u00a0: <a href=\"https://p.example/pledges/edit.xhtml?id=7"
                        + "&amp;x=1\">"), html),
                () -> assertTrue(html.contains("<a href=\"https://p.example/inbox.xhtml\">"), html),
                () -> assertTrue(html.contains("Cet avis se trouve aussi dans votre boîte de réception"), html));
    }

    @Test
    void theHtmlMailWithoutLinksHasNoAnchor() {
        String html = NotificationTexts.html("S", "The body.", null, Optional.empty(), Locale.ENGLISH);
        assertAll(
                () -> assertFalse(html.contains("<a "), html),
                () -> assertFalse(html.contains("Comment:"), html),
                () -> assertTrue(html.contains("<html lang=\"en\">"), html));
    }

    @Test
    void bothLanguagesHaveTheSameMessages() {
        assertEquals(file("messages.properties").keySet(), file("messages_fr.properties").keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_fr.properties"})
    void noMessageHasALoneStraightApostropheThatMessageFormatWouldSwallow(String name) {
        Map<String, String> messages = file(name);
        assertAll(messages.entrySet().stream()
                .map(message -> () -> assertFalse(message.getValue().replace("''", "").contains("'"),
                        name + " " + message.getKey() + ": " + message.getValue())));
    }

    /** One bundle file on its own, without the English it would inherit. */
    private static Map<String, String> file(String name) {
        try (InputStream in = NotificationTextsTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            PropertyResourceBundle bundle = new PropertyResourceBundle(in);
            return bundle.keySet().stream().collect(Collectors.toMap(key -> key, bundle::getString));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
