package org.peacekeeping.pledges.reference.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The administrator's texts exist in both languages, and those with arguments survive MessageFormat. */
class AdminTextsTest {

    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private static Properties load(String name) throws IOException {
        try (InputStream in = AdminTextsTest.class.getResourceAsStream("/org/peacekeeping/pledges/web/" + name)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @Test
    void everyEnglishTextHasAFrenchOneAndTheOtherWayRound() throws IOException {
        assertEquals(new TreeSet<>(load("admin.properties").stringPropertyNames()),
                new TreeSet<>(load("admin_fr.properties").stringPropertyNames()));
    }

    @Test
    void textsWithArgumentsDoubleTheirApostrophes() throws IOException {
        for (String file : Set.of("admin.properties", "admin_fr.properties")) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (text.contains("{0")) {
                    assertTrue(!LONE_APOSTROPHE.matcher(text).find(), file + " " + key + ": write '' in " + text);
                    String formatted = new MessageFormat(text, Locale.FRENCH).format(new Object[] {7, 9});
                    assertTrue(formatted.contains("7"), file + " " + key + " loses its argument: " + formatted);
                }
            }
        }
    }

    @Test
    void theFrenchTextsAreInFrench() throws IOException {
        assertEquals("Dernière connexion (UTC)", load("admin_fr.properties").getProperty("account.lastSignIn"));
    }
}
