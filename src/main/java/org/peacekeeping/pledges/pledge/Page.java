package org.peacekeeping.pledges.pledge;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list: the total the filter matches, which page (from 0), its size, and the items. */
public record Page<T>(long total, int page, int size, List<T> items) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(total, page, size, items.stream().map(mapper).toList());
    }
}
