package org.peacekeeping.pledges.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The address links in mails start from: absolute, http or https, pages resolved below it. */
class BaseUrlTest {

    @Test
    void pagesResolveBelowTheBaseWithOrWithoutItsTrailingSlash() {
        assertEquals("https://pledges.example.org/inbox.xhtml",
                BaseUrl.parse("https://pledges.example.org").page("inbox.xhtml"));
        assertEquals("https://pledges.example.org/inbox.xhtml",
                BaseUrl.parse(" https://pledges.example.org/ ").page("/inbox.xhtml"));
        assertEquals("http://un.example:8080/pledges/pledges/edit.xhtml?id=12",
                BaseUrl.parse("http://un.example:8080/pledges").page("pledges/edit.xhtml?id=12"));
        assertEquals("https://pledges.example.org/", BaseUrl.parse("HTTPS://pledges.example.org").toString());
    }

    @Test
    void unsetOrBlankMeansNoLinks() {
        assertEquals(Optional.empty(), BaseUrl.from(MapConfig.empty()));
        assertEquals(Optional.empty(), BaseUrl.from(new MapConfig(Map.of("pledges.base-url", "  "))));
    }

    @Test
    void aRelativeOrNonWebAddressIsRefusedNamingTheVariable() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> BaseUrl.parse("/pledges"));
        assertTrue(refused.getMessage().startsWith("PLEDGES_BASE_URL must be the absolute http or https address"),
                refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BaseUrl.parse("mailto:pledges@example.org"));
        assertThrows(IllegalArgumentException.class, () -> BaseUrl.parse("https://pledges.example.org/#top"));
    }
}
