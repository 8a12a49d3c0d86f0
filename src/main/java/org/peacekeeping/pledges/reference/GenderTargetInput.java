package org.peacekeeping.pledges.reference;

import java.math.BigDecimal;

/**
 * What an administrator enters for a gender target: the share of women (a percentage) for a kind of personnel in a
 * year. Kind and year are only read when adding a target; {@code version} is the one the administrator read.
 */
public record GenderTargetInput(PersonnelKind personnelKind, Integer year, BigDecimal percent, Long version) {
}
