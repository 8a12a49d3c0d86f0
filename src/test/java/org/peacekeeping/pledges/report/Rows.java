package org.peacekeeping.pledges.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.peacekeeping.pledges.pledge.PledgeRow;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.pledge.ReadinessLevel;
import org.peacekeeping.pledges.pledge.SelfSustainment;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.RegionalGroup;

/** Register rows for tests. */
final class Rows {

    private Rows() {
    }

    static PledgeRow row(long id, String state, PledgeStatus status, int personnel, int women) {
        return new PledgeRow(id, state + "-2025-" + String.format("%04d", id), state, "State " + state,
                RegionalGroup.ASIA_PACIFIC, "BERLIN-2025", Category.FORMED_POLICE_UNIT, "FORMED_POLICE_UNIT",
                "Formed police unit", "Unit " + id, "A description", 1, personnel, women, ReadinessLevel.LEVEL_1,
                LocalDate.of(2026, 3, 1), 60, 12, SelfSustainment.PARTIAL, null, List.of("UNMISS", "MINUSCA"),
                status, Instant.parse("2025-01-02T03:04:05Z"), Instant.parse("2025-02-03T04:05:06Z"),
                Instant.parse("2025-01-05T10:00:00Z"), status == PledgeStatus.APPROVED
                ? Instant.parse("2025-01-20T12:30:00Z") : null, null, true);
    }
}
