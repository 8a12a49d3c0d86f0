package org.peacekeeping.pledges.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The policies as a browser parses them: each directive once, with exactly the sources it needs. */
class ContentSecurityPolicyTest {

    @Test
    void pagesAllowTheirOwnOriginOnlyAndEndWithScriptSrcForPrimeFacesNonce() {
        Map<String, String> page = directives(ContentSecurityPolicy.PAGE);
        assertEquals(Map.of("default-src", "'self'", "script-src", "'self'",
                "style-src", "'self' 'unsafe-inline'", "img-src", "'self' data:", "font-src", "'self' data:",
                "object-src", "'none'", "base-uri", "'none'", "frame-ancestors", "'none'", "form-action", "'self'"),
                page);
        // PrimeFaces appends " 'nonce-…';" to the policy as given: it must extend script-src, nothing else.
        assertTrue(ContentSecurityPolicy.PAGE.endsWith("; script-src 'self'"), ContentSecurityPolicy.PAGE);
    }

    @Test
    void theApiAndItsDownloadsLoadNothingAndAreNeverFramed() {
        assertEquals(Map.of("default-src", "'none'", "frame-ancestors", "'none'"),
                directives(ContentSecurityPolicy.API));
        assertEquals(ContentSecurityPolicy.API, ContentSecurityPolicy.forPath("/api/reports/register"));
        assertEquals(ContentSecurityPolicy.API, ContentSecurityPolicy.forPath("/api"));
    }

    @Test
    void resourcesAndEverythingElseRunNoScript() {
        Map<String, String> resource = directives(ContentSecurityPolicy.RESOURCE);
        assertEquals("'none'", resource.get("default-src"));
        assertEquals(null, resource.get("script-src"), "default-src 'none' covers scripts");
        assertEquals("'none'", resource.get("frame-ancestors"));
        assertEquals("'none'", resource.get("base-uri"));
        assertEquals("'none'", resource.get("form-action"));
        for (String path : new String[] {"/jakarta.faces.resource/core.js.xhtml", "/health", "/", "/apis",
                "/no/such/page"}) {
            assertEquals(ContentSecurityPolicy.RESOURCE, ContentSecurityPolicy.forPath(path), path);
        }
    }

    @Test
    void theApiDocsPageRunsOnlyItsOwnScriptsAndTalksOnlyToItsOrigin() {
        Map<String, String> docs = directives(ContentSecurityPolicy.DOCS);
        assertEquals("'none'", docs.get("default-src"));
        assertEquals("'self'", docs.get("script-src"), "Swagger UI from the webjar, no inline script, no eval");
        assertEquals("'self'", docs.get("connect-src"), "the document and the API of this origin only");
        assertEquals("'none'", docs.get("frame-ancestors"));
        assertEquals("'none'", docs.get("form-action"));
        assertEquals(ContentSecurityPolicy.DOCS, ContentSecurityPolicy.forPath("/api-docs"));
        assertEquals(ContentSecurityPolicy.RESOURCE, ContentSecurityPolicy.forPath("/api-docs/swagger-initializer.js"));
    }

    /** Directive name to its sources; a directive given twice fails (browsers ignore the second). */
    private static Map<String, String> directives(String policy) {
        Map<String, String> directives = new LinkedHashMap<>();
        Arrays.stream(policy.split(";")).map(String::strip).filter(d -> !d.isEmpty()).forEach(directive -> {
            String name = directive.split(" ", 2)[0];
            String previous = directives.put(name, directive.substring(name.length()).strip());
            assertEquals(null, previous, "twice: " + name);
        });
        return directives;
    }
}
