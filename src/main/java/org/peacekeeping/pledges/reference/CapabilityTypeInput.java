package org.peacekeeping.pledges.reference;

/**
 * What an administrator enters for a capability type. Code and category are only read when creating one: pledges
 * name them, so they never change. {@code version} is the one the administrator read (null when creating).
 */
public record CapabilityTypeInput(String code, Category category, String nameEn, String nameFr,
                                  Integer typicalPersonnel, PersonnelKind personnelKind, boolean active,
                                  Long version) {
}
