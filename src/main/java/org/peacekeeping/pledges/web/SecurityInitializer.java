package org.peacekeeping.pledges.web;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.peacekeeping.pledges.platform.ApplicationMode;
import org.peacekeeping.pledges.platform.TransportSecurity;

/**
 * Before the application starts (the only moment the servlet API allows it): hands PrimeFaces the page policy it
 * sends with its nonce ({@code primefaces.CSP_POLICY}, see {@link ContentSecurityPolicy#PAGE}), and marks the
 * session cookies Secure when users reach the application over HTTPS only ({@link TransportSecurity}); otherwise
 * Payara marks them Secure on requests that arrive over TLS. Their SameSite attribute is Payara's own setting
 * ({@code cookieSameSite} in WEB-INF/payara-web.xml): Payara ignores the one of web.xml. Registered in
 * META-INF/services.
 */
public class SecurityInitializer implements ServletContainerInitializer {

    static final String PRIMEFACES_POLICY = "primefaces.CSP_POLICY";
    private static final String ATTRIBUTE = TransportSecurity.class.getName();
    private static final Logger LOG = Logger.getLogger(SecurityInitializer.class.getName());

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        context.setInitParameter(PRIMEFACES_POLICY, ContentSecurityPolicy.PAGE);
        TransportSecurity transport;
        try {
            transport = TransportSecurity.from(ConfigProvider.getConfig());
        } catch (IllegalArgumentException e) {
            // The start is refused with every reason (StartupConfiguration); nothing is served meanwhile.
            transport = new TransportSecurity(ApplicationMode.PRODUCTION, false);
        }
        if (transport.secureCookies()) {
            context.getSessionCookieConfig().setSecure(true);
            LOG.info("PLEDGES_BASE_URL is https: session cookies are Secure and answers carry "
                    + "Strict-Transport-Security.");
        }
        context.setAttribute(ATTRIBUTE, transport);
    }

    /** What {@link #onStartup} decided for this application. */
    static TransportSecurity transportSecurity(ServletContext context) {
        Object decided = context.getAttribute(ATTRIBUTE);
        return decided != null ? (TransportSecurity) decided : TransportSecurity.from(ConfigProvider.getConfig());
    }
}
