package org.peacekeeping.pledges.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * POSTs one delivery: the stored body with its signature, to a target checked again (with a fresh lookup) just
 * before; redirects are not followed (a 3xx is a failed try), connecting and answering each have the configured
 * timeout. Runs outside any transaction.
 */
@ApplicationScoped
public class WebhookSender {

    @Inject
    private WebhookSettings settings;

    private volatile HttpClient client;

    /** What a try gave: the status when there was an answer, and the answer's start or why there was none. */
    public record Attempt(boolean delivered, Integer status, String answer) {
    }

    public Attempt send(String url, String secret, String payload, String eventId, String event) {
        URI target;
        try {
            target = settings.target().check(url, WebhookTarget.Resolver.SYSTEM);
        } catch (WebhookTarget.TargetRefused e) {
            return new Attempt(false, null, "not sent: the URL " + e.getMessage());
        }
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(target).timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "pledge-tracker-webhooks")
                .header("X-Pledges-Event", event)
                .header("X-Pledges-Event-Id", eventId)
                .header(WebhookSignature.HEADER, WebhookSignature.of(secret, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<java.io.InputStream> response = http().send(request,
                    HttpResponse.BodyHandlers.ofInputStream());
            int status = response.statusCode();
            String text;
            // Only the start of the answer is kept: a receiver cannot make this instance read a huge body.
            try (java.io.InputStream in = response.body()) {
                text = clip(new String(in.readNBytes(2 * WebhookDelivery.ANSWER_LENGTH), StandardCharsets.UTF_8));
            }
            if (status >= 300 && status < 400) {
                text = "redirect to " + response.headers().firstValue("Location").orElse("?") + " not followed";
            }
            return new Attempt(status >= 200 && status < 300, status, text);
        } catch (HttpTimeoutException e) {
            return new Attempt(false, null, "no answer within " + settings.timeout());
        } catch (IOException e) {
            return new Attempt(false, null, clip("not delivered: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(false, null, "interrupted");
        }
    }

    private HttpClient http() {
        if (client == null) {
            client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(settings.timeout()).version(HttpClient.Version.HTTP_1_1).build();
        }
        return client;
    }

    static String clip(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("[\\p{Cntrl}&&[^\t]]+", " ").strip();
        return flat.length() > WebhookDelivery.ANSWER_LENGTH ? flat.substring(0, WebhookDelivery.ANSWER_LENGTH - 1)
                + "…" : flat;
    }
}
