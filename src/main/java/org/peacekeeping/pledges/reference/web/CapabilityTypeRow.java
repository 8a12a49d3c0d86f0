package org.peacekeeping.pledges.reference.web;

import java.io.Serializable;
import java.util.Locale;
import org.peacekeeping.pledges.reference.CapabilityType;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.PersonnelKind;

/** One capability type as the administrator's table shows it. */
public final class CapabilityTypeRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final Category category;
    private final String nameEn;
    private final String nameFr;
    private final int typicalPersonnel;
    private final PersonnelKind personnelKind;
    private final boolean active;
    private final int sortOrder;
    private final long version;

    CapabilityTypeRow(CapabilityType type) {
        this.code = type.code();
        this.category = type.category();
        this.nameEn = type.nameEn();
        this.nameFr = type.nameFr();
        this.typicalPersonnel = type.typicalPersonnel();
        this.personnelKind = type.personnelKind();
        this.active = type.active();
        this.sortOrder = type.sortOrder();
        this.version = type.version();
    }

    boolean matches(String text) {
        return code.toLowerCase(Locale.ROOT).contains(text)
                || nameEn.toLowerCase(Locale.ROOT).contains(text)
                || nameFr.toLowerCase(Locale.ROOT).contains(text);
    }

    public String getCode() {
        return code;
    }

    public Category getCategory() {
        return category;
    }

    /** Groups the table by category in taxonomy order (the table sorts groups by this text). */
    public String getCategoryKey() {
        return String.format("%02d %s", category.ordinal(), category.name());
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameFr() {
        return nameFr;
    }

    public int getTypicalPersonnel() {
        return typicalPersonnel;
    }

    public PersonnelKind getPersonnelKind() {
        return personnelKind;
    }

    public boolean isActive() {
        return active;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public long getVersion() {
        return version;
    }
}
