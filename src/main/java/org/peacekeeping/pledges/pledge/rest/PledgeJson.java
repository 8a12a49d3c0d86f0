package org.peacekeeping.pledges.pledge.rest;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import org.peacekeeping.pledges.pledge.LineItem;
import org.peacekeeping.pledges.pledge.Page;
import org.peacekeeping.pledges.pledge.PledgeView;

/**
 * Writes pledges and pages of pledges as JSON straight to the response, the hottest path of the API (a page of 50
 * on every list request). The document is exactly what JSON-B writes for {@link PledgeView} with the API's
 * configuration (properties in alphabetical order, absent values as {@code null}, ISO dates; a unit test holds the
 * two side by side), without JSON-B's per-object reflection, runtime-type look-up and recursion bookkeeping, which
 * hashed every record of a page three times over and took about a third of a list request's time.
 */
final class PledgeJson {

    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    private PledgeJson() {
    }

    static void write(PledgeView pledge, OutputStream out) {
        try (JsonGenerator json = GENERATORS.createGenerator(new KeptOpen(out))) {
            pledge(json, pledge);
        }
    }

    static void write(Page<PledgeView> page, OutputStream out) {
        try (JsonGenerator json = GENERATORS.createGenerator(new KeptOpen(out))) {
            json.writeStartObject().writeStartArray("items");
            for (PledgeView pledge : page.items()) {
                pledge(json, pledge);
            }
            json.writeEnd()
                    .write("page", page.page())
                    .write("size", page.size())
                    .write("total", page.total())
                    .writeEnd();
        }
    }

    private static void pledge(JsonGenerator json, PledgeView p) {
        json.writeStartObject();
        text(json, "approvedAt", p.approvedAt());
        text(json, "availableFrom", p.availableFrom());
        text(json, "capabilityType", p.capabilityType());
        text(json, "category", p.category());
        text(json, "caveats", p.caveats());
        text(json, "createdAt", p.createdAt());
        text(json, "createdBy", p.createdBy());
        number(json, "daysToDeploy", p.daysToDeploy());
        text(json, "description", p.description());
        number(json, "durationMonths", p.durationMonths());
        text(json, "event", p.event());
        json.write("id", p.id());
        json.writeStartArray("lines");
        for (LineItem line : p.lines()) {
            json.writeStartObject();
            text(json, "description", line.description());
            text(json, "kind", line.kind());
            json.write("quantity", line.quantity()).writeEnd();
        }
        json.writeEnd();
        text(json, "memberState", p.memberState());
        json.write("personnel", p.personnel());
        json.writeStartArray("preferredMissions");
        p.preferredMissions().forEach(json::write);
        json.writeEnd();
        text(json, "readinessLevel", p.readinessLevel());
        text(json, "reference", p.reference());
        text(json, "renewalDue", p.renewalDue());
        text(json, "selfSustainment", p.selfSustainment());
        text(json, "status", p.status());
        text(json, "submittedAt", p.submittedAt());
        json.write("synthetic", p.synthetic());
        text(json, "title", p.title());
        json.write("units", p.units());
        text(json, "updatedAt", p.updatedAt());
        text(json, "updatedBy", p.updatedBy());
        json.write("version", p.version());
        json.write("women", p.women());
        json.writeEnd();
    }

    /** A string, enum (its name) or date and time (ISO-8601, as {@code toString} gives it), or null. */
    private static void text(JsonGenerator json, String name, Object value) {
        if (value == null) {
            json.writeNull(name);
        } else if (value instanceof Enum<?> constant) {
            json.write(name, constant.name());
        } else if (value instanceof String || value instanceof TemporalAccessor) {
            json.write(name, value.toString());
        } else {
            throw new IllegalArgumentException("Not written as text: " + value.getClass());
        }
    }

    private static void number(JsonGenerator json, String name, Integer value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }

    /** The response's stream, flushed but left open when the generator is closed (the container closes it). */
    private static final class KeptOpen extends FilterOutputStream {

        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
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
