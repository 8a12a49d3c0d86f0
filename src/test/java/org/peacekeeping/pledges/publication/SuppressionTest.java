package org.peacekeeping.pledges.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.publication.Suppression.Cell;
import org.peacekeeping.pledges.publication.Suppression.Mark;
import org.peacekeeping.pledges.publication.Suppression.Result;

class SuppressionTest {

    private static final Mark SHOWN = Mark.SHOWN;
    private static final Mark UNDER = Mark.UNDER_THREE;
    private static final Mark X = Mark.COMPLEMENTARY;

    @Test
    void figuresWithNoSmallCellAreAllShown() {
        Result result = Suppression.of(new Cell(12, 12, 1200), List.of(new Cell(5, 5, 500), new Cell(7, 7, 700)),
                List.of(new Cell(3, 3, 300), new Cell(9, 9, 900)));
        assertEquals(new Result(SHOWN, List.of(SHOWN, SHOWN), List.of(SHOWN, SHOWN)), result);
    }

    @Test
    void aLoneSmallCellTakesTheNextSmallestOfItsBreakdownWithIt() {
        Result result = Suppression.of(new Cell(20, 20, 2000),
                List.of(new Cell(2, 2, 100), new Cell(4, 4, 400), new Cell(14, 14, 1500)),
                List.of(new Cell(10, 10, 1000), new Cell(10, 10, 1000)));
        assertEquals(List.of(UNDER, X, SHOWN), result.first(), "total 20 minus 4 and 14 would give the 2 away");
        assertEquals(List.of(SHOWN, SHOWN), result.second());
        assertEquals(SHOWN, result.total());
    }

    @Test
    void twoSmallCellsThatTheirSumPinsTakeAThirdWithThem() {
        // 1 + 1 = 2 and 2 + 2 = 4 tell each cell exactly; 1 + 2 = 3 would not.
        Result ones = Suppression.of(new Cell(12, 12, 1200),
                List.of(new Cell(1, 1, 10), new Cell(1, 1, 20), new Cell(10, 10, 1170)),
                List.of(new Cell(12, 12, 1200)));
        assertEquals(List.of(UNDER, UNDER, X), ones.first());
        Result oneAndTwo = Suppression.of(new Cell(13, 13, 1300),
                List.of(new Cell(1, 1, 10), new Cell(2, 2, 20), new Cell(10, 10, 1270)),
                List.of(new Cell(13, 13, 1300)));
        assertEquals(List.of(UNDER, UNDER, SHOWN), oneAndTwo.first());
    }

    @Test
    void aBreakdownOfOneWithheldCellAndAShownTotalWithholdsTheTotalAndACellOfTheOtherBreakdown() {
        // Categories: 2 and 3 (withheld 2 takes the 3 along); groups: all shown. Withholding the total would not
        // help while the groups add up to it, so a group goes too... or the category breakdown gets its second cell.
        Result result = Suppression.of(new Cell(5, 5, 500), List.of(new Cell(2, 2, 200), new Cell(3, 3, 300)),
                List.of(new Cell(5, 5, 500)));
        assertEquals(List.of(UNDER, X), result.first());
        assertRecoversNothing(new Cell(5, 5, 500), List.of(new Cell(2, 2, 200), new Cell(3, 3, 300)),
                List.of(new Cell(5, 5, 500)), result);
    }

    @Test
    void aTotalUnderThreeIsWithheld() {
        Result result = Suppression.of(new Cell(2, 2, 20), List.of(new Cell(2, 2, 20)), List.of(new Cell(2, 2, 20)));
        assertEquals(UNDER, result.total());
    }

    @Test
    void aBreakdownThatDoesNotAddUpIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Suppression.of(new Cell(5, 5, 5),
                List.of(new Cell(4, 4, 4)), List.of(new Cell(5, 5, 5))));
    }

    @Test
    void personnelOfWithheldCellsThatAddUpToNothingAreWithheldFurther() {
        // Two small cells with no personnel: their sum 0 says each is 0, so a third cell goes.
        Result result = Suppression.of(new Cell(9, 9, 500),
                List.of(new Cell(1, 1, 0), new Cell(2, 2, 0), new Cell(6, 6, 500)), List.of(new Cell(9, 9, 500)));
        assertEquals(List.of(UNDER, UNDER, X), result.first());
    }

    @Test
    void aGroupWhoseListedStatesAlreadySayItsPledgesCountsAsKnown() {
        // Two listed states in a group shown <3: it has 2 pledges. With the 3 withheld, 9 - 4 - 2 would give the 3
        // away, so the 4 goes too (then the 3 and the 4 could be 3 and 4 or 4 and 3).
        Result result = Suppression.of(new Cell(9, 9, 900),
                List.of(new Cell(9, 9, 900)),
                List.of(new Cell(2, 2, 200, 2), new Cell(3, 3, 300), new Cell(4, 4, 400)));
        assertEquals(List.of(UNDER, X, X), result.second());
        assertRecoversNothing(new Cell(9, 9, 900), List.of(new Cell(9, 9, 900)),
                List.of(new Cell(2, 2, 200, 2), new Cell(3, 3, 300), new Cell(4, 4, 400)), result);
    }

    /**
     * Random tables of pledges by category and group: whatever the numbers, every cell under three is withheld, every
     * shown cell has three or more, and a reader who knows the rule can work out no withheld value of any measure.
     */
    @Test
    void noWithheldValueCanBeWorkedOutInThousandsOfRandomFigures() {
        Random random = new Random(20261203);
        for (int round = 0; round < 4000; round++) {
            int categories = 1 + random.nextInt(5);
            int groups = 1 + random.nextInt(4);
            long[][] pledges = new long[categories][groups];
            long[][] units = new long[categories][groups];
            long[][] personnel = new long[categories][groups];
            for (int c = 0; c < categories; c++) {
                for (int g = 0; g < groups; g++) {
                    pledges[c][g] = random.nextInt(4) == 0 ? 0 : random.nextInt(5);
                    for (int p = 0; p < pledges[c][g]; p++) {
                        units[c][g] += random.nextInt(3);
                        personnel[c][g] += random.nextInt(4) == 0 ? 0 : random.nextInt(900);
                    }
                }
            }
            List<Cell> first = margins(pledges, units, personnel, true);
            List<Cell> second = margins(pledges, units, personnel, false);
            long total = first.stream().mapToLong(Cell::pledges).sum();
            if (total == 0) {
                continue;
            }
            Cell sum = new Cell(total, first.stream().mapToLong(Cell::units).sum(),
                    first.stream().mapToLong(Cell::personnel).sum());
            Result result = Suppression.of(sum, first, second);
            String where = "round " + round + ": " + first + " / " + second;
            assertMarksFollowTheThreshold(sum, first, second, result, where);
            if (result.total() == SHOWN) {
                assertRecoversNothing(sum, first, second, result);
            }
        }
    }

    private static List<Cell> margins(long[][] pledges, long[][] units, long[][] personnel, boolean byRow) {
        int lines = byRow ? pledges.length : pledges[0].length;
        int across = byRow ? pledges[0].length : pledges.length;
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            long p = 0;
            long u = 0;
            long n = 0;
            for (int j = 0; j < across; j++) {
                p += byRow ? pledges[i][j] : pledges[j][i];
                u += byRow ? units[i][j] : units[j][i];
                n += byRow ? personnel[i][j] : personnel[j][i];
            }
            if (p > 0) {
                cells.add(new Cell(p, u, n));
            }
        }
        return cells;
    }

    private static void assertMarksFollowTheThreshold(Cell total, List<Cell> first, List<Cell> second, Result result,
                                                      String where) {
        List<Cell> cells = all(total, first, second);
        List<Mark> marks = all(result.total(), result.first(), result.second());
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).pledges() < 3) {
                assertEquals(UNDER, marks.get(i), where + ": cell " + i + " under three is shown as <3");
            } else {
                assertNotEquals(UNDER, marks.get(i), where + ": cell " + i + " of three or more is not <3");
            }
        }
    }

    /**
     * The exact reader: for every withheld cell and measure, the values it could take given everything shown, the
     * rule's bounds and the two breakdowns adding up to the total; more than one, or the figures give it away.
     */
    private static void assertRecoversNothing(Cell total, List<Cell> first, List<Cell> second, Result result) {
        List<ToLongFunction<Cell>> measures = List.of(Cell::pledges, Cell::units, Cell::personnel);
        for (int m = 0; m < 3; m++) {
            ToLongFunction<Cell> measure = measures.get(m);
            long cap = measure.applyAsLong(total) + 3;
            List<Cell> cells = all(total, first, second);
            List<Mark> marks = all(result.total(), result.first(), result.second());
            for (int j = 0; j < cells.size(); j++) {
                if (marks.get(j) == SHOWN) {
                    continue;
                }
                long[] own = bounds(m, marks.get(j), cells.get(j), cap);
                if (own[0] == own[1]) {
                    continue;
                }
                Set<Long> possible = new TreeSet<>();
                for (long v = own[0]; v <= own[1]; v++) {
                    if (feasible(m, measure, cells, marks, first.size(), j, v, cap)) {
                        possible.add(v);
                    }
                }
                assertTrue(possible.size() > 1, "measure " + m + " of cell " + j + " (" + cells.get(j)
                        + ") can be worked out as " + possible + " from " + first + " / " + second + " " + result);
            }
        }
    }

    /** Whether the figures allow cell {@code j} to have value {@code v}: some total fits both breakdowns. */
    private static boolean feasible(int m, ToLongFunction<Cell> measure, List<Cell> cells, List<Mark> marks,
                                    int firstSize, int j, long v, long cap) {
        long[] totalRange = j == 0 ? new long[] {v, v} : marks.get(0) == SHOWN
                ? new long[] {measure.applyAsLong(cells.get(0)), measure.applyAsLong(cells.get(0))}
                : bounds(m, marks.get(0), cells.get(0), cap);
        for (long t = totalRange[0]; t <= totalRange[1]; t++) {
            if (fits(m, measure, cells, marks, 1, 1 + firstSize, j, v, t, cap)
                    && fits(m, measure, cells, marks, 1 + firstSize, cells.size(), j, v, t, cap)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the cells from..to can add up to {@code t} with cell {@code j} (if among them) at {@code v}. */
    private static boolean fits(int m, ToLongFunction<Cell> measure, List<Cell> cells, List<Mark> marks, int from,
                                int to, int j, long v, long t, long cap) {
        long low = 0;
        long high = 0;
        for (int i = from; i < to; i++) {
            if (i == j) {
                low += v;
                high += v;
            } else if (marks.get(i) == SHOWN) {
                low += measure.applyAsLong(cells.get(i));
                high += measure.applyAsLong(cells.get(i));
            } else {
                long[] b = bounds(m, marks.get(i), cells.get(i), cap);
                low += b[0];
                high += b[1];
            }
        }
        return low <= t && t <= high;
    }

    private static long[] bounds(int m, Mark mark, Cell cell, long cap) {
        if (m != 0) {
            return new long[] {0, cap};
        }
        return mark == UNDER ? new long[] {Math.max(1, cell.known()), 2} : new long[] {Math.max(3, cell.known()), cap};
    }

    private static <T> List<T> all(T total, List<T> first, List<T> second) {
        List<T> all = new ArrayList<>();
        all.add(total);
        all.addAll(first);
        all.addAll(second);
        return all;
    }
}
