package org.peacekeeping.pledges.requirement;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peacekeeping.pledges.pledge.ReadinessLevel;
import org.peacekeeping.pledges.reference.Category;

/**
 * Requirements against approved pledges, one row per capability type in taxonomy order, for one event or for all
 * ({@code event} null). Made by {@link GapCalculator}; shown as it is by {@code GET /api/gaps}.
 */
@JsonbPropertyOrder({"event", "rows", "totals"})
public record GapReport(String event, List<Row> rows, Totals totals) {

    public GapReport {
        rows = List.copyOf(rows);
    }

    /**
     * One capability type.
     *
     * @param required         units the requirements ask for
     * @param pledged          units of approved pledges by readiness level: every level's name, lowest first, 0 when
     *                         none
     * @param pledgedTotal     units of approved pledges, all levels
     * @param pledgedPersonnel personnel of approved pledges, all levels
     * @param gap              units still missing: {@code required - pledgedTotal}, never below 0
     * @param coveredShare     {@code pledgedTotal / required} to four decimals (above 1 when over-pledged); null when
     *                         nothing is required
     */
    @JsonbPropertyOrder({"capabilityType", "category", "name", "required", "pledged", "pledgedTotal",
        "pledgedPersonnel", "gap", "coveredShare"})
    public record Row(String capabilityType, Category category, String name, long required, Map<String, Long> pledged,
                      long pledgedTotal, long pledgedPersonnel, long gap, Double coveredShare) {

        public Row {
            pledged = Collections.unmodifiableMap(new LinkedHashMap<>(pledged));
        }

        /** Approved units at this readiness level. */
        public long pledgedAt(ReadinessLevel level) {
            return pledged.getOrDefault(level.name(), 0L);
        }
    }

    /**
     * Sums over the rows. {@code gap} adds up each type's gap: units over-pledged for one type do not fill another's.
     */
    @JsonbPropertyOrder({"required", "pledgedTotal", "pledgedPersonnel", "gap"})
    public record Totals(long required, long pledgedTotal, long pledgedPersonnel, long gap) {
    }
}
