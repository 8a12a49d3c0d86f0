package org.peacekeeping.pledges.publication.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.publication.PublicFigures;
import org.peacekeeping.pledges.publication.PublicFigures.Ministerial;
import org.peacekeeping.pledges.publication.PublicFigures.Row;
import org.peacekeeping.pledges.publication.PublicFigures.State;
import org.peacekeeping.pledges.publication.PublicFigures.Value;
import org.peacekeeping.pledges.publication.Suppression.Mark;

class PublicFormatsTest {

    private static Row row(String key, long pledges, Mark mark) {
        return new Row(key, new Value(pledges, mark), new Value(pledges * 2, mark), new Value(pledges * 100, mark));
    }

    private static final PublicFigures FIGURES = new PublicFigures(
            new Ministerial("BERLIN-2025", "Berlin 2025", "Berlin 2025", "Berlin", LocalDate.of(2025, 5, 13)),
            List.of("BERLIN-2025", "ISLAMABAD-2025"),
            List.of(new State("GHA", "Ghana", "Ghana", "AFRICAN"), new State("PAK", "Pakistan", "Pakistan",
                    "ASIA_PACIFIC")),
            row("TOTAL", 9, Mark.SHOWN),
            List.of(row("MEDICAL", 2, Mark.UNDER_THREE), row("AVIATION", 3, Mark.COMPLEMENTARY),
                    row("MILITARY_UNIT", 4, Mark.SHOWN)),
            List.of(row("AFRICAN", 4, Mark.SHOWN), row("ASIA_PACIFIC", 5, Mark.SHOWN)), false);

    @Test
    void withheldValuesAreTextAndShownOnesNumbersInJson() {
        JsonObject json = Json.createReader(new StringReader(PublicFormats.json(FIGURES))).readObject();
        JsonObject medical = json.getJsonArray("byCategory").getJsonObject(0);
        assertEquals("<3", medical.getString("pledges"));
        assertEquals("<3", medical.getString("personnel"));
        assertEquals("x", json.getJsonArray("byCategory").getJsonObject(1).getString("units"));
        assertEquals(400, json.getJsonArray("byCategory").getJsonObject(2).getInt("personnel"));
        assertEquals(2, json.getJsonObject("total").getInt("memberStates"));
        assertFalse(PublicFormats.json(FIGURES).contains(":4,\"units\":8,\"personnel\":200"), "no withheld number");
    }

    @Test
    void theCsvHasTheJsonsValues() {
        String csv = PublicFormats.csv(FIGURES);
        assertTrue(csv.startsWith(PublicFormats.CSV_HEADER + "\r\n"));
        assertTrue(csv.contains("BERLIN-2025,total,TOTAL,9,18,900\r\n"));
        assertTrue(csv.contains("BERLIN-2025,category,MEDICAL,<3,<3,<3\r\n"));
        assertTrue(csv.contains("BERLIN-2025,category,AVIATION,x,x,x\r\n"));
        assertTrue(csv.contains("BERLIN-2025,regionalGroup,ASIA_PACIFIC,5,10,500\r\n"));
        assertTrue(csv.contains("BERLIN-2025,state,PAK,,,\r\n"));
        assertFalse(csv.contains(",200,"), "the withheld medical personnel is nowhere");
    }

    @Test
    void etagsMatchAsRfc9110Says() {
        String etag = PublicFiguresServlet.etag("application/json", "{}".getBytes());
        assertTrue(etag.matches("\"[0-9a-f]{32}\""));
        assertTrue(PublicFiguresServlet.matches(etag, etag));
        assertTrue(PublicFiguresServlet.matches("\"other\", W/" + etag, etag));
        assertTrue(PublicFiguresServlet.matches("*", etag));
        assertFalse(PublicFiguresServlet.matches("\"other\"", etag));
        assertFalse(PublicFiguresServlet.matches(null, etag));
        assertFalse(etag.equals(PublicFiguresServlet.etag("text/csv", "{}".getBytes())), "a type, an ETag");
    }

    @Test
    void acceptDecidesBetweenJsonAndCsv() {
        assertTrue(PublicFiguresServlet.accepts((String) null, "application/json"));
        assertTrue(PublicFiguresServlet.accepts("text/*", "text/csv"));
        assertFalse(PublicFiguresServlet.accepts("text/csv", "application/json"));
        assertFalse(PublicFiguresServlet.accepts("application/json;q=0", "application/json"));
        assertTrue(PublicFiguresServlet.prefersCsv("text/csv, application/json"));
        assertFalse(PublicFiguresServlet.prefersCsv("application/json, text/csv"));
        assertFalse(PublicFiguresServlet.prefersCsv("*/*"));
    }

    @Test
    void thePageShowsTheMarksAndEscapes() {
        String html = new PublicPage(java.util.Locale.FRENCH).render("", List.of(FIGURES.ministerial()), FIGURES);
        assertTrue(html.contains("<html lang=\"fr\">"));
        assertTrue(html.contains("&lt;3"));
        assertTrue(html.contains(">x<"));
        assertFalse(html.contains("<script"), "no script");
        assertEquals("a&lt;b&amp;&quot;", PublicPage.escape("a<b&\""));
    }
}
