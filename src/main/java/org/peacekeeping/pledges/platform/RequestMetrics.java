package org.peacekeeping.pledges.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The request metrics in the application registry, served at {@code /metrics?scope=application}: requests by kind
 * and status class (a counter, so a monitoring system derives the rate), their durations by kind, and the
 * durations of successful workbook exports and form uploads by export. Timers declare nanoseconds, what they
 * record, so that Payara scales every figure alike to seconds ({@code pledges_request_duration_seconds_sum}, …).
 */
@ApplicationScoped
public class RequestMetrics {

    static final String REQUESTS = "pledges.requests";
    static final String REQUEST_DURATION = "pledges.request.duration";
    static final String EXPORT_DURATION = "pledges.export.duration";

    private static final Metadata REQUESTS_METADATA = Metadata.builder().withName(REQUESTS)
            .withDescription("HTTP requests served by the application, by kind and status class").build();
    private static final Metadata REQUEST_DURATION_METADATA = Metadata.builder().withName(REQUEST_DURATION)
            .withDescription("Time to answer a request, body included, by kind").withUnit(MetricUnits.NANOSECONDS)
            .build();
    private static final Metadata EXPORT_DURATION_METADATA = Metadata.builder().withName(EXPORT_DURATION)
            .withDescription("Time to write a workbook or read an uploaded pledge form, successful ones only")
            .withUnit(MetricUnits.NANOSECONDS).build();

    @Inject
    private MetricRegistry registry;

    public void record(RequestKind request, int status, Duration duration) {
        registry.counter(REQUESTS_METADATA, new Tag("kind", request.kind()),
                new Tag("status", RequestKind.statusClass(status))).inc();
        registry.timer(REQUEST_DURATION_METADATA, new Tag("kind", request.kind())).update(duration);
        if (status < 400) {
            request.exportName().ifPresent(export ->
                    registry.timer(EXPORT_DURATION_METADATA, new Tag("export", export)).update(duration));
        }
    }
}
