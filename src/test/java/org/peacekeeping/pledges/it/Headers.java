package org.peacekeeping.pledges.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads security headers as a browser does: cookies' attributes and a content security policy's directives. */
public final class Headers {

    private Headers() {
    }

    /**
     * The attributes of the one Set-Cookie of this name, lower-cased names to values ({@code ""} for flags such as
     * {@code httponly}); fails when the answer sets it not exactly once.
     */
    public static Map<String, String> cookie(HttpResponse<?> response, String name) {
        List<String> set = response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(name + "=")).toList();
        assertEquals(1, set.size(), () -> name + " once in " + response.headers().allValues("Set-Cookie"));
        Map<String, String> attributes = new LinkedHashMap<>();
        String[] parts = set.get(0).split(";");
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].strip();
            int equals = part.indexOf('=');
            String key = (equals < 0 ? part : part.substring(0, equals)).strip().toLowerCase(Locale.ROOT);
            String previous = attributes.put(key, equals < 0 ? "" : part.substring(equals + 1).strip());
            assertEquals(null, previous, () -> "attribute " + key + " twice in " + set.get(0));
        }
        return attributes;
    }

    /** Session cookies as the README promises: HttpOnly, SameSite=Lax, for the whole site; Secure or not. */
    public static void assertSessionCookies(HttpResponse<?> response, boolean secure) {
        for (String name : List.of("JSESSIONID", "JSESSIONIDVERSION")) {
            Map<String, String> cookie = cookie(response, name);
            assertTrue(cookie.containsKey("httponly"), () -> name + " HttpOnly: " + cookie);
            // Attribute values are case-insensitive (RFC 6265bis 5.6.7); Payara writes "lax".
            assertEquals("lax", cookie.getOrDefault("samesite", "(none)").toLowerCase(Locale.ROOT),
                    () -> name + " SameSite: " + cookie);
            assertEquals("/", cookie.get("path"), () -> name + " Path: " + cookie);
            assertEquals(secure, cookie.containsKey("secure"), () -> name + " Secure: " + cookie);
        }
    }

    /** The one Content-Security-Policy of the answer (fails on none or several), directive name to sources. */
    public static Map<String, String> policy(HttpResponse<?> response) {
        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), () -> "one policy, not " + policies);
        Map<String, String> directives = new LinkedHashMap<>();
        Arrays.stream(policies.get(0).split(";")).map(String::strip).filter(d -> !d.isEmpty()).forEach(d -> {
            String name = d.split(" ", 2)[0].toLowerCase(Locale.ROOT);
            String previous = directives.put(name, d.substring(name.length()).strip());
            assertEquals(null, previous, () -> "directive " + name + " twice in " + policies.get(0));
        });
        return directives;
    }
}
