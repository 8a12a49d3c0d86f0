package org.peacekeeping.pledges.platform.cluster;

import java.lang.management.ManagementFactory;

/** How this instance names itself in the coordination tables: process id and host, as the JVM reports them. */
public final class InstanceName {

    private static final String NAME = ManagementFactory.getRuntimeMXBean().getName();

    private InstanceName() {
    }

    public static String get() {
        return NAME;
    }
}
