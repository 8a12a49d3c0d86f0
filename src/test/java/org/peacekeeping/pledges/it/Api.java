package org.peacekeeping.pledges.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** A small HTTP client for the container tests: what a real API client sends and reads. */
final class Api {

    /** The password of every demo account. */
    static final String PASSWORD = "peacekeeping";

    private final URI base;
    private final HttpClient http;
    private final String authorization;
    private final Map<String, String> headers = new HashMap<>();

    Api(URL base) {
        this(URI.create(base.toString().endsWith("/") ? base.toString() : base + "/"), null, newClient(null));
    }

    private Api(URI base, String authorization, HttpClient http) {
        this.base = base;
        this.authorization = authorization;
        this.http = http;
    }

    private static HttpClient newClient(CookieManager cookies) {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        return (cookies == null ? builder : builder.cookieHandler(cookies)).build();
    }

    /** A client that keeps cookies, like a browser: for session sign-in. */
    Api withCookies() {
        return new Api(base, authorization, newClient(new CookieManager()));
    }

    /** Sends this header with every request from now on. */
    Api header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The same client signing every request with HTTP Basic as this demo account. */
    Api as(String username) {
        return as(username, PASSWORD);
    }

    Api as(String username, String password) {
        return new Api(base, basic(username, password), http);
    }

    /** The server root (health and other MicroProfile endpoints live there, not under the application). */
    URI root() {
        return base.resolve("/");
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).GET(), null);
    }

    /** A page, asked for as a browser does (its body is the rendered HTML). */
    Reply page(String path) {
        return deliver(HttpRequest.newBuilder(resolve(path)).timeout(Duration.ofSeconds(90))
                .header("Accept", "text/html,application/xhtml+xml").GET(), null);
    }

    Reply post(String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), body);
    }

    Reply put(String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(resolve(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)), body);
    }

    Reply delete(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).DELETE(), null);
    }

    /**
     * Sends exactly this request: {@code contentType} and {@code accept} are left out when null, {@code body} is sent
     * as it is (no body when null). For probing what the API does with malformed requests.
     */
    Reply exchange(String method, String path, String contentType, String accept, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path)).timeout(Duration.ofSeconds(90))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return deliver(request, body);
    }

    /** A download: asks for a workbook (or a problem document) and keeps the body as bytes. */
    Download download(String path) {
        return sendForBytes(HttpRequest.newBuilder(resolve(path)).GET());
    }

    /** Posts raw bytes with this content type (an uploaded file as the request body). */
    Reply postBytes(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), body);
    }

    /** Posts one file as a multipart/form-data field, as a browser's file upload does. */
    Reply postMultipart(String path, String field, String filename, String contentType, byte[] file) {
        String boundary = "----pledges" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        return postBytes(path, "multipart/form-data; boundary=" + boundary, body);
    }

    /**
     * Posts a multipart/form-data body: the text {@code fields}, then one file part (its {@code filename} sent as
     * given, hostile or not).
     */
    Reply postParts(String path, Map<String, String> fields, String fileField, String filename, String contentType,
                    byte[] file) {
        String boundary = "----pledges" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; "
                + "name=\"" + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (file != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                    + "\"; filename=\"" + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return postBytes(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /** A GET keeping the body as bytes and every header of the answer. */
    Fetched fetch(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path)).timeout(Duration.ofSeconds(120)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        headers.forEach(request::header);
        try {
            HttpRequest sent = request.build();
            HttpResponse<byte[]> response = http.send(sent, HttpResponse.BodyHandlers.ofByteArray());
            record(sent, null, response, response.body());
            return new Fetched(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new AssertionError("No answer from GET " + request.build().uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    /** An answer with its headers and the body as bytes. */
    record Fetched(int status, java.net.http.HttpHeaders headers, byte[] body) {

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        java.util.List<String> all(String name) {
            return headers.allValues(name);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private Download sendForBytes(HttpRequest.Builder request) {
        request.timeout(Duration.ofSeconds(120)).header("Accept", "application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet, application/problem+json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        headers.forEach(request::header);
        try {
            HttpRequest sent = request.build();
            HttpResponse<byte[]> response = http.send(sent, HttpResponse.BodyHandlers.ofByteArray());
            record(sent, null, response, response.body());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body());
        } catch (IOException e) {
            throw new AssertionError("No answer from " + request.build().method() + " " + request.build().uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    /** Hands the exchange to the contract check ({@link ContractCheck}). */
    private static void record(HttpRequest sent, byte[] body, HttpResponse<?> response, byte[] responseBody) {
        ContractCheck.record(new ContractCheck.Exchange(sent.method(), sent.uri(), sent.headers().map(), body,
                response.statusCode(), response.headers().map(), responseBody));
    }

    private URI resolve(String path) {
        return path.startsWith("/") ? root().resolve(path) : base.resolve(path);
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private Reply send(HttpRequest.Builder request, byte[] body) {
        return deliver(request.timeout(Duration.ofSeconds(90)).header("Accept", "application/json"), body);
    }

    /** Sends the request ({@code body}: what its publisher sends) with this client's sign-in and extra headers. */
    private Reply deliver(HttpRequest.Builder request, byte[] body) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        headers.forEach(request::header);
        try {
            HttpRequest sent = request.build();
            HttpResponse<String> response = http.send(sent,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            record(sent, body, response, response.body().getBytes(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new AssertionError("No answer from " + request.build().method() + " " + request.build().uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    /** A downloaded file: status, content type, disposition and the bytes; JSON when it is a problem document. */
    record Download(int status, String contentType, String disposition, byte[] body) {

        Reply asReply() {
            return new Reply(status, contentType, new String(body, StandardCharsets.UTF_8));
        }
    }

    /** An answer: status, content type and body, with JSON accessors that fail the test on anything else. */
    record Reply(int status, String contentType, String body) {

        JsonStructure json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            } catch (RuntimeException e) {
                throw new AssertionError("Not JSON (" + status + " " + contentType + "): " + body, e);
            }
        }

        JsonArray array() {
            return json().asJsonArray();
        }

        JsonObject object() {
            return json().asJsonObject();
        }
    }
}
