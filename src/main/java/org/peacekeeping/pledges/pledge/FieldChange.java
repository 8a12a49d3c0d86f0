package org.peacekeeping.pledges.pledge;

import java.io.Serializable;

/**
 * One field a history entry changed, with its value before and after as a person reads them (names rather than codes,
 * labels rather than constants, dates as yyyy-mm-dd); {@code null} for "empty". The field is the JSON's name.
 */
public record FieldChange(String field, String from, String to) implements Serializable {
}
