package org.peacekeeping.pledges.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The texts, labels, colours and formats of a workbook, read from {@code .properties} files of the {@code reports/}
 * folder (UTF-8). A key a workbook needs but no file has is an error that names the key and the files, so that a
 * broken layout fails loudly on the first download rather than writing a workbook with holes.
 */
public final class ReportLayout {

    private final Map<String, String> values;
    private final String files;

    ReportLayout(Map<String, String> values, String files) {
        this.values = Map.copyOf(values);
        this.files = files;
    }

    /** Merges the files {@code reports/<name>.properties}; a key defined in two of them is an error. */
    static ReportLayout read(ReportFiles reports, String... names) {
        Map<String, String> merged = new HashMap<>();
        for (String name : names) {
            try (InputStream in = reports.open(name + ".properties");
                 Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                parse(reader).forEach((key, value) -> {
                    if (merged.putIfAbsent(key, value) != null) {
                        throw new IllegalStateException("The key '" + key + "' is defined twice in the layouts "
                                + Arrays.toString(names));
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the layout reports/" + name + ".properties", e);
            }
        }
        return new ReportLayout(merged, String.join(", ", Arrays.stream(names).map(n -> n + ".properties").toList()));
    }

    static Map<String, String> parse(Reader reader) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        Map<String, String> values = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key).strip()));
        return values;
    }

    public String text(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalStateException("The layout (" + files + ") has no key '" + key + "'");
        }
        return value;
    }

    /** The text with each {@code {name}} replaced by its value; pairs of name and value follow the key. */
    public String text(String key, Object... namesAndValues) {
        String text = text(key);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            text = text.replace("{" + namesAndValues[i] + "}", String.valueOf(namesAndValues[i + 1]));
        }
        return text;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public int integer(String key) {
        try {
            return Integer.parseInt(text(key));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("The layout key '" + key + "' must be a whole number, not '"
                    + text(key) + "'");
        }
    }

    /** A colour written as six hexadecimal digits (RGB), e.g. {@code 1F3864}. */
    public byte[] rgb(String key) {
        String hex = text(key).replace("#", "");
        try {
            byte[] rgb = HexFormat.of().parseHex(hex);
            if (rgb.length == 3) {
                return rgb;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new IllegalStateException("The layout key '" + key + "' must be a colour like 1F3864, not '" + hex + "'");
    }

    /** A comma-separated list. */
    public List<String> list(String key) {
        return Arrays.stream(text(key).split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    /** How a code reads ({@code labels.properties}): the label under {@code prefix.CODE}, else the code itself. */
    public String label(String prefix, Enum<?> code) {
        if (code == null) {
            return "";
        }
        return values.getOrDefault(prefix + "." + code.name(), code.name());
    }
}
