package org.peacekeeping.pledges.account;

import java.util.Arrays;
import java.util.Optional;

/** What a personal access token may do: read only, or everything its account may do. */
public enum TokenScope {
    /** GET (and HEAD, OPTIONS) only: any change is refused with 403. */
    READ("read"),
    /** Whatever the account may do through the API. */
    READ_WRITE("read-write");

    private final String code;

    TokenScope(String code) {
        this.code = code;
    }

    /** The name in JSON and on the wire: {@code read} or {@code read-write}. */
    public String code() {
        return code;
    }

    public static Optional<TokenScope> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    public boolean allowsChanges() {
        return this == READ_WRITE;
    }
}
