package org.peacekeeping.pledges.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API lives under {@code /api} (SPEC §6). */
@ApplicationPath("api")
public class RestApplication extends Application {
}
