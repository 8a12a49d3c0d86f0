package org.peacekeeping.pledges.notification;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where notices are mailed, from configuration; with no mail server, no mail and nothing else changes. */
class MailSettingsTest {

    private static MailSettings settings(Map<String, String> values) {
        return MailSettings.from(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void withoutAHostMailIsOff() {
        MailSettings settings = settings(Map.of());
        assertAll(
                () -> assertFalse(settings.enabled()),
                () -> assertTrue(settings.describe().contains(MailSettings.HOST), settings.describe()));
    }

    @Test
    void aBlankHostCountsAsNone() {
        assertFalse(settings(Map.of(MailSettings.HOST, "  ")).enabled());
    }

    @Test
    void withOnlyAHostMailGoesToPort25FromPledgesAtLocalhostWithoutSigningIn() {
        MailSettings settings = settings(Map.of(MailSettings.HOST, "smtp.example.org"));
        assertAll(
                () -> assertTrue(settings.enabled()),
                () -> assertEquals("smtp.example.org", settings.host()),
                () -> assertEquals(25, settings.port()),
                () -> assertEquals("pledges@localhost", settings.from()),
                () -> assertFalse(settings.authenticated()),
                () -> assertFalse(settings.starttls()));
    }

    @Test
    void everySettingIsRead() {
        MailSettings settings = settings(Map.of(MailSettings.HOST, "smtp.example.org", MailSettings.PORT, "587",
                MailSettings.FROM, "pledges@un.example", MailSettings.USERNAME, "tracker",
                MailSettings.PASSWORD, "s3cret", MailSettings.STARTTLS, "true"));
        assertEquals(new MailSettings("smtp.example.org", 587, "pledges@un.example", "tracker", "s3cret", true),
                settings);
    }

    @Test
    void theSessionUsesShortTimeoutsSoASlowServerNeverHoldsAThreadLong() {
        Properties session = settings(Map.of(MailSettings.HOST, "smtp.example.org")).sessionProperties();
        assertAll(
                () -> assertEquals("5000", session.getProperty("mail.smtp.connectiontimeout")),
                () -> assertEquals("5000", session.getProperty("mail.smtp.timeout")),
                () -> assertEquals("5000", session.getProperty("mail.smtp.writetimeout")));
    }

    @Test
    void theSessionPointsAtTheServer() {
        Properties session = settings(Map.of(MailSettings.HOST, "smtp.example.org", MailSettings.PORT, "2525",
                MailSettings.FROM, "pledges@un.example")).sessionProperties();
        assertAll(
                () -> assertEquals("smtp.example.org", session.getProperty("mail.smtp.host")),
                () -> assertEquals("2525", session.getProperty("mail.smtp.port")),
                () -> assertEquals("pledges@un.example", session.getProperty("mail.from")),
                () -> assertEquals("false", session.getProperty("mail.smtp.auth")),
                () -> assertEquals("false", session.getProperty("mail.smtp.starttls.enable")));
    }

    @Test
    void withAUsernameTheSessionSignsIn() {
        Properties session = settings(Map.of(MailSettings.HOST, "smtp.example.org", MailSettings.USERNAME, "tracker",
                MailSettings.PASSWORD, "s3cret")).sessionProperties();
        assertEquals("true", session.getProperty("mail.smtp.auth"));
    }

    @Test
    void withStarttlsTheSessionRequiresIt() {
        Properties session = settings(Map.of(MailSettings.HOST, "smtp.example.org", MailSettings.STARTTLS, "TRUE"))
                .sessionProperties();
        assertAll(
                () -> assertEquals("true", session.getProperty("mail.smtp.starttls.enable")),
                () -> assertEquals("true", session.getProperty("mail.smtp.starttls.required")));
    }

    @Test
    void thePasswordIsNeverShown() {
        MailSettings settings = settings(Map.of(MailSettings.HOST, "smtp.example.org", MailSettings.USERNAME, "tracker",
                MailSettings.PASSWORD, "s3cret"));
        assertAll(
                () -> assertFalse(settings.toString().contains("s3cret"), settings.toString()),
                () -> assertFalse(settings.describe().contains("s3cret"), settings.describe()),
                () -> assertTrue(settings.describe().contains("tracker"), settings.describe()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"smtp", "0", "65536", "-25"})
    void aWrongPortIsRefusedNamingTheSetting(String port) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> settings(Map.of(MailSettings.HOST, "smtp.example.org", MailSettings.PORT, port)));
        assertTrue(refused.getMessage().contains(MailSettings.PORT), refused.getMessage());
    }

    @Test
    void aStarttlsFlagOtherThanTrueOrFalseIsRefusedNamingTheSetting() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> settings(Map.of(MailSettings.HOST, "smtp.example.org", MailSettings.STARTTLS, "sometimes")));
        assertTrue(refused.getMessage().contains(MailSettings.STARTTLS), refused.getMessage());
    }

    @Test
    void aSenderThatIsNoMailAddressIsRefusedNamingTheSetting() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> settings(Map.of(MailSettings.HOST, "smtp.example.org", MailSettings.FROM, "pledges")));
        assertTrue(refused.getMessage().contains(MailSettings.FROM), refused.getMessage());
    }
}
