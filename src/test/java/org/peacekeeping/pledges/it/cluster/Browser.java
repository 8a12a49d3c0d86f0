package org.peacekeeping.pledges.it.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser does for these tests: keeps the cookies it is given (session, session version, flash) and sends
 * them to whichever instance it talks to, as it would behind a load balancer; posts forms; never follows redirects,
 * so the tests see where the application sends the user.
 */
final class Browser {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    record Page(int status, String body, String location) {

        /** The view state of the page's forms (server-side state saving: a key into the session). */
        String viewState() {
            Matcher matcher = VIEW_STATE.matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("No view state in the page (status " + status + "):\n" + body);
            }
            return matcher.group(1);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    Page get(URI url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(url).GET());
    }

    /** A form post: fields in order, as a browser sends the named inputs of one form. */
    Page post(URI url, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(url).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A JSON call riding on the session cookie, with the header the API asks of such calls. */
    Page json(String method, URI url, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(url).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("X-Requested-With", "XMLHttpRequest")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)));
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    private Page send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals).trim();
            String value = pair.substring(equals + 1).trim();
            boolean expired = List.of(header.toLowerCase().split(";")).stream().map(String::trim)
                    .anyMatch(attribute -> attribute.equals("max-age=0"));
            if (expired || value.isEmpty()) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
