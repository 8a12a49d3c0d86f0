package org.peacekeeping.pledges.pledge.rest;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.peacekeeping.pledges.pledge.Deployment;
import org.peacekeeping.pledges.pledge.LineItem;
import org.peacekeeping.pledges.pledge.Page;
import org.peacekeeping.pledges.pledge.Partner;
import org.peacekeeping.pledges.pledge.PledgeView;

/**
 * Writes pledges and pages of pledges as JSON, the hottest path of the API (a page of 50 on every list request),
 * through the platform's streaming generator (jakarta.json, Parsson in Payara). The document is exactly what JSON-B
 * writes for {@link PledgeView} with the API's configuration (properties in alphabetical order, absent values as
 * {@code null}, ISO dates; Yasson writes through the same generator, so the same escapes and numbers; a unit test
 * holds the two side by side). JSON-B itself is not used: its per-object reflection, runtime-type look-up and
 * recursion bookkeeping (hashing every record of a page) took about a third of a list request's time. The document is
 * built in memory and then written whole, so a failure midway answers 500 rather than a cut-off body.
 */
final class PledgeJson {

    /** Made once: {@code Json.createGenerator} looks the provider up on the class path on every call. */
    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    /** Bytes reserved per pledge, about a pledge's JSON, so that a page seldom grows its buffer. */
    private static final int PLEDGE_BYTES = 1024;

    private final JsonGenerator json;
    /** An instant's text, reused for each instant of the document. */
    private final StringBuilder instant = new StringBuilder(32);

    private PledgeJson(JsonGenerator json) {
        this.json = json;
    }

    static void write(PledgeView pledge, OutputStream out) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(PLEDGE_BYTES);
        try (JsonGenerator json = GENERATORS.createGenerator(bytes)) {
            new PledgeJson(json).pledge(pledge);
        }
        writeTo(bytes, out);
    }

    static void write(Page<PledgeView> page, OutputStream out) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(PLEDGE_BYTES * Math.max(1, page.items().size()));
        try (JsonGenerator json = GENERATORS.createGenerator(bytes)) {
            PledgeJson writer = new PledgeJson(json);
            json.writeStartObject().writeStartArray("items");
            for (PledgeView pledge : page.items()) {
                writer.pledge(pledge);
            }
            json.writeEnd()
                    .write("page", page.page())
                    .write("size", page.size())
                    .write("total", page.total())
                    .writeEnd();
        }
        writeTo(bytes, out);
    }

    private void pledge(PledgeView p) {
        json.writeStartObject();
        instant("approvedAt", p.approvedAt());
        date("availableFrom", p.availableFrom());
        text("capabilityType", p.capabilityType());
        constant("category", p.category());
        text("caveats", p.caveats());
        instant("createdAt", p.createdAt());
        text("createdBy", p.createdBy());
        number("daysToDeploy", p.daysToDeploy());
        deployment(p.deployment());
        text("description", p.description());
        number("durationMonths", p.durationMonths());
        text("event", p.event());
        json.write("id", p.id());
        json.writeStartArray("lines");
        for (LineItem line : p.lines()) {
            json.writeStartObject();
            text("description", line.description());
            constant("kind", line.kind());
            json.write("quantity", line.quantity());
            json.writeEnd();
        }
        json.writeEnd();
        text("memberState", p.memberState());
        json.writeStartArray("partners");
        for (Partner partner : p.partners()) {
            json.writeStartObject();
            text("memberState", partner.memberState());
            text("role", partner.role());
            json.writeEnd();
        }
        json.writeEnd();
        json.write("personnel", p.personnel());
        json.writeStartArray("preferredMissions");
        for (String mission : p.preferredMissions()) {
            json.write(mission);
        }
        json.writeEnd();
        json.write("publicationConsent", p.publicationConsent());
        constant("readinessLevel", p.readinessLevel());
        text("reference", p.reference());
        date("renewalDue", p.renewalDue());
        constant("selfSustainment", p.selfSustainment());
        constant("status", p.status());
        instant("submittedAt", p.submittedAt());
        json.write("synthetic", p.synthetic());
        text("title", p.title());
        json.write("units", p.units());
        instant("updatedAt", p.updatedAt());
        text("updatedBy", p.updatedBy());
        json.write("version", p.version());
        json.write("women", p.women());
        json.writeEnd();
    }

    private void deployment(Deployment deployment) {
        if (deployment == null) {
            json.writeNull("deployment");
            return;
        }
        json.writeStartObject("deployment");
        text("deployedBy", deployment.deployedBy());
        date("deployedOn", deployment.deployedOn());
        text("mission", deployment.mission());
        json.write("personnel", deployment.personnel());
        date("repatriatedOn", deployment.repatriatedOn());
        text("repatriationComment", deployment.repatriationComment());
        json.write("women", deployment.women());
        json.writeEnd();
    }

    /** The document as UTF-8; the stream stays open (the container closes it). */
    private static void writeTo(ByteArrayOutputStream bytes, OutputStream out) {
        try {
            bytes.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void text(String name, String value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }

    private void constant(String name, Enum<?> value) {
        text(name, value == null ? null : value.name());
    }

    private void number(String name, Integer value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value.intValue());
        }
    }

    private void date(String name, LocalDate value) {
        text(name, value == null ? null : value.toString());
    }

    private void instant(String name, Instant value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            instant.setLength(0);
            iso(instant, value);
            json.write(name, instant.toString());
        }
    }

    /**
     * An instant as {@link Instant#toString()} writes it (ISO-8601 in UTC, the fraction of a second in groups of three
     * digits as needed), without its formatter, which cost more than the rest of a pledge's JSON.
     */
    static void iso(StringBuilder out, Instant instant) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        if (time.getYear() < 1000 || time.getYear() > 9999) {
            out.append(instant); // signs and padding of distant years: left to the formatter
            return;
        }
        out.append(time.getYear()).append('-');
        twoDigits(out, time.getMonthValue()).append('-');
        twoDigits(out, time.getDayOfMonth()).append('T');
        twoDigits(out, time.getHour()).append(':');
        twoDigits(out, time.getMinute()).append(':');
        twoDigits(out, time.getSecond());
        int nano = time.getNano();
        if (nano > 0) {
            out.append('.');
            if (nano % 1_000_000 == 0) {
                digits(out, nano / 1_000_000, 3);
            } else if (nano % 1_000 == 0) {
                digits(out, nano / 1_000, 6);
            } else {
                digits(out, nano, 9);
            }
        }
        out.append('Z');
    }

    private static StringBuilder twoDigits(StringBuilder out, int value) {
        return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private static void digits(StringBuilder out, int value, int count) {
        String text = Integer.toString(value);
        for (int i = text.length(); i < count; i++) {
            out.append('0');
        }
        out.append(text);
    }

    /** One pledge: {@code GET /api/pledges/{id}}, and the answers of its changes. */
    @Provider
    @Produces(MediaType.APPLICATION_JSON)
    public static class PledgeWriter implements MessageBodyWriter<PledgeView> {

        @Override
        public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return type == PledgeView.class;
        }

        @Override
        public void writeTo(PledgeView pledge, Class<?> type, Type genericType, Annotation[] annotations,
                            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) {
            write(pledge, out);
        }
    }

    /** A page of pledges: {@code GET /api/pledges}. */
    @Provider
    @Produces(MediaType.APPLICATION_JSON)
    public static class PageWriter implements MessageBodyWriter<Page<PledgeView>> {

        @Override
        public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return type == Page.class && genericType instanceof ParameterizedType parameterized
                    && parameterized.getActualTypeArguments()[0] == PledgeView.class;
        }

        @Override
        public void writeTo(Page<PledgeView> page, Class<?> type, Type genericType, Annotation[] annotations,
                            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) {
            write(page, out);
        }
    }
}
