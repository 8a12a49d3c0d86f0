package org.peacekeeping.pledges.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Metrics tags stay few: a kind per request, an export name for the workbook and form endpoints only. */
class RequestKindTest {

    @ParameterizedTest
    @CsvSource({
        "GET, /api/pledges, api",
        "GET, /api/pledges/17/history, api",
        "GET, /pledges/list.xhtml, page",
        "GET, /, page",
        "GET, /jakarta.faces.resource/theme.css.xhtml, resource",
        "GET, /health/ready, operations",
        "GET, /metrics, operations",
        "GET, /openapi, operations",
        "GET, /favicon.ico, other",
        "GET, /healthy.txt, other"
    })
    void eachRequestHasOneOfAFewKinds(String method, String path, String kind) {
        assertEquals(kind, RequestKind.of(method, path).kind());
    }

    @ParameterizedTest
    @CsvSource({
        "GET, /api/reports/ministerial-summary, ministerial-summary",
        "GET, /api/reports/register, register",
        "GET, /api/reports/register/, register",
        "GET, /api/pledge-form, pledge-form",
        "POST, /api/pledge-form, pledge-form-upload"
    })
    void workbookDownloadsAndFormUploadsAreNamedExports(String method, String path, String export) {
        assertEquals(export, RequestKind.of(method, path).export());
    }

    @Test
    void otherApiCallsAreNoExport() {
        assertNull(RequestKind.of("GET", "/api/pledges").export());
        assertNull(RequestKind.of("DELETE", "/api/pledge-form").export());
        assertNull(RequestKind.of("GET", "/api/reports/unknown").export());
    }

    @Test
    void statusesAreCountedByClass() {
        assertEquals("2xx", RequestKind.statusClass(201));
        assertEquals("3xx", RequestKind.statusClass(302));
        assertEquals("4xx", RequestKind.statusClass(409));
        assertEquals("5xx", RequestKind.statusClass(503));
        assertEquals("5xx", RequestKind.statusClass(0));
    }
}
