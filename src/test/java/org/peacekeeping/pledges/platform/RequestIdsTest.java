package org.peacekeeping.pledges.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** A caller's request id is kept when it is a plain token; anything else is replaced, never echoed. */
class RequestIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc-123", "0f6c2a1e-8d7b-4c8e-9b1a-2f3e4d5c6b7a", "lb.7:42_x"})
    void aPlainTokenFromTheCallerIsKept(String id) {
        assertEquals(id, RequestIds.accept(id));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"two words", "x\r\nSet-Cookie: a=b", "<script>", "ünïcode"})
    void anythingElseGetsAFreshId(String id) {
        String accepted = RequestIds.accept(id);
        assertNotEquals(id, accepted);
        assertTrue(accepted.matches("[0-9a-f-]{36}"), accepted);
    }

    @Test
    void anOverlongIdIsReplaced() {
        assertEquals(36, RequestIds.accept("a".repeat(65)).length());
        assertEquals("a".repeat(64), RequestIds.accept("a".repeat(64)));
    }

    @Test
    void freshIdsDiffer() {
        assertNotEquals(RequestIds.accept(null), RequestIds.accept(null));
    }

    @Test
    void theCurrentIdBelongsToTheThreadServingTheRequest() {
        RequestIds.begin("r-1");
        try {
            assertEquals("r-1", RequestIds.current().orElseThrow());
        } finally {
            RequestIds.end();
        }
        assertTrue(RequestIds.current().isEmpty());
    }

    @Test
    void theThreadNameCarriesTheIdForTheLogFormatters() {
        assertEquals("http-thread-pool::http-listener(1) request=r-1",
                RequestIds.threadName("http-thread-pool::http-listener(1)", "r-1"));
    }
}
