package org.peacekeeping.pledges.requirement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peacekeeping.pledges.pledge.ReadinessLevel;
import org.peacekeeping.pledges.reference.Category;

/**
 * Merges the two aggregates the database computes (units required per capability type; approved units and personnel
 * per capability type and readiness level) into a {@link GapReport}. Plain arithmetic over a few dozen rows: the
 * counting itself stays in the database.
 */
public final class GapCalculator {

    /** One row of {@code SUM(quantity) GROUP BY capability type}. */
    public record Required(String capabilityType, Category category, String name, int sortOrder, long quantity) {
    }

    /** One row of {@code SUM(units), SUM(personnel) GROUP BY capability type, readiness level}, approved only. */
    public record Pledged(String capabilityType, Category category, String name, int sortOrder, ReadinessLevel level,
                          long units, long personnel) {
    }

    private GapCalculator() {
    }

    public static GapReport report(String event, List<Required> required, List<Pledged> pledged) {
        Map<String, Line> lines = new HashMap<>();
        for (Required row : required) {
            line(lines, row.capabilityType(), row.category(), row.name(), row.sortOrder()).required += row.quantity();
        }
        for (Pledged row : pledged) {
            Line line = line(lines, row.capabilityType(), row.category(), row.name(), row.sortOrder());
            line.units.merge(row.level(), row.units(), Long::sum);
            line.personnel += row.personnel();
        }
        List<GapReport.Row> rows = lines.values().stream()
                .sorted(Comparator.comparingInt((Line line) -> line.sortOrder).thenComparing(line -> line.code))
                .map(Line::row)
                .toList();
        GapReport.Totals totals = new GapReport.Totals(
                rows.stream().mapToLong(GapReport.Row::required).sum(),
                rows.stream().mapToLong(GapReport.Row::pledgedTotal).sum(),
                rows.stream().mapToLong(GapReport.Row::pledgedPersonnel).sum(),
                rows.stream().mapToLong(GapReport.Row::gap).sum());
        return new GapReport(event, rows, totals);
    }

    /** {@code pledged / required} to four decimals, or null when nothing is required. */
    static Double coveredShare(long pledged, long required) {
        if (required == 0) {
            return null;
        }
        return BigDecimal.valueOf(pledged).divide(BigDecimal.valueOf(required), 4, RoundingMode.HALF_UP)
                .doubleValue();
    }

    private static Line line(Map<String, Line> lines, String code, Category category, String name, int sortOrder) {
        return lines.computeIfAbsent(code, c -> new Line(c, category, name, sortOrder));
    }

    /** One capability type while the rows are being merged. */
    private static final class Line {

        private final String code;
        private final Category category;
        private final String name;
        private final int sortOrder;
        private final Map<ReadinessLevel, Long> units = new EnumMap<>(ReadinessLevel.class);
        private long required;
        private long personnel;

        Line(String code, Category category, String name, int sortOrder) {
            this.code = code;
            this.category = category;
            this.name = name;
            this.sortOrder = sortOrder;
        }

        GapReport.Row row() {
            Map<String, Long> byLevel = new LinkedHashMap<>();
            long total = 0;
            for (ReadinessLevel level : ReadinessLevel.values()) {
                long count = units.getOrDefault(level, 0L);
                byLevel.put(level.name(), count);
                total += count;
            }
            return new GapReport.Row(code, category, name, required, byLevel, total, personnel,
                    Math.max(required - total, 0), coveredShare(total, required));
        }
    }
}
