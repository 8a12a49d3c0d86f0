package org.peacekeeping.pledges.pledge;

import java.util.List;

/** One page of a longer list: the total the filter matches, which page (from 0), its size, and the items. */
public record Page<T>(long total, int page, int size, List<T> items) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
}
