package org.peacekeeping.pledges.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which resource URLs are cached for a year, and that Faces' own caching headers give way on them. */
class ResourceCacheFilterTest {

    @Test
    void onlyAResourceWithAVersionIsImmutable() {
        assertTrue(ResourceCacheFilter.versioned("ln=primefaces&v=15.0.13"));
        assertTrue(ResourceCacheFilter.versioned("v=1700000000000&ln=omnifaces.combined"));
        assertFalse(ResourceCacheFilter.versioned(null));
        assertFalse(ResourceCacheFilter.versioned(""));
        assertFalse(ResourceCacheFilter.versioned("ln=primefaces"));
        assertFalse(ResourceCacheFilter.versioned("ln=primefaces&v="));
        assertFalse(ResourceCacheFilter.versioned("ln=primefaces&nv=1"));
    }

    @Test
    void facesCachingHeadersGiveWayOthersPass() {
        List<String> calls = new ArrayList<>();
        HttpServletResponse recorded = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    calls.add(method.getName() + " " + args[0]);
                    return null;
                });
        HttpServletResponse answer = new ResourceCacheFilter.ImmutableAnswer(recorded);
        answer.setDateHeader("Expires", 1L);
        answer.setHeader("cache-control", "max-age=604800");
        answer.addHeader("Pragma", "no-cache");
        answer.setHeader("ETag", "W/\"1\"");
        answer.setDateHeader("Last-Modified", 1L);
        assertEquals(List.of("setHeader ETag", "setDateHeader Last-Modified"), calls);
    }
}
