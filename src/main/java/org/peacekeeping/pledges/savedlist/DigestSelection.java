package org.peacekeeping.pledges.savedlist;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.peacekeeping.pledges.pledge.PledgeRow;
import org.peacekeeping.pledges.pledge.PledgeStatus;

/**
 * What a followed list puts into a digest: of the pledges it matches now (as its owner may see them, in the list's
 * order), those it has not reported before; the count of them all and the first few to show. Plain Java.
 */
public final class DigestSelection {

    private DigestSelection() {
    }

    /** A pledge as a digest names it. */
    public record Match(long id, String reference, String title, String memberState, PledgeStatus status) {

        static Match of(PledgeRow row) {
            return new Match(row.id(), row.reference(), row.title(), row.memberState(), row.status());
        }
    }

    /**
     * One list's part of a digest.
     *
     * @param address the list page with its filters, relative to the application's root
     * @param total   how many new matches it has
     * @param shown   the first of them, at most the limit
     * @param newIds  every new match's id: what the list records as reported
     */
    public record Section(long savedListId, String name, String address, int total, List<Match> shown,
                          List<Long> newIds) {

        public Section {
            shown = List.copyOf(shown);
            newIds = List.copyOf(newIds);
        }

        /** The same section showing only its first {@code count} matches. */
        Section showing(int count) {
            return new Section(savedListId, name, address, total, shown.subList(0, Math.min(count, shown.size())),
                    newIds);
        }
    }

    /** The list's new matches among those it matches now: not in {@code seen}, in the given order. */
    public static Section select(long savedListId, String name, String address, Iterable<Match> matching,
                                 Set<Long> seen, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("A digest shows zero or more matches per list");
        }
        List<Match> shown = new ArrayList<>();
        Set<Long> fresh = new LinkedHashSet<>();
        for (Match match : matching) {
            if (seen.contains(match.id()) || !fresh.add(match.id())) {
                continue;
            }
            if (shown.size() < limit) {
                shown.add(match);
            }
        }
        return new Section(savedListId, name, address, fresh.size(), shown, new ArrayList<>(fresh));
    }
}
