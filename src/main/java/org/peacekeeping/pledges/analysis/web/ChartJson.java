package org.peacekeeping.pledges.analysis.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A Chart.js configuration as JSON, the {@code value} of a {@code p:chart}. Written with jakarta.json, so labels
 * are escaped as JSON strings; {@code <}, {@code >} and {@code &} are escaped too, because PrimeFaces writes the
 * configuration into a script element. Only data and options: no JavaScript functions (the pages run under a
 * content security policy and carry no scripts of their own).
 *
 * <pre>
 * ChartJson.bar(labels).horizontal().series("Pledges", counts, "#0b4f8a")
 *         .seriesOnSecondAxis("Personnel", personnel, "#1b7f79").locale(Locale.FRENCH).json()
 * </pre>
 */
public final class ChartJson {

    /** Looked up once: {@code Json.createObjectBuilder()} and its kind search the class path on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final String type;
    private final List<String> labels;
    private final List<Series> series = new ArrayList<>();
    private boolean horizontal;
    private boolean legend = true;
    private String axisTitle;
    private String secondAxisTitle;
    private Number suggestedMax;
    private Locale locale = Locale.ENGLISH;
    private double aspectRatio = 1.6;

    /** One dataset: a value per label, one colour or one per value, on the first value axis or the second. */
    private record Series(String label, List<? extends Number> values, List<String> colors, boolean secondAxis) {
    }

    private ChartJson(String type, List<String> labels) {
        this.type = type;
        this.labels = List.copyOf(labels);
    }

    /** Bars, one group per label, one bar per series. */
    public static ChartJson bar(List<String> labels) {
        return new ChartJson("bar", labels);
    }

    /** A ring cut into one slice per label; give it one series with a colour per slice. */
    public static ChartJson doughnut(List<String> labels) {
        return new ChartJson("doughnut", labels);
    }

    /** Bars grow from the left, labels down the side: better for long labels. */
    public ChartJson horizontal() {
        this.horizontal = true;
        return this;
    }

    public ChartJson series(String label, List<? extends Number> values, String color) {
        return add(new Series(label, values, List.of(color), false));
    }

    /** A series with a colour for each value (a slice or a bar each). */
    public ChartJson series(String label, List<? extends Number> values, List<String> colors) {
        return add(new Series(label, values, List.copyOf(colors), false));
    }

    /** A series on its own scale on the opposite side, for figures of another size (personnel beside pledges). */
    public ChartJson seriesOnSecondAxis(String label, List<? extends Number> values, String color) {
        return add(new Series(label, values, List.of(color), true));
    }

    public ChartJson axisTitles(String first, String second) {
        this.axisTitle = first;
        this.secondAxisTitle = second;
        return this;
    }

    /** The first value axis reaches at least this far (a target line that should stay in view). */
    public ChartJson suggestedMax(Number max) {
        this.suggestedMax = max;
        return this;
    }

    public ChartJson withoutLegend() {
        this.legend = false;
        return this;
    }

    /** The language the axes' numbers are formatted in. */
    public ChartJson locale(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        return this;
    }

    public ChartJson aspectRatio(double aspectRatio) {
        this.aspectRatio = aspectRatio;
        return this;
    }

    public String json() {
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        series.forEach(s -> datasets.add(dataset(s)));
        JsonObjectBuilder options = JSON.createObjectBuilder()
                .add("locale", locale.toLanguageTag())
                .add("responsive", true)
                // Drawn once, not animated over a second: less work on a slow phone's main thread (issue 14).
                .add("animation", false)
                .add("aspectRatio", aspectRatio)
                .add("plugins", JSON.createObjectBuilder().add("legend", JSON.createObjectBuilder()
                        .add("display", legend)
                        .add("position", "bottom")));
        if ("bar".equals(type)) {
            if (horizontal) {
                options.add("indexAxis", "y");
            }
            options.add("scales", scales());
        }
        String json = JSON.createObjectBuilder()
                .add("type", type)
                .add("data", JSON.createObjectBuilder().add("labels", strings(labels)).add("datasets", datasets))
                .add("options", options)
                .build().toString();
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private ChartJson add(Series added) {
        if (added.values().size() != labels.size()) {
            throw new IllegalArgumentException("Series '" + added.label() + "' has " + added.values().size()
                    + " values for " + labels.size() + " labels");
        }
        series.add(added);
        return this;
    }

    private JsonObjectBuilder dataset(Series s) {
        JsonObjectBuilder dataset = JSON.createObjectBuilder().add("label", s.label());
        JsonArrayBuilder data = JSON.createArrayBuilder();
        s.values().forEach(value -> add(data, value));
        dataset.add("data", data);
        if (s.colors().size() == 1) {
            dataset.add("backgroundColor", s.colors().get(0)).add("borderColor", s.colors().get(0));
        } else {
            dataset.add("backgroundColor", strings(s.colors()));
        }
        if ("bar".equals(type)) {
            dataset.add(horizontal ? "xAxisID" : "yAxisID", valueAxis(s.secondAxis()));
        }
        return dataset;
    }

    private JsonObjectBuilder scales() {
        JsonObjectBuilder scales = JSON.createObjectBuilder();
        JsonObjectBuilder first = JSON.createObjectBuilder().add("beginAtZero", true)
                .add("position", horizontal ? "bottom" : "left");
        if (suggestedMax != null) {
            add(first, "suggestedMax", suggestedMax);
        }
        title(first, axisTitle);
        scales.add(valueAxis(false), first);
        if (series.stream().anyMatch(Series::secondAxis)) {
            JsonObjectBuilder second = JSON.createObjectBuilder().add("beginAtZero", true)
                    .add("position", horizontal ? "top" : "right")
                    .add("grid", JSON.createObjectBuilder().add("drawOnChartArea", false));
            title(second, secondAxisTitle);
            scales.add(valueAxis(true), second);
        }
        return scales;
    }

    private String valueAxis(boolean second) {
        return (horizontal ? "x" : "y") + (second ? "2" : "");
    }

    private static void title(JsonObjectBuilder axis, String text) {
        if (text != null) {
            axis.add("title", JSON.createObjectBuilder().add("display", true).add("text", text));
        }
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(value -> {
            if (value == null) {
                array.addNull();
            } else {
                array.add(value);
            }
        });
        return array;
    }

    private static void add(JsonArrayBuilder array, Number value) {
        if (value == null) {
            array.addNull();
        } else if (value instanceof BigDecimal decimal) {
            array.add(decimal);
        } else if (value instanceof Double || value instanceof Float) {
            array.add(value.doubleValue());
        } else {
            array.add(value.longValue());
        }
    }

    private static void add(JsonObjectBuilder object, String name, Number value) {
        if (value instanceof BigDecimal decimal) {
            object.add(name, decimal);
        } else if (value instanceof Double || value instanceof Float) {
            object.add(name, value.doubleValue());
        } else {
            object.add(name, value.longValue());
        }
    }
}
