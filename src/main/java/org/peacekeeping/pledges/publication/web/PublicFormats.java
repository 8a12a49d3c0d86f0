package org.peacekeeping.pledges.publication.web;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.List;
import org.peacekeeping.pledges.publication.PublicFigures;
import org.peacekeeping.pledges.publication.PublicFigures.Ministerial;
import org.peacekeeping.pledges.publication.PublicFigures.Row;
import org.peacekeeping.pledges.publication.PublicFigures.State;
import org.peacekeeping.pledges.publication.PublicFigures.Value;
import org.peacekeeping.pledges.publication.PublicFiguresService;
import org.peacekeeping.pledges.publication.Suppression;

/**
 * The public figures as JSON and as CSV, the same values in both: a shown value is a number, a withheld one the text
 * {@code "<3"} (fewer than three pledges) or {@code "x"} (withheld so that no {@code <3} can be worked out). Plain
 * Java, tested without a container.
 */
public final class PublicFormats {

    /** The CSV's header row. */
    static final String CSV_HEADER = "ministerial,section,key,pledges,units,personnel";

    private PublicFormats() {
    }

    public static String json(PublicFigures figures) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartObject();
            ministerial(json, "ministerial", figures.ministerial());
            json.writeStartArray("events");
            figures.events().forEach(json::write);
            json.writeEnd();
            json.writeStartArray("statuses");
            PublicFiguresService.PUBLISHED.forEach(status -> json.write(status.name()));
            json.writeEnd();
            json.write("threshold", Suppression.THRESHOLD);
            json.write("synthetic", figures.synthetic());
            json.writeStartArray("states");
            for (State state : figures.states()) {
                json.writeStartObject().write("iso3", state.iso3()).write("name", state.name())
                        .write("nameFr", state.nameFr()).write("regionalGroup", state.regionalGroup()).writeEnd();
            }
            json.writeEnd();
            json.writeStartObject("total");
            values(json, figures.total());
            json.write("memberStates", figures.states().size());
            json.writeEnd();
            rows(json, "byCategory", "category", figures.byCategory());
            rows(json, "byRegionalGroup", "regionalGroup", figures.byRegionalGroup());
            json.writeEnd();
        }
        return out.toString();
    }

    public static String ministerialsJson(List<Ministerial> ministerials) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartArray();
            for (Ministerial ministerial : ministerials) {
                ministerial(json, null, ministerial);
            }
            json.writeEnd();
        }
        return out.toString();
    }

    /**
     * One row per published line: {@code total}, each {@code category}, each {@code regionalGroup}, and each
     * {@code state} that pledged (without numbers); RFC 4180, CRLF line ends.
     */
    public static String csv(PublicFigures figures) {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append("\r\n");
        String code = figures.ministerial().code();
        line(csv, code, "total", "TOTAL", figures.total());
        figures.byCategory().forEach(row -> line(csv, code, "category", row.key(), row));
        figures.byRegionalGroup().forEach(row -> line(csv, code, "regionalGroup", row.key(), row));
        figures.states().forEach(state -> csv.append(code).append(",state,").append(state.iso3())
                .append(",,,\r\n"));
        return csv.toString();
    }

    private static void line(StringBuilder csv, String code, String section, String key, Row row) {
        csv.append(code).append(',').append(section).append(',').append(key).append(',')
                .append(row.pledges().text()).append(',').append(row.units().text()).append(',')
                .append(row.personnel().text()).append("\r\n");
    }

    private static void ministerial(JsonGenerator json, String name, Ministerial ministerial) {
        if (name == null) {
            json.writeStartObject();
        } else {
            json.writeStartObject(name);
        }
        json.write("code", ministerial.code()).write("name", ministerial.name()).write("nameFr", ministerial.nameFr());
        if (ministerial.city() == null) {
            json.writeNull("city");
        } else {
            json.write("city", ministerial.city());
        }
        if (ministerial.startDate() == null) {
            json.writeNull("startDate");
        } else {
            json.write("startDate", ministerial.startDate().toString());
        }
        json.writeEnd();
    }

    private static void rows(JsonGenerator json, String name, String keyName, List<Row> rows) {
        json.writeStartArray(name);
        for (Row row : rows) {
            json.writeStartObject();
            json.write(keyName, row.key());
            values(json, row);
            json.writeEnd();
        }
        json.writeEnd();
    }

    private static void values(JsonGenerator json, Row row) {
        value(json, "pledges", row.pledges());
        value(json, "units", row.units());
        value(json, "personnel", row.personnel());
    }

    private static void value(JsonGenerator json, String name, Value value) {
        if (value.shown()) {
            json.write(name, value.number());
        } else {
            json.write(name, value.text());
        }
    }
}
