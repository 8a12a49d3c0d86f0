package org.peacekeeping.pledges.platform;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * What start-up checks in the configuration before it touches the database, so that an operator learns every
 * mistake at once, each naming its environment variable. Plain Java over MicroProfile Config, tested without a
 * container. The checks that need the database (is there an administrator?) come after the migrations.
 *
 * @param problems             what is wrong, one sentence each; empty when the application may start
 * @param warnings             what is allowed but probably unintended (logged at start), one sentence each
 * @param databaseWaitSeconds  how long to wait for the database to answer at start before refusing to start
 * @param exitOnFailure        whether a refused start ends the process (the default), rather than leaving the
 *                             server up with nothing deployed
 * @param poolSize             the connection pool's bounds ({@link PoolSize#DEFAULT} when unset or wrong)
 */
public record StartupConfiguration(List<String> problems, List<String> warnings, int databaseWaitSeconds,
                                   boolean exitOnFailure, PoolSize poolSize) {

    public static final String DATABASE_WAIT = "pledges.db.startup-wait-seconds";
    public static final String EXIT_ON_FAILURE = "pledges.startup.exit-on-failure";
    static final int DEFAULT_DATABASE_WAIT_SECONDS = 60;

    public StartupConfiguration {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public static StartupConfiguration check(Config config) {
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        DatabaseSettings database = null;
        try {
            database = DatabaseSettings.from(config);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage() + " (PLEDGES_DB_URL).");
        }
        ApplicationMode mode = null;
        if (database != null) {
            try {
                mode = ApplicationMode.resolve(value(config, ApplicationMode.PROPERTY).orElse(null), database);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage() + " (PLEDGES_MODE).");
            }
        }
        if (mode == ApplicationMode.PRODUCTION && database.embedded()) {
            problems.add("Production mode runs on PostgreSQL: set PLEDGES_DB_URL to "
                    + "jdbc:postgresql://host:5432/database, with PLEDGES_DB_USER and PLEDGES_DB_PASSWORD.");
        }
        int wait = DEFAULT_DATABASE_WAIT_SECONDS;
        Optional<String> waitText = value(config, DATABASE_WAIT);
        if (waitText.isPresent()) {
            try {
                wait = Integer.parseInt(waitText.get());
                if (wait < 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add("PLEDGES_DB_STARTUP_WAIT_SECONDS must be a number of seconds (0 or more), not '"
                        + waitText.get() + "'.");
                wait = DEFAULT_DATABASE_WAIT_SECONDS;
            }
        }
        PoolSize pool = poolSize(config, problems);
        try {
            if (BaseUrl.from(config).isEmpty() && mode == ApplicationMode.PRODUCTION) {
                warnings.add("PLEDGES_BASE_URL is not set: notice mails carry no links to the pledge or the inbox. "
                        + "Set it to the address users open the application at, such as https://pledges.example.org/.");
            }
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        documentScanning(config, database != null && database.embedded() ? null : mode, problems, warnings);
        webhooks(config, mode, problems, warnings);
        savedListDigest(config, problems);
        schedules(config, problems);
        boolean exit = true;
        Optional<String> exitText = value(config, EXIT_ON_FAILURE);
        if (exitText.isPresent()) {
            switch (exitText.get().toLowerCase(Locale.ROOT)) {
                case "true" -> exit = true;
                case "false" -> exit = false;
                default -> problems.add("PLEDGES_STARTUP_EXIT_ON_FAILURE must be true or false, not '"
                        + exitText.get() + "'.");
            }
        }
        return new StartupConfiguration(problems, warnings, wait, exit, pool);
    }

    /**
     * The dossier's virus scanner (SPEC §9): {@code PLEDGES_DOCUMENT_SCANNING} is on (the default) or off;
     * {@code PLEDGES_CLAMD_ADDRESS} is clamd's host:port. Production does not start without a scanner unless
     * scanning is switched off; demo mode without one stores files marked "not scanned" (dossier.DocumentScanning
     * logs it).
     */
    private static void documentScanning(Config config, ApplicationMode mode, List<String> problems,
                                         List<String> warnings) {
        Optional<String> switchText = value(config, "pledges.document.scanning");
        boolean off = false;
        if (switchText.isPresent()) {
            switch (switchText.get().toLowerCase(Locale.ROOT)) {
                case "on" -> off = false;
                case "off" -> off = true;
                default -> problems.add("PLEDGES_DOCUMENT_SCANNING must be on or off, not '" + switchText.get()
                        + "'.");
            }
        }
        Optional<String> address = value(config, "pledges.clamd.address");
        if (address.isPresent() && !address.get().matches("(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9.-]+):[0-9]{1,5}")) {
            problems.add("PLEDGES_CLAMD_ADDRESS must be clamd's host:port, such as 127.0.0.1:3310, not '"
                    + address.get() + "'.");
        }
        Optional<String> timeout = value(config, "pledges.clamd.timeout-seconds");
        if (timeout.isPresent() && !timeout.get().matches("[1-9][0-9]{0,3}")) {
            problems.add("PLEDGES_CLAMD_TIMEOUT_SECONDS must be a number of seconds from 1 to 9999, not '"
                    + timeout.get() + "'.");
        }
        if (off) {
            warnings.add("PLEDGES_DOCUMENT_SCANNING=off: uploaded documents are stored without a virus scan and "
                    + "listed as not scanned.");
        } else if (address.isEmpty() && mode == ApplicationMode.PRODUCTION) {
            problems.add("Production scans every uploaded document with ClamAV: set PLEDGES_CLAMD_ADDRESS to "
                    + "clamd's host:port (its TCPSocket, such as 127.0.0.1:3310), or set PLEDGES_DOCUMENT_SCANNING=off "
                    + "to store documents unscanned (OPERATIONS.md, Virus scanning of documents).");
        }
    }

    /**
     * Webhooks (SPEC §11): {@code PLEDGES_WEBHOOK_KEY} seals their secrets in the database and must be a usable AES key
     * (a wrong one would otherwise be found only when the first webhook is registered or delivered); production
     * without one starts, warned, as secrets are then stored as they are. The worker's timings are ISO-8601 durations
     * and the private-address switch true or false, checked here rather than failing the worker later.
     */
    private static void webhooks(Config config, ApplicationMode mode, List<String> problems, List<String> warnings) {
        Optional<String> key = value(config, "pledges.webhook.key");
        if (key.isPresent()) {
            try {
                AesKey.decode("PLEDGES_WEBHOOK_KEY", key.get());
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        } else if (mode == ApplicationMode.PRODUCTION) {
            warnings.add("PLEDGES_WEBHOOK_KEY is not set: webhook secrets are stored unsealed, so a database dump "
                    + "reveals them. Set it to base64 of 32 random bytes (openssl rand -base64 32).");
        }
        for (String timing : List.of("every", "timeout", "lease", "retry-base", "retry-cap", "retry-for")) {
            positiveDuration(config, "pledges.webhook." + timing, problems);
        }
        Optional<String> allowPrivate = value(config, "pledges.webhook.allow-private");
        if (allowPrivate.isPresent() && !allowPrivate.get().matches("(?i)true|false|yes|no|on|off|1|0")) {
            problems.add("PLEDGES_WEBHOOK_ALLOW_PRIVATE must be true or false (or yes/no, on/off, 1/0), not '" + allowPrivate.get() + "'.");
        }
    }

    /**
     * The periodic jobs' periods ({@code PLEDGES_RENEWALS_EVERY}, {@code PLEDGES_WINDOW_REMINDERS_EVERY}) and the
     * mail retries' timings, ISO-8601 durations read when their timers start: checked here, so that a wrong one
     * refuses the start with its name instead of leaving a schedule unstarted behind a stack trace in the log.
     */
    private static void schedules(Config config, List<String> problems) {
        for (String property : List.of("pledges.renewals.every", "pledges.window-reminders.every",
                "pledges.mail.retry.delay", "pledges.mail.retry.every")) {
            positiveDuration(config, property, problems);
        }
    }

    /** A property that, when set, must be a positive ISO-8601 duration; its variable named when it is not. */
    private static void positiveDuration(Config config, String property, List<String> problems) {
        Optional<String> text = value(config, property);
        if (text.isEmpty()) {
            return;
        }
        String variable = property.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
        try {
            if (Duration.parse(text.get()).compareTo(Duration.ZERO) <= 0) {
                throw new DateTimeParseException("not positive", text.get(), 0);
            }
        } catch (DateTimeParseException e) {
            problems.add(variable + " must be a positive ISO-8601 duration, such as PT10S or PT24H, not '"
                    + text.get() + "'.");
        }
    }

    /** The pool's bounds: each a whole number in range, the least not above the most. */
    private static PoolSize poolSize(Config config, List<String> problems) {
        Integer min = bound(value(config, PoolSize.MIN), "PLEDGES_DB_POOL_MIN", 0, PoolSize.DEFAULT.min(),
                problems);
        Integer max = bound(value(config, PoolSize.MAX), "PLEDGES_DB_POOL_MAX", 1, PoolSize.DEFAULT.max(),
                problems);
        if (min == null || max == null) {
            return PoolSize.DEFAULT;
        }
        if (min > max) {
            problems.add("PLEDGES_DB_POOL_MIN (" + min + ") must not be more than PLEDGES_DB_POOL_MAX (" + max + ")"
                    + (value(config, PoolSize.MAX).isEmpty() ? ", which is " + max + " when not set." : "."));
            return PoolSize.DEFAULT;
        }
        return new PoolSize(min, max);
    }

    private static Integer bound(Optional<String> text, String variable, int least, int fallback,
                                 List<String> problems) {
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.get());
            if (value >= least && value <= PoolSize.LARGEST) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        problems.add(variable + " must be a whole number of connections from " + least + " to " + PoolSize.LARGEST
                + ", not '" + text.get() + "'.");
        return null;
    }

    /**
     * The saved lists' digest (SPEC §12): {@code PLEDGES_LINK_KEY}, when set, signs the unfollow links (at least 32
     * characters; without it a random key is kept in the database); {@code PLEDGES_DIGEST_HOUR} is the UTC hour of
     * the daily run (0 to 23) and {@code PLEDGES_DIGEST_MATCHES} how many matches each list shows (1 to 25).
     */
    private static void savedListDigest(Config config, List<String> problems) {
        value(config, "pledges.link.key").filter(key -> key.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 32)
                .ifPresent(key -> problems.add("PLEDGES_LINK_KEY must be at least 32 characters of random secret "
                        + "(such as the output of 'openssl rand -base64 32'), not " + key.length() + "."));
        whole(value(config, "pledges.digest.hour"), "PLEDGES_DIGEST_HOUR", 0, 23, "an hour of the day, UTC", problems);
        whole(value(config, "pledges.digest.matches"), "PLEDGES_DIGEST_MATCHES", 1, 25, "a number of matches",
                problems);
    }

    private static void whole(Optional<String> text, String variable, int least, int most, String what,
                              List<String> problems) {
        if (text.isEmpty()) {
            return;
        }
        try {
            int value = Integer.parseInt(text.get());
            if (value >= least && value <= most) {
                return;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        problems.add(variable + " must be " + what + " from " + least + " to " + most + ", not '" + text.get() + "'.");
    }

    public boolean complete() {
        return problems.isEmpty();
    }

    private static Optional<String> value(Config config, String key) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(s -> !s.isEmpty());
    }
}
