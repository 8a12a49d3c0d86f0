package org.peacekeeping.pledges.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Secure cookies and HSTS only where users reach the application over HTTPS, never in demo mode. */
class TransportSecurityTest {

    private static final Optional<String> HSTS = Optional.of("max-age=31536000; includeSubDomains");

    @Test
    void productionWithAnHttpsBaseUrlHasSecureCookiesAndHstsEvenBehindAPlainHttpProxy() {
        TransportSecurity behindProxy = TransportSecurity.of(ApplicationMode.PRODUCTION,
                Optional.of(BaseUrl.parse("https://pledges.example.org/")));
        assertTrue(behindProxy.secureCookies());
        assertEquals(HSTS, behindProxy.strictTransportSecurity(false));
        assertEquals(HSTS, behindProxy.strictTransportSecurity(true));
    }

    @Test
    void productionWithoutAnHttpsBaseUrlSendsHstsOnlyOverTls() {
        for (Optional<BaseUrl> base : java.util.List.of(Optional.<BaseUrl>empty(),
                Optional.of(BaseUrl.parse("http://pledges.example.org/")))) {
            TransportSecurity security = TransportSecurity.of(ApplicationMode.PRODUCTION, base);
            assertFalse(security.secureCookies(), "Payara marks cookies Secure on TLS requests itself");
            assertEquals(Optional.empty(), security.strictTransportSecurity(false), base::toString);
            assertEquals(HSTS, security.strictTransportSecurity(true), base::toString);
        }
    }

    @Test
    void demoModeNeverAsksForEither() {
        TransportSecurity demo = TransportSecurity.of(ApplicationMode.DEMO,
                Optional.of(BaseUrl.parse("https://pledges.example.org/")));
        assertFalse(demo.secureCookies());
        assertEquals(Optional.empty(), demo.strictTransportSecurity(false));
        assertEquals(Optional.empty(), demo.strictTransportSecurity(true));
    }

    @Test
    void readsTheModeAndBaseUrlAsTheApplicationResolvesThem() {
        TransportSecurity production = TransportSecurity.from(new MapConfig(Map.of(
                "pledges.db.url", "jdbc:postgresql://db:5432/pledges", "pledges.base-url", "HTTPS://pledges.example.org")));
        assertEquals(new TransportSecurity(ApplicationMode.PRODUCTION, true), production);
        assertEquals(new TransportSecurity(ApplicationMode.DEMO, false), TransportSecurity.from(MapConfig.empty()));
        assertThrows(IllegalArgumentException.class, () -> TransportSecurity.from(new MapConfig(Map.of(
                "pledges.base-url", "pledges.example.org"))));
    }
}
