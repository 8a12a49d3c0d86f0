package org.peacekeeping.pledges.platform;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Where the database is and how to log in, read from MicroProfile Config (system properties, then environment
 * variables such as {@code PLEDGES_DB_URL}, then the application's defaults). With nothing set, the application
 * uses an embedded, file-backed H2 database under {@code pledges.data.dir} ({@code ./data} by default).
 */
public record DatabaseSettings(String url, String user, String password) {

    public static final String URL = "pledges.db.url";
    public static final String USER = "pledges.db.user";
    public static final String PASSWORD = "pledges.db.password";
    public static final String DATA_DIR = "pledges.data.dir";

    public DatabaseSettings {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("The database URL (" + URL + ") must not be empty");
        }
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("Unsupported database URL " + url
                    + ": use jdbc:postgresql://host:port/database, or jdbc:h2:file:path for the embedded database");
        }
    }

    public static DatabaseSettings from(Config config) {
        Optional<String> url = config.getOptionalValue(URL, String.class);
        String dataDir = config.getOptionalValue(DATA_DIR, String.class).orElse("data");
        String effectiveUrl = url.orElseGet(() -> embeddedUrl(Path.of(dataDir)));
        String defaultUser = effectiveUrl.startsWith("jdbc:h2:") ? "sa" : "pledges";
        return new DatabaseSettings(effectiveUrl,
                config.getOptionalValue(USER, String.class).orElse(defaultUser),
                config.getOptionalValue(PASSWORD, String.class).orElse(""));
    }

    static String embeddedUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("pledges");
    }

    public boolean embedded() {
        return url.startsWith("jdbc:h2:");
    }

    /** The URL without credentials or options, safe to log. */
    public String describe() {
        int options = url.indexOf(embedded() ? ';' : '?');
        return options < 0 ? url : url.substring(0, options);
    }
}
