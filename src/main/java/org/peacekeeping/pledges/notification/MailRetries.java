package org.peacekeeping.pledges.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * When a mail that did not go out is tried again: the first retry {@code delay} after the failure, each later one
 * twice as long after the one before (at most {@link #LONGEST_DELAY}), {@code tries} tries in all, and none for a
 * notice older than {@link #GIVE_UP_AFTER}. The retry pass runs every {@code every}. Read from MicroProfile Config
 * ({@code PLEDGES_MAIL_RETRY_DELAY}, {@code PLEDGES_MAIL_RETRY_TRIES}, {@code PLEDGES_MAIL_RETRY_EVERY}); plain Java,
 * so the schedule is tested without a container.
 */
public record MailRetries(Duration delay, int tries, Duration every) {

    public static final String DELAY = "pledges.mail.retry.delay";
    public static final String TRIES = "pledges.mail.retry.tries";
    public static final String EVERY = "pledges.mail.retry.every";

    public static final Duration DEFAULT_DELAY = Duration.ofMinutes(1);
    public static final int DEFAULT_TRIES = 10;
    public static final Duration DEFAULT_EVERY = Duration.ofMinutes(1);
    /** No wait between two tries is longer than this. */
    public static final Duration LONGEST_DELAY = Duration.ofHours(2);
    /** A notice's mail is not sent after this long: old news by mail confuses more than it helps. */
    public static final Duration GIVE_UP_AFTER = Duration.ofHours(24);
    /**
     * When a notice's mail is first due to the retry pass: long after the send that follows the commit has either
     * worked or failed (it gives up within seconds), so the two never send one notice twice; it only matters when
     * that send was lost with its instance or never queued.
     */
    public static final Duration LOST_SEND_AFTER = Duration.ofMinutes(10);

    public MailRetries {
        if (delay == null || delay.isNegative() || delay.isZero()) {
            throw new IllegalArgumentException(DELAY + " must be a positive ISO-8601 duration such as PT1M");
        }
        if (tries < 1 || tries > 100) {
            throw new IllegalArgumentException(TRIES + " must be a whole number from 1 to 100, not " + tries);
        }
        if (every == null || every.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException(EVERY + " must be an ISO-8601 duration of at least PT1S");
        }
    }

    public static MailRetries defaults() {
        return new MailRetries(DEFAULT_DELAY, DEFAULT_TRIES, DEFAULT_EVERY);
    }

    public static MailRetries from(Config config) {
        return from(key -> config.getOptionalValue(key, String.class));
    }

    static MailRetries from(Function<String, Optional<String>> lookup) {
        Function<String, Optional<String>> value = key -> lookup.apply(key).map(String::strip).filter(s -> !s.isEmpty());
        return new MailRetries(
                value.apply(DELAY).map(text -> duration(DELAY, text)).orElse(DEFAULT_DELAY),
                value.apply(TRIES).map(MailRetries::tries).orElse(DEFAULT_TRIES),
                value.apply(EVERY).map(text -> duration(EVERY, text)).orElse(DEFAULT_EVERY));
    }

    /**
     * When the next try is due after a failed one, {@code triesSoFar} tries having been made (counting the one that
     * just failed); empty when that was the last one, or the notice (recorded at {@code createdAt}) is too old.
     */
    public Optional<Instant> next(int triesSoFar, Instant createdAt, Instant now) {
        if (triesSoFar >= tries || !now.isBefore(createdAt.plus(GIVE_UP_AFTER))) {
            return Optional.empty();
        }
        Duration wait = delay;
        for (int i = 1; i < triesSoFar && wait.compareTo(LONGEST_DELAY) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return Optional.of(now.plus(wait.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : wait));
    }

    private static Duration duration(String key, String text) {
        try {
            return Duration.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(key + " must be an ISO-8601 duration such as PT1M, not '" + text + "'");
        }
    }

    private static int tries(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(TRIES + " must be a whole number from 1 to 100, not '" + text + "'");
        }
    }
}
