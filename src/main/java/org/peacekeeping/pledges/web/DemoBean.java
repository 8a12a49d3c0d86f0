package org.peacekeeping.pledges.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.peacekeeping.pledges.platform.ApplicationMode;
import org.peacekeeping.pledges.platform.RuntimeSettings;

/** Whether pages should say that this is a demonstration with synthetic data. */
@Named("demo")
@ApplicationScoped
public class DemoBean {

    @Inject
    private RuntimeSettings settings;

    public boolean isEnabled() {
        return settings.mode() == ApplicationMode.DEMO;
    }
}
