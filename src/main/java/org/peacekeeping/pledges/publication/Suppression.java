package org.peacekeeping.pledges.publication;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which published cells are withheld (SPEC §10). The public figures are a total and two breakdowns of it, by
 * category and by regional group, each a list of cells (pledges, units, personnel) that adds up to the total. A cell
 * of fewer than 3 pledges is withheld ({@link Mark#UNDER_THREE}, shown {@code <3}); the total too when it is under 3.
 * That alone would not do: the total minus the shown cells of a breakdown is the sum of its withheld cells, so a
 * breakdown with one withheld cell gives it away, and the other breakdown gives the total away when the total itself
 * is withheld. So further cells are withheld ({@link Mark#COMPLEMENTARY}, shown {@code x}) until no withheld value
 * can be worked out.
 *
 * <p>"Worked out" is judged as a reader who knows this rule would: a {@code <3} cell has 1 or 2 pledges, an
 * {@code x} cell 3 or more, units and personnel are 0 or more, and every shown number is exact. Three relations hold
 * between the published numbers: categories = total, groups = total, and so categories = groups. For each of them and
 * each measure, the range a withheld value can take given the shown ones is computed; while some withheld value has a
 * range of one value, the smallest shown cell of that relation (by pledges; the total last) is withheld too. Zero
 * cells are not published at all (a category without pledges is not listed), so every listed cell has pledges; what
 * a reader knows of a cell from elsewhere (the states listed in a group) raises its lowest value. When the total
 * itself is under three, the publication shows no breakdown ({@code PublicFigures}).
 * Plain Java; {@code SuppressionTest} checks it against a brute-force reader on every small case.
 */
public final class Suppression {

    /** Fewer pledges than this in a cell and it is withheld. */
    public static final int THRESHOLD = 3;

    /** How a cell is published. */
    public enum Mark {
        /** Its numbers are shown. */
        SHOWN,
        /** Fewer than {@link #THRESHOLD} pledges: shown as {@code <3}. */
        UNDER_THREE,
        /** Withheld so that a cell under three cannot be worked out from the others: shown as {@code x}. */
        COMPLEMENTARY
    }

    /**
     * The numbers of one cell, and the fewest pledges a reader knows it has from elsewhere ({@code known}: a
     * regional group has at least one pledge per state of it that the figures list as pledging).
     */
    public record Cell(long pledges, long units, long personnel, long known) {

        public Cell {
            if (pledges < 1 || units < 0 || personnel < 0 || known < 1 || known > pledges) {
                throw new IllegalArgumentException("A published cell has pledges, no negative count and no more "
                        + "known pledges than it has: " + pledges + ", " + units + ", " + personnel + ", " + known);
            }
        }

        public Cell(long pledges, long units, long personnel) {
            this(pledges, units, personnel, 1);
        }

        long measure(int measure) {
            return switch (measure) {
                case 0 -> pledges;
                case 1 -> units;
                default -> personnel;
            };
        }
    }

    /** The marks of the total and of each breakdown's cells, in the order given. */
    public record Result(Mark total, List<Mark> first, List<Mark> second) {

        public Result {
            first = List.copyOf(first);
            second = List.copyOf(second);
        }
    }

    /** Stands for "no upper bound"; far above any sum of real counts, and a few of them still add up in a long. */
    private static final long UNBOUNDED = 1L << 52;

    private final Cell[] cells;
    private final Mark[] marks;
    /** The relations as coefficients over {@link #cells}: index 0 is the total, then the first, then the second. */
    private final List<int[]> relations = new ArrayList<>();

    private Suppression(Cell total, List<Cell> first, List<Cell> second) {
        cells = new Cell[1 + first.size() + second.size()];
        cells[0] = total;
        for (int i = 0; i < first.size(); i++) {
            cells[1 + i] = first.get(i);
        }
        for (int i = 0; i < second.size(); i++) {
            cells[1 + first.size() + i] = second.get(i);
        }
        marks = new Mark[cells.length];
        int[] firstIsTotal = new int[cells.length];
        int[] secondIsTotal = new int[cells.length];
        int[] firstIsSecond = new int[cells.length];
        firstIsTotal[0] = -1;
        secondIsTotal[0] = -1;
        for (int i = 1; i < cells.length; i++) {
            boolean inFirst = i <= first.size();
            (inFirst ? firstIsTotal : secondIsTotal)[i] = 1;
            firstIsSecond[i] = inFirst ? 1 : -1;
        }
        relations.add(firstIsTotal);
        relations.add(secondIsTotal);
        relations.add(firstIsSecond);
    }

    /**
     * The marks for a total and two breakdowns that each add up to it (every cell with at least one pledge).
     *
     * @throws IllegalArgumentException when a breakdown does not add up to the total
     */
    public static Result of(Cell total, List<Cell> first, List<Cell> second) {
        for (List<Cell> breakdown : List.of(first, second)) {
            for (int m = 0; m < 3; m++) {
                int measure = m;
                long sum = breakdown.stream().mapToLong(cell -> cell.measure(measure)).sum();
                if (sum != total.measure(m)) {
                    throw new IllegalArgumentException("A breakdown adds up to " + sum + ", not to the total "
                            + total.measure(m));
                }
            }
        }
        Suppression suppression = new Suppression(total, first, second);
        suppression.run();
        Mark[] marks = suppression.marks;
        return new Result(marks[0], Arrays.asList(marks).subList(1, 1 + first.size()),
                Arrays.asList(marks).subList(1 + first.size(), marks.length));
    }

    /** Empty figures: nothing to withhold. */
    public static Result none() {
        return new Result(Mark.SHOWN, List.of(), List.of());
    }

    private void run() {
        for (int i = 0; i < cells.length; i++) {
            marks[i] = cells[i].pledges() < THRESHOLD ? Mark.UNDER_THREE : Mark.SHOWN;
        }
        int[] exposed;
        while ((exposed = exposedRelation()) != null) {
            int complement = smallestShown(exposed);
            if (complement < 0) {
                // Everything is withheld and the bounds alone still pin a value (a total of 2 in two cells of 1):
                // only a total under three gets here, and then the figures publish no breakdown at all.
                return;
            }
            marks[complement] = Mark.COMPLEMENTARY;
        }
    }

    /** A relation in which some withheld value can be worked out, or null when there is none. */
    private int[] exposedRelation() {
        for (int[] relation : relations) {
            for (int measure = 0; measure < 3; measure++) {
                for (int j = 0; j < cells.length; j++) {
                    if (relation[j] != 0 && marks[j] != Mark.SHOWN && pinned(relation, measure, j)) {
                        return relation;
                    }
                }
            }
        }
        return null;
    }

    /** Whether the withheld value {@code j} of {@code measure} has a range of one value in {@code relation}. */
    boolean pinned(int[] relation, int measure, int j) {
        if (low(measure, j) == high(measure, j)) {
            // Known from elsewhere alone (a group of two listed states under three has two pledges): withholding
            // more cannot hide it, and its units and personnel stay withheld.
            return false;
        }
        long[] range = range(relation, measure, j);
        return range[0] == range[1];
    }

    /** The lowest and highest value {@code j} can take in {@code relation}, given the shown values and the bounds. */
    long[] range(int[] relation, int measure, int j) {
        long known = 0;
        long restLow = 0;
        long restHigh = 0;
        for (int u = 0; u < cells.length; u++) {
            int c = relation[u];
            if (c == 0 || u == j) {
                continue;
            }
            if (marks[u] == Mark.SHOWN) {
                known += c * cells[u].measure(measure);
            } else {
                long low = low(measure, u);
                long high = high(measure, u);
                restLow += c > 0 ? low : -high;
                restHigh += c > 0 ? high : -low;
            }
        }
        // c_j x_j + rest + known = 0, so c_j x_j lies in [-known - restHigh, -known - restLow].
        long low = relation[j] > 0 ? -known - restHigh : known + restLow;
        long high = relation[j] > 0 ? -known - restLow : known + restHigh;
        low = Math.max(low, low(measure, j));
        high = Math.min(high, high(measure, j));
        if (high >= UNBOUNDED / 2) {
            high = UNBOUNDED;
        }
        return new long[] {low, high};
    }

    private long low(int measure, int u) {
        if (measure != 0) {
            return 0;
        }
        return Math.max(cells[u].known(), marks[u] == Mark.UNDER_THREE ? 1 : THRESHOLD);
    }

    private long high(int measure, int u) {
        return measure == 0 && marks[u] == Mark.UNDER_THREE ? THRESHOLD - 1 : UNBOUNDED;
    }

    /** The shown cell of the relation with the fewest pledges, a breakdown's before the total; -1 if none. */
    private int smallestShown(int[] relation) {
        int best = -1;
        for (int u = 1; u < cells.length; u++) {
            if (relation[u] != 0 && marks[u] == Mark.SHOWN
                    && (best < 0 || cells[u].pledges() < cells[best].pledges())) {
                best = u;
            }
        }
        if (best < 0 && marks[0] == Mark.SHOWN) {
            best = 0;
        }
        for (int u = 1; best < 0 && u < cells.length; u++) {
            if (marks[u] == Mark.SHOWN) {
                best = u;
            }
        }
        return best;
    }
}
