package org.peacekeeping.pledges.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver as another system would run one, on loopback (the JDK's HttpServer): it checks each POST's
 * {@code X-Pledges-Signature} against the secret (401 when wrong), fails the first {@code failFirst} tries of every
 * event on purpose (503), and then accepts it, de-duplicating by event id as the documentation tells receivers to:
 * an event id seen before is answered 200 again but counted as a duplicate, not accepted twice. Optionally the first
 * request of all is held without an answer until {@link #release} (to kill the sender meanwhile).
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived. */
    public record Received(String eventId, String event, JsonObject body, boolean signed, int answered,
                           Instant at) {
    }

    private final HttpServer server;
    private final String secret;
    private final int failFirst;
    private final Map<String, Integer> tries = new LinkedHashMap<>();
    private final Map<String, JsonObject> accepted = new LinkedHashMap<>();
    private final List<String> duplicates = new ArrayList<>();
    private final List<Received> received = new ArrayList<>();
    private final CountDownLatch holding = new CountDownLatch(1);
    private final CountDownLatch held = new CountDownLatch(1);
    private volatile boolean holdFirst;
    private volatile String heldEventId;
    private int redirects;

    public WebhookReceiver(String secret, int failFirst) throws IOException {
        this.secret = secret;
        this.failFirst = failFirst;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", this::hook);
        server.createContext("/moved", exchange -> {
            synchronized (this) {
                redirects++;
            }
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Location", url("/hook"));
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    /** Holds the first request that arrives, unanswered, until {@link #release}. */
    public WebhookReceiver holdingFirst() {
        holdFirst = true;
        return this;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void hook(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String signature = exchange.getRequestHeaders().getFirst("X-Pledges-Signature");
        boolean signed = signature != null && MessageDigest.isEqual(
                signature.getBytes(StandardCharsets.US_ASCII), sign(secret, body).getBytes(StandardCharsets.US_ASCII));
        JsonObject json = null;
        try (var reader = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
            json = reader.readObject();
        } catch (RuntimeException e) {
            // answered 400 below
        }
        if (holdFirst) {
            holdFirst = false;
            heldEventId = json == null ? null : json.getString("id", null);
            held.countDown();
            try {
                holding.await(5, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            record(json, signed, 0);
            exchange.close(); // the sender is gone by now: nothing to answer
            return;
        }
        int status;
        synchronized (this) {
            if (!signed) {
                status = 401;
            } else if (json == null) {
                status = 400;
            } else {
                String id = json.getString("id");
                int tried = tries.merge(id, 1, Integer::sum);
                if (tried <= failFirst) {
                    status = 503;
                } else {
                    status = 200;
                    if (accepted.containsKey(id)) {
                        duplicates.add(id);
                    } else {
                        accepted.put(id, json);
                    }
                }
            }
            record(json, signed, status);
        }
        byte[] answer = (status == 200 ? "{\"ok\":true}" : "{\"ok\":false}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    private synchronized void record(JsonObject json, boolean signed, int status) {
        received.add(new Received(json == null ? null : json.getString("id", null),
                json == null ? null : json.getString("event", null), json, signed, status, Instant.now()));
    }

    /** Waits until the held request has arrived. */
    public void awaitHeld(Duration timeout) throws InterruptedException {
        if (!held.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("No webhook request arrived within " + timeout);
        }
    }

    /** The event id of the held request. */
    public String heldEventId() {
        return heldEventId;
    }

    public void release() {
        holding.countDown();
    }

    /** Waits until this many distinct events have been accepted; false when time ran out. */
    public boolean awaitAccepted(int count, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            synchronized (this) {
                if (accepted.size() >= count) {
                    return true;
                }
            }
            Thread.sleep(200);
        }
        return false;
    }

    public synchronized Map<String, JsonObject> accepted() {
        return new LinkedHashMap<>(accepted);
    }

    public synchronized List<String> duplicates() {
        return List.copyOf(duplicates);
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    public synchronized int redirects() {
        return redirects;
    }

    /** The signature a receiver computes: {@code sha256=} and the hex HMAC-SHA256 of the body with the secret. */
    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
