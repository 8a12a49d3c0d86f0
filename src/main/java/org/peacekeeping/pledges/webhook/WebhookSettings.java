package org.peacekeeping.pledges.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.peacekeeping.pledges.platform.ApplicationMode;
import org.peacekeeping.pledges.platform.RuntimeSettings;

/**
 * The webhooks' settings, from MicroProfile Config (each key also as an environment variable,
 * {@code pledges.webhook.retry-base} as {@code PLEDGES_WEBHOOK_RETRY_BASE}); durations are ISO-8601
 * ({@code PT30S}). See src/docs/machine-clients.md, "Webhooks".
 */
@ApplicationScoped
public class WebhookSettings {

    private WebhookTarget target;
    private RetryPolicy retries;
    private Duration every;
    private Duration timeout;
    private Duration lease;
    private SecretBox secrets;

    protected WebhookSettings() {
        // for the CDI proxy
    }

    @Inject
    public WebhookSettings(Config config, RuntimeSettings runtime) {
        boolean demo = runtime.mode() == ApplicationMode.DEMO;
        boolean allowPrivate = config.getOptionalValue("pledges.webhook.allow-private", Boolean.class).orElse(false);
        this.target = new WebhookTarget(demo, allowPrivate);
        this.retries = new RetryPolicy(duration(config, "retry-base", RetryPolicy.DEFAULT.base()),
                duration(config, "retry-cap", RetryPolicy.DEFAULT.cap()),
                duration(config, "retry-for", RetryPolicy.DEFAULT.window()));
        this.every = duration(config, "every", Duration.ofSeconds(10));
        this.timeout = duration(config, "timeout", Duration.ofSeconds(10));
        Duration configuredLease = duration(config, "lease", Duration.ofSeconds(60));
        // A lease shorter than a send would let a second instance send while the first still waits for its answer.
        Duration shortest = timeout.multipliedBy(2).plusSeconds(2);
        this.lease = configuredLease.compareTo(shortest) < 0 ? shortest : configuredLease;
        this.secrets = SecretBox.of(config.getOptionalValue("pledges.webhook.key", String.class).orElse(null));
    }

    private static Duration duration(Config config, String key, Duration fallback) {
        return config.getOptionalValue("pledges.webhook." + key, String.class).map(String::strip)
                .map(Duration::parse).orElse(fallback);
    }

    public WebhookTarget target() {
        return target;
    }

    public RetryPolicy retries() {
        return retries;
    }

    /** How often each instance looks for due deliveries. */
    public Duration every() {
        return every;
    }

    /** How long a receiver has to connect and to answer. */
    public Duration timeout() {
        return timeout;
    }

    /** How long a claimed delivery belongs to its instance (at least twice the timeout). */
    public Duration lease() {
        return lease;
    }

    public SecretBox secrets() {
        return secrets;
    }
}
