package org.peacekeeping.pledges.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the filter's answer wrapper does to what the application writes: one policy, cookies as the session's. */
class SecurityHeadersFilterTest {

    private final List<String> calls = new ArrayList<>();
    private final List<Cookie> cookies = new ArrayList<>();
    private final HttpServletResponse recorded = (HttpServletResponse) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                if (method.getName().equals("addCookie")) {
                    cookies.add((Cookie) args[0]);
                } else {
                    calls.add(method.getName() + " " + args[0] + ": " + args[1]);
                }
                return null;
            });

    @Test
    void thePolicyPrimeFacesAddsReplacesTheFiltersOtherHeadersAreAdded() {
        HttpServletResponse answer = new SecurityHeadersFilter.SecuredAnswer(recorded, false);
        answer.addHeader("Content-Security-Policy", "script-src 'self' 'nonce-abc';");
        answer.addHeader("content-security-policy", "x");
        answer.addHeader("Link", "</a>");
        assertEquals(List.of("setHeader Content-Security-Policy: script-src 'self' 'nonce-abc';",
                "setHeader content-security-policy: x", "addHeader Link: </a>"), calls);
    }

    @Test
    void cookiesTheApplicationWritesAreSameSiteLaxUnlessTheySayOtherwiseAndSecureOnlyWhenAsked() {
        new SecurityHeadersFilter.SecuredAnswer(recorded, false).addCookie(new Cookie("csfcfc", "1"));
        Cookie strict = new Cookie("strict", "2");
        strict.setAttribute("SameSite", "Strict");
        new SecurityHeadersFilter.SecuredAnswer(recorded, true).addCookie(strict);
        new SecurityHeadersFilter.SecuredAnswer(recorded, true).addCookie(new Cookie("csfcfc", "3"));
        assertEquals("Lax", cookies.get(0).getAttribute("SameSite"));
        assertFalse(cookies.get(0).getSecure());
        assertEquals("Strict", cookies.get(1).getAttribute("SameSite"));
        assertTrue(cookies.get(1).getSecure());
        assertEquals("Lax", cookies.get(2).getAttribute("SameSite"));
        assertTrue(cookies.get(2).getSecure());
    }
}
