package org.peacekeeping.pledges.publication;

import java.time.LocalDate;
import java.util.List;
import org.peacekeeping.pledges.publication.Suppression.Mark;

/**
 * What is published of one ministerial without sign-in (SPEC §10): the states that pledged, and the pledges, units
 * and personnel of the pledges counted, in total, by category and by regional group, each value shown or withheld
 * ({@link Suppression}). Only approved-or-later pledges whose state consented to publication count
 * ({@link PublicFiguresService#PUBLISHED}); nothing here is free text or names a person. When the total is under
 * three, the breakdowns are empty: there is nothing to break down that would not give a pledge away.
 *
 * @param events    the codes of the events counted: the ministerial and its preparatory meetings
 * @param synthetic whether demonstration pledges are among those counted (demo mode only)
 */
public record PublicFigures(Ministerial ministerial, List<String> events, List<State> states, Row total,
                            List<Row> byCategory, List<Row> byRegionalGroup, boolean synthetic) {

    public PublicFigures {
        events = List.copyOf(events);
        states = List.copyOf(states);
        byCategory = List.copyOf(byCategory);
        byRegionalGroup = List.copyOf(byRegionalGroup);
    }

    /** A ministerial as the public figures name it. */
    public record Ministerial(String code, String name, String nameFr, String city, LocalDate startDate) {
    }

    /** A state that pledged: codes, names and regional group ({@code NONE} for a state in none). */
    public record State(String iso3, String name, String nameFr, String regionalGroup) {
    }

    /** One published value: the number when shown, else how it is withheld. */
    public record Value(long number, Mark mark) {

        /** What is published: the number, {@code <3} or {@code x}. */
        public String text() {
            return switch (mark) {
                case SHOWN -> Long.toString(number);
                case UNDER_THREE -> "<3";
                case COMPLEMENTARY -> "x";
            };
        }

        public boolean shown() {
            return mark == Mark.SHOWN;
        }
    }

    /** A row: its key (a category, a regional group or {@code TOTAL}) and its three values, withheld together. */
    public record Row(String key, Value pledges, Value units, Value personnel) {

        static Row of(String key, Suppression.Cell cell, Mark mark) {
            return new Row(key, new Value(cell.pledges(), mark), new Value(cell.units(), mark),
                    new Value(cell.personnel(), mark));
        }
    }
}
