package org.peacekeeping.pledges.analysis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Chart.js configurations as the dashboard's p:chart components receive them. */
class ChartJsonTest {

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void aBarChartCarriesItsLabelsAndOneDatasetPerSeries() {
        JsonObject chart = parse(ChartJson.bar(List.of("Medical", "Aviation"))
                .series("Pledges", List.of(3L, 5L), "#0b4f8a").json());
        assertEquals("bar", chart.getString("type"));
        assertEquals(List.of("Medical", "Aviation"),
                chart.getJsonObject("data").getJsonArray("labels").getValuesAs(jakarta.json.JsonString::getString));
        JsonObject dataset = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
        assertEquals("Pledges", dataset.getString("label"));
        assertEquals(List.of(3, 5), dataset.getJsonArray("data").getValuesAs(v -> ((jakarta.json.JsonNumber) v).intValue()));
        assertEquals("#0b4f8a", dataset.getString("backgroundColor"));
        assertEquals("y", dataset.getString("yAxisID"));
        assertFalse(chart.getJsonObject("options").getBoolean("animation"), "drawn once, not animated");
    }

    @Test
    void aSeriesOnTheSecondAxisGetsItsOwnScaleOnTheOppositeSide() {
        JsonObject chart = parse(ChartJson.bar(List.of("Medical")).horizontal()
                .series("Pledges", List.of(3L), "#000000")
                .seriesOnSecondAxis("Personnel", List.of(570L), "#111111")
                .axisTitles("Pledges", "Personnel").json());
        JsonObject options = chart.getJsonObject("options");
        assertEquals("y", options.getString("indexAxis"));
        assertEquals("x2", chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(1).getString("xAxisID"));
        JsonObject second = options.getJsonObject("scales").getJsonObject("x2");
        assertEquals("top", second.getString("position"));
        assertFalse(second.getJsonObject("grid").getBoolean("drawOnChartArea"));
        assertEquals("Personnel", second.getJsonObject("title").getString("text"));
        assertEquals("bottom", options.getJsonObject("scales").getJsonObject("x").getString("position"));
    }

    @Test
    void withoutASecondSeriesThereIsNoSecondScale() {
        JsonObject scales = parse(ChartJson.bar(List.of("a")).series("s", List.of(1L), "#000000").json())
                .getJsonObject("options").getJsonObject("scales");
        assertEquals(java.util.Set.of("y"), scales.keySet());
    }

    @Test
    void aDoughnutHasAColourPerSliceAndNoScales() {
        JsonObject chart = parse(ChartJson.doughnut(List.of("African States", "No group"))
                .series("Pledges", List.of(7L, 1L), List.of("#0b4f8a", "#1b7f79")).json());
        assertEquals("doughnut", chart.getString("type"));
        assertEquals(2, chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0)
                .getJsonArray("backgroundColor").size());
        assertFalse(chart.getJsonObject("options").containsKey("scales"));
    }

    @Test
    void labelsCannotCloseTheScriptElementTheConfigurationIsWrittenInto() {
        String json = ChartJson.bar(List.of("</script><script>alert('x')</script> & \"more\""))
                .series("s", List.of(1L), "#000000").json();
        assertFalse(json.contains("<"), json);
        assertFalse(json.contains(">"), json);
        assertFalse(json.contains("&"), json);
        assertEquals("</script><script>alert('x')</script> & \"more\"",
                parse(json).getJsonObject("data").getJsonArray("labels").getString(0));
    }

    @Test
    void decimalsStayDecimalsAndMissingValuesAreNull() {
        JsonObject dataset = parse(ChartJson.bar(List.of("a", "b"))
                .series("share", java.util.Arrays.asList(new BigDecimal("15.3"), null), "#000000").json())
                .getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
        assertEquals(new BigDecimal("15.3"), dataset.getJsonArray("data").getJsonNumber(0).bigDecimalValue());
        assertTrue(dataset.getJsonArray("data").isNull(1));
    }

    @Test
    void theAxesNumbersFollowTheUsersLanguage() {
        assertEquals("fr", parse(ChartJson.bar(List.of("a")).series("s", List.of(1L), "#000000")
                .locale(Locale.FRENCH).json()).getJsonObject("options").getString("locale"));
    }

    @Test
    void aSeriesMustHaveAValuePerLabel() {
        assertThrows(IllegalArgumentException.class,
                () -> ChartJson.bar(List.of("a", "b")).series("s", List.of(1L), "#000000"));
    }

    @Test
    void aSingleSeriesChartCanDoWithoutItsLegend() {
        assertFalse(parse(ChartJson.bar(List.of("a")).series("s", List.of(1L), "#000000").withoutLegend().json())
                .getJsonObject("options").getJsonObject("plugins").getJsonObject("legend").getBoolean("display"));
    }
}
