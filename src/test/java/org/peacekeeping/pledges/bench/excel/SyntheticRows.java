package org.peacekeeping.pledges.bench.excel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.peacekeeping.pledges.pledge.PledgeRow;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.pledge.ReadinessLevel;
import org.peacekeeping.pledges.pledge.SelfSustainment;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.RegionalGroup;

/**
 * Register rows made in memory (no database), for measuring the writers alone when no database URL is given: texts
 * of the lengths real pledges have (a title, a description of a few sentences, sometimes caveats, some accented
 * letters and markup characters to escape), every typed column filled. Seeded, so two runs write the same rows.
 */
final class SyntheticRows {

    private static final String[] STATES = {"GHA", "PAK", "JPN", "KOR", "DEU", "BGD", "IND", "NPL", "RWA", "FRA"};
    private static final String[] WORDS = {"unit", "engineering", "company", "with", "its", "own", "equipment",
        "rotation", "medical", "level", "support", "deployable", "within", "days", "formed", "police", "aviation",
        "helicopters", "démineurs", "sécurité", "training", "women", "officers", "R&D", "<secure>", "sustainment"};

    private SyntheticRows() {
    }

    static List<PledgeRow> make(int count) {
        Random random = new Random(42);
        List<PledgeRow> rows = new ArrayList<>(count);
        Instant base = Instant.parse("2025-01-01T00:00:00Z");
        for (int i = 1; i <= count; i++) {
            String state = STATES[random.nextInt(STATES.length)];
            int personnel = 10 + random.nextInt(900);
            PledgeStatus status = PledgeStatus.values()[1 + random.nextInt(PledgeStatus.values().length - 1)];
            Instant updated = base.plusSeconds(random.nextInt(60_000_000));
            rows.add(new PledgeRow(i, state + "-2025-" + String.format("%05d", i), state, "State of " + state,
                    RegionalGroup.values()[random.nextInt(RegionalGroup.values().length)], "BERLIN-2025",
                    Category.values()[random.nextInt(Category.values().length)], "FORMED_POLICE_UNIT",
                    "Formed police unit", text(random, 4 + random.nextInt(5)), text(random, 20 + random.nextInt(30)),
                    1 + random.nextInt(3), personnel, random.nextInt(personnel / 2 + 1),
                    ReadinessLevel.values()[random.nextInt(ReadinessLevel.values().length)],
                    LocalDate.of(2026, 1, 1).plusDays(random.nextInt(700)), 30 + random.nextInt(90),
                    6 + random.nextInt(24), SelfSustainment.values()[random.nextInt(3)],
                    random.nextInt(4) == 0 ? text(random, 8) : null, random.nextBoolean() ? List.of("UNMISS", "MINUSCA")
                    : List.of("UNIFIL"), status, updated.minusSeconds(86_400 * 30), updated,
                    updated.minusSeconds(86_400), status == PledgeStatus.APPROVED ? updated : null,
                    status == PledgeStatus.APPROVED ? LocalDate.of(2027, 6, 30) : null, true));
        }
        return rows;
    }

    private static String text(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                text.append(' ');
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }
}
