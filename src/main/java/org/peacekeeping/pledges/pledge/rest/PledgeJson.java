package org.peacekeeping.pledges.pledge.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.peacekeeping.pledges.pledge.LineItem;
import org.peacekeeping.pledges.pledge.Page;
import org.peacekeeping.pledges.pledge.PledgeView;

/**
 * Writes pledges and pages of pledges as JSON straight to the response, the hottest path of the API (a page of 50
 * on every list request). The document is exactly what JSON-B writes for {@link PledgeView} with the API's
 * configuration (properties in alphabetical order, absent values as {@code null}, ISO dates, the same escapes; a unit
 * test holds the two side by side), built in one buffer: JSON-B's per-object reflection, runtime-type look-up and
 * recursion bookkeeping took about a third of a list request's time, and a JSON-P generator, writing and escaping
 * character by character, still a quarter.
 */
final class PledgeJson {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder json = new StringBuilder(1024);
    /** Whether the object or array being written has no member yet (no comma before the next). */
    private boolean first = true;

    private PledgeJson() {
    }

    static void write(PledgeView pledge, OutputStream out) {
        PledgeJson json = new PledgeJson();
        json.pledge(pledge);
        json.writeTo(out);
    }

    static void write(Page<PledgeView> page, OutputStream out) {
        PledgeJson json = new PledgeJson();
        json.json.ensureCapacity(1024 * Math.max(1, page.items().size()));
        json.open(null, '{');
        json.open("items", '[');
        for (PledgeView pledge : page.items()) {
            json.pledge(pledge);
        }
        json.close(']');
        json.number("page", page.page());
        json.number("size", page.size());
        json.number("total", page.total());
        json.close('}');
        json.writeTo(out);
    }

    private void pledge(PledgeView p) {
        open(null, '{');
        text("approvedAt", p.approvedAt());
        text("availableFrom", p.availableFrom());
        text("capabilityType", p.capabilityType());
        text("category", p.category());
        text("caveats", p.caveats());
        text("createdAt", p.createdAt());
        text("createdBy", p.createdBy());
        number("daysToDeploy", p.daysToDeploy());
        text("description", p.description());
        number("durationMonths", p.durationMonths());
        text("event", p.event());
        number("id", p.id());
        open("lines", '[');
        for (LineItem line : p.lines()) {
            open(null, '{');
            text("description", line.description());
            text("kind", line.kind());
            number("quantity", line.quantity());
            close('}');
        }
        close(']');
        text("memberState", p.memberState());
        number("personnel", p.personnel());
        open("preferredMissions", '[');
        for (String mission : p.preferredMissions()) {
            text(null, mission);
        }
        close(']');
        text("readinessLevel", p.readinessLevel());
        text("reference", p.reference());
        text("renewalDue", p.renewalDue());
        text("selfSustainment", p.selfSustainment());
        text("status", p.status());
        text("submittedAt", p.submittedAt());
        member("synthetic");
        json.append(p.synthetic());
        text("title", p.title());
        number("units", p.units());
        text("updatedAt", p.updatedAt());
        text("updatedBy", p.updatedBy());
        number("version", p.version());
        number("women", p.women());
        close('}');
    }

    /** The document as UTF-8; the stream stays open (the container closes it). */
    private void writeTo(OutputStream out) {
        try {
            out.write(json.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The separator and, inside an object, the member's name (a constant of this class: nothing to escape). */
    private void member(String name) {
        if (!first) {
            json.append(',');
        }
        first = false;
        if (name != null) {
            json.append('"').append(name).append("\":");
        }
    }

    private void open(String name, char bracket) {
        member(name);
        json.append(bracket);
        first = true;
    }

    private void close(char bracket) {
        json.append(bracket);
        first = false;
    }

    private void number(String name, Number value) {
        member(name);
        json.append(value == null ? "null" : value.toString());
    }

    /** A string, enum (its name), instant or date (ISO-8601, as {@code toString} gives them), or null. */
    private void text(String name, Object value) {
        member(name);
        if (value == null) {
            json.append("null");
        } else if (value instanceof Enum<?> constant) {
            json.append('"').append(constant.name()).append('"');
        } else if (value instanceof String text) {
            string(text);
        } else if (value instanceof Instant instant) {
            json.append('"');
            iso(json, instant);
            json.append('"');
        } else if (value instanceof LocalDate date) {
            json.append('"').append(date).append('"');
        } else {
            throw new IllegalArgumentException("Not written as text: " + value.getClass());
        }
    }

    /**
     * A JSON string: quotes, backslashes and control characters escaped, everything else as it is. Most texts need no
     * escape and are copied whole (copying a range of a string goes character by character).
     */
    private void string(String text) {
        json.append('"');
        int length = text.length();
        int clean = 0;
        while (clean < length && plain(text.charAt(clean))) {
            clean++;
        }
        if (clean == length) {
            json.append(text).append('"');
            return;
        }
        json.append(text, 0, clean);
        int plain = clean;
        for (int i = clean; i < length; i++) {
            char c = text.charAt(i);
            if (plain(c)) {
                continue;
            }
            json.append(text, plain, i);
            plain = i + 1;
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> json.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        json.append(text, plain, length).append('"');
    }

    private static boolean plain(char c) {
        return c >= 0x20 && c != '"' && c != '\\';
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
