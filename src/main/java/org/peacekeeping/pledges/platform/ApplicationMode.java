package org.peacekeeping.pledges.platform;

import java.util.Locale;

/**
 * Demo mode seeds demonstration accounts and a synthetic pledge set; production mode seeds reference data only.
 * {@code pledges.mode} ({@code PLEDGES_MODE}) chooses; when unset, the embedded database means demo and any
 * other database means production.
 */
public enum ApplicationMode {
    DEMO, PRODUCTION;

    public static final String PROPERTY = "pledges.mode";

    public static ApplicationMode resolve(String configured, DatabaseSettings database) {
        if (configured == null || configured.isBlank() || configured.equalsIgnoreCase("auto")) {
            return database.embedded() ? DEMO : PRODUCTION;
        }
        try {
            return valueOf(configured.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PROPERTY + " must be demo, production or auto, not '" + configured + "'");
        }
    }
}
