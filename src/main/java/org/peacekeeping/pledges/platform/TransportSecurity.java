package org.peacekeeping.pledges.platform;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Whether users reach the application over HTTPS only, so that its cookies may travel encrypted only and browsers
 * may be told to use HTTPS for good (Strict-Transport-Security). That is production mode with an https
 * {@code PLEDGES_BASE_URL} (TLS ends at a proxy, the server itself may see plain http), or production mode and a
 * request that arrived over TLS. Demo mode never asks for either: it runs on plain http on a laptop. Plain Java,
 * tested without a container.
 *
 * @param mode         the mode the application runs in
 * @param httpsBaseUrl whether {@code PLEDGES_BASE_URL} is an https address
 */
public record TransportSecurity(ApplicationMode mode, boolean httpsBaseUrl) {

    /** A year, subdomains included: what browsers' preload lists ask for, without asking to be preloaded. */
    public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    public static TransportSecurity of(ApplicationMode mode, Optional<BaseUrl> baseUrl) {
        return new TransportSecurity(mode, baseUrl.map(BaseUrl::https).orElse(false));
    }

    /** As configured; an unusable setting throws (the start is then refused, see {@link StartupConfiguration}). */
    public static TransportSecurity from(Config config) {
        DatabaseSettings database = DatabaseSettings.from(config);
        ApplicationMode mode = ApplicationMode.resolve(
                config.getOptionalValue(ApplicationMode.PROPERTY, String.class).orElse(null), database);
        return of(mode, BaseUrl.from(config));
    }

    /** Whether every session cookie is marked Secure, whatever the request it is set on arrived over. */
    public boolean secureCookies() {
        return mode == ApplicationMode.PRODUCTION && httpsBaseUrl;
    }

    /** The Strict-Transport-Security header for an answer to a request that arrived over TLS or not, if any. */
    public Optional<String> strictTransportSecurity(boolean overTls) {
        return mode == ApplicationMode.PRODUCTION && (httpsBaseUrl || overTls)
                ? Optional.of(STRICT_TRANSPORT_SECURITY) : Optional.empty();
    }
}
