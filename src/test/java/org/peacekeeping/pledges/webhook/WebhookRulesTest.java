package org.peacekeeping.pledges.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The webhooks' rules: which action sends which event, the signature, the retry delays, the targets allowed. */
class WebhookRulesTest {

    private static final WebhookTarget PRODUCTION = new WebhookTarget(false, false);
    private static final WebhookTarget PRODUCTION_PRIVATE_ALLOWED = new WebhookTarget(false, true);
    private static final WebhookTarget DEMO = new WebhookTarget(true, false);

    @ParameterizedTest
    @CsvSource({"SUBMIT, pledge.submitted", "RETURN, pledge.returned", "APPROVE, pledge.approved",
            "REJECT, pledge.rejected", "LAPSE, pledge.lapsed", "DEPLOY, pledge.deployed"})
    void eachEventfulActionSendsItsEvent(String action, String event) {
        assertEquals(Optional.of(event), WebhookEvent.ofAction(action).map(WebhookEvent::code));
        assertEquals(WebhookEvent.ofAction(action), WebhookEvent.ofCode(event));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CREATE", "EDIT", "DELETE", "START_REVIEW", "REOPEN", "RENEW", "WITHDRAW", "ASSESS"})
    void otherActionsSendNothing(String action) {
        assertEquals(Optional.empty(), WebhookEvent.ofAction(action));
    }

    @Test
    void renewingALapsedPledgeSubmitsItAgainAndRenewingAnApprovedOneSendsNothing() {
        assertEquals(Optional.of(WebhookEvent.SUBMITTED), WebhookEvent.ofAction("RENEW", "SUBMITTED"));
        assertEquals(Optional.empty(), WebhookEvent.ofAction("RENEW", "APPROVED"));
        assertEquals(Optional.of(WebhookEvent.APPROVED), WebhookEvent.ofAction("APPROVE", "APPROVED"));
    }

    @Test
    void theSignatureIsTheHexHmacSha256OfTheBodyWithTheSecret() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
        assertEquals("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                WebhookSignature.of("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(WebhookSignature.of("Jefe", "{}".getBytes(StandardCharsets.UTF_8)),
                WebhookSignature.of("Jefe", "{ }".getBytes(StandardCharsets.UTF_8)), "every byte counts");
    }

    @Test
    void retryDelaysDoubleUpToTheCap() {
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofHours(24));
        assertEquals(Duration.ofSeconds(30), policy.delayAfter(1));
        assertEquals(Duration.ofSeconds(60), policy.delayAfter(2));
        assertEquals(Duration.ofSeconds(120), policy.delayAfter(3));
        assertEquals(Duration.ofMinutes(32), policy.delayAfter(7));
        assertEquals(Duration.ofHours(1), policy.delayAfter(8));
        assertEquals(Duration.ofHours(1), policy.delayAfter(1000), "no overflow after many failures");
    }

    @Test
    void retriesGoOnForTheWindowAndThenStop() {
        RetryPolicy policy = RetryPolicy.DEFAULT;
        Instant created = Instant.parse("2026-12-01T10:00:00Z");
        Instant giveUp = created.plus(policy.window());
        Instant now = created;
        int failures = 0;
        Optional<Instant> next = Optional.of(created);
        while (next.isPresent()) {
            now = next.get();
            failures++;
            next = policy.nextAttempt(failures, now, giveUp);
        }
        assertTrue(now.isAfter(created.plus(Duration.ofHours(23))), "the last try is within the last hour: " + now);
        assertFalse(now.isAfter(giveUp), "no try after 24 hours");
        assertEquals(30, failures, "the first try, 7 after doubling delays (30 s to 32 min), then 22 hourly");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://hooks.example.org/in", "ftp://hooks.example.org/", "hooks.example.org/in",
            "https://user:pw@hooks.example.org/", "https://hooks.example.org/#part", "", "https:///nohost",
            "file:///etc/passwd", "javascript:alert(1)"})
    void productionRefusesWhatIsNotAPlainHttpsUrl(String url) {
        assertThrows(WebhookTarget.TargetRefused.class, () -> PRODUCTION.check(url, resolves("203.0.113.7")));
    }

    @Test
    void productionSendsToAPublicHttpsAddress() {
        assertEquals("https://hooks.example.org/in?x=1",
                PRODUCTION.check("https://hooks.example.org/in?x=1", resolves("93.184.216.34")).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.5", "192.168.1.1", "169.254.169.254", "100.64.0.1",
            "0.0.0.0", "::1", "fe80::1", "fd00::1", "::ffff:10.0.0.1", "224.0.0.1", "255.255.255.255"})
    void productionRefusesPrivateLoopbackAndLinkLocalAddresses(String address) {
        WebhookTarget.TargetRefused refused = assertThrows(WebhookTarget.TargetRefused.class,
                () -> PRODUCTION.check("https://hooks.example.org/in", resolves(address)));
        assertTrue(refused.getMessage().contains("resolves to"), refused.getMessage());
    }

    @Test
    void oneRestrictedAddressAmongSeveralRefusesTheHost() {
        assertThrows(WebhookTarget.TargetRefused.class, () -> PRODUCTION.check("https://hooks.example.org/",
                resolves("93.184.216.34", "10.0.0.1")));
    }

    @Test
    void privateAddressesAreAllowedOverHttpsWhenConfigured() {
        PRODUCTION_PRIVATE_ALLOWED.check("https://hooks.internal/", resolves("10.1.2.3"));
        assertThrows(WebhookTarget.TargetRefused.class,
                () -> PRODUCTION_PRIVATE_ALLOWED.check("http://hooks.internal/", resolves("10.1.2.3")),
                "still https only in production");
    }

    @Test
    void demoModeAllowsHttpToLoopbackOnly() {
        DEMO.check("http://127.0.0.1:8099/hook", resolves("127.0.0.1"));
        DEMO.check("http://localhost:8099/hook", resolves("127.0.0.1", "::1"));
        DEMO.check("https://localhost/hook", resolves("127.0.0.1"));
        assertThrows(WebhookTarget.TargetRefused.class, () -> DEMO.check("http://hooks.example.org/",
                resolves("93.184.216.34")));
        assertThrows(WebhookTarget.TargetRefused.class, () -> DEMO.check("http://localhost/",
                resolves("10.0.0.8")), "a loopback name that resolves elsewhere");
        assertThrows(WebhookTarget.TargetRefused.class, () -> DEMO.check("https://hooks.lan/",
                resolves("192.168.0.2")), "private ranges stay refused in demo mode too");
    }

    @Test
    void anUnresolvableHostIsRefused() {
        assertThrows(WebhookTarget.TargetRefused.class, () -> PRODUCTION.check("https://nowhere.invalid/",
                host -> {
                    throw new UnknownHostException(host);
                }));
    }

    @Test
    void secretsSealedWithAKeyOpenWithItAndNotWithout() {
        SecretBox box = SecretBox.of("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
        String sealed = box.seal("a-secret-of-some-length");
        assertTrue(sealed.startsWith("v1:"));
        assertFalse(sealed.contains("a-secret"), "not readable in the database");
        assertNotEquals(sealed, box.seal("a-secret-of-some-length"), "a fresh nonce each time");
        assertEquals("a-secret-of-some-length", box.open(sealed));
        assertThrows(IllegalStateException.class, () -> SecretBox.of(null).open(sealed));
        assertThrows(IllegalStateException.class,
                () -> SecretBox.of("ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=").open(sealed), "another key");
        assertEquals("plain-one-of-old", box.open(SecretBox.of(null).seal("plain-one-of-old")),
                "a secret stored before the key was set is still read");
        assertThrows(IllegalArgumentException.class, () -> SecretBox.of("c2hvcnQ="), "a key of 5 bytes");
    }

    @Test
    void answersAreKeptShortAndOnOneLine() {
        assertEquals("ok then", WebhookSender.clip("ok\r\nthen"));
        assertEquals(WebhookDelivery.ANSWER_LENGTH, WebhookSender.clip("x".repeat(5000)).length());
    }

    private static WebhookTarget.Resolver resolves(String... addresses) {
        return host -> {
            List<InetAddress> list = new java.util.ArrayList<>();
            for (String address : addresses) {
                list.add(InetAddress.getByName(address));
            }
            return list;
        };
    }
}
