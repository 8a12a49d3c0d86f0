package org.peacekeeping.pledges.savedlist;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * A saved list as its owner sees it: its filters by parameter, the canonical {@code query} and the {@code address} of
 * the list page that shows it (relative to the application's root).
 */
public record SavedListView(long id, String name, ListPage page, Map<String, String> filter, String query,
                            String address, boolean followed, Instant followedAt, Instant createdAt,
                            Instant updatedAt, long version) implements Serializable {

    static SavedListView of(SavedList list) {
        SavedFilter filter = list.filter();
        return new SavedListView(list.id(), list.name(), list.page(), filter.parameters(), filter.query(),
                filter.address(), list.followed(), list.followedAt(), list.createdAt(), list.updatedAt(),
                list.version());
    }
}
