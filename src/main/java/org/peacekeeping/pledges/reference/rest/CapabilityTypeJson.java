package org.peacekeeping.pledges.reference.rest;

import org.peacekeeping.pledges.reference.CapabilityType;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.PersonnelKind;

/** A capability type as the API shows it. */
public record CapabilityTypeJson(String code, Category category, String name, String nameFr, int typicalPersonnel,
                                 PersonnelKind personnelKind, boolean active) {

    static CapabilityTypeJson of(CapabilityType type) {
        return new CapabilityTypeJson(type.code(), type.category(), type.nameEn(), type.nameFr(),
                type.typicalPersonnel(), type.personnelKind(), type.active());
    }
}
