package org.peacekeeping.pledges.notification;

import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * Where notices are mailed, read from MicroProfile Config ({@code PLEDGES_MAIL_HOST} and friends). Without a host,
 * mail is off: notices stay in the in-app inbox and nothing else changes. Connecting, reading and writing each give
 * up after {@link #TIMEOUT_MILLIS}, so a slow mail server costs a background thread a few seconds, never a request.
 *
 * @param host     the SMTP server, or {@code null} when mail is off
 * @param username {@code null} to send without authenticating
 * @param password never logged, nor shown by {@link #toString()}
 * @param starttls upgrade the connection with STARTTLS, and refuse to send when the server does not offer it
 */
public record MailSettings(String host, int port, String from, String username, String password, boolean starttls) {

    public static final String HOST = "pledges.mail.host";
    public static final String PORT = "pledges.mail.port";
    public static final String FROM = "pledges.mail.from";
    public static final String USERNAME = "pledges.mail.username";
    public static final String PASSWORD = "pledges.mail.password";
    public static final String STARTTLS = "pledges.mail.starttls";

    public static final int DEFAULT_PORT = 25;
    public static final String DEFAULT_FROM = "pledges@localhost";
    public static final int TIMEOUT_MILLIS = 5000;

    public MailSettings {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(PORT + " must be a port number from 1 to 65535, not " + port);
        }
        if (from == null || from.isBlank() || !from.contains("@")) {
            throw new IllegalArgumentException(FROM + " must be a mail address, not '" + from + "'");
        }
    }

    public static MailSettings from(Config config) {
        return from(key -> config.getOptionalValue(key, String.class));
    }

    /** The settings from a lookup of configuration keys; blank values count as unset. */
    static MailSettings from(Function<String, Optional<String>> lookup) {
        Function<String, Optional<String>> value = key -> lookup.apply(key).map(String::strip).filter(s -> !s.isEmpty());
        return new MailSettings(
                value.apply(HOST).orElse(null),
                value.apply(PORT).map(MailSettings::port).orElse(DEFAULT_PORT),
                value.apply(FROM).orElse(DEFAULT_FROM),
                value.apply(USERNAME).orElse(null),
                lookup.apply(PASSWORD).orElse(null),
                value.apply(STARTTLS).map(MailSettings::flag).orElse(false));
    }

    /** True when a mail server is configured. */
    public boolean enabled() {
        return host != null;
    }

    public boolean authenticated() {
        return username != null;
    }

    /** The Jakarta Mail session properties for these settings (SMTP, short timeouts). */
    public Properties sessionProperties() {
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        if (host != null) {
            properties.setProperty("mail.smtp.host", host);
        }
        properties.setProperty("mail.smtp.port", Integer.toString(port));
        properties.setProperty("mail.from", from);
        properties.setProperty("mail.smtp.auth", Boolean.toString(authenticated()));
        properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(starttls));
        properties.setProperty("mail.smtp.starttls.required", Boolean.toString(starttls));
        String timeout = Integer.toString(TIMEOUT_MILLIS);
        properties.setProperty("mail.smtp.connectiontimeout", timeout);
        properties.setProperty("mail.smtp.timeout", timeout);
        properties.setProperty("mail.smtp.writetimeout", timeout);
        return properties;
    }

    /** For the log: server, sender and user, never the password. */
    public String describe() {
        if (!enabled()) {
            return "no mail server (" + HOST + " is not set)";
        }
        return "smtp://" + host + ":" + port + (starttls ? " with STARTTLS" : "") + " from " + from
                + (authenticated() ? " as " + username : "");
    }

    @Override
    public String toString() {
        return "MailSettings[" + describe() + (password == null ? "" : ", password ****") + "]";
    }

    private static int port(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PORT + " must be a port number from 1 to 65535, not '" + text + "'");
        }
    }

    private static boolean flag(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException(STARTTLS + " must be true or false, not '" + text + "'");
        };
    }
}
