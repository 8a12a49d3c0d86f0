package org.peacekeeping.pledges.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Objects;

/** An entry of the capability taxonomy, with the typical personnel a pledge of it starts from. */
@Entity
@Table(name = "capability_type")
@NamedQuery(name = CapabilityType.ALL, query = "SELECT c FROM CapabilityType c ORDER BY c.sortOrder, c.code")
public class CapabilityType {

    public static final String ALL = "CapabilityType.all";

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false)
    private Category category;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_fr", nullable = false)
    private String nameFr;

    @Column(name = "typical_personnel", nullable = false)
    private int typicalPersonnel;

    @Enumerated(EnumType.STRING)
    @Column(name = "personnel_kind", nullable = false)
    private PersonnelKind personnelKind;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CapabilityType() {
        // for JPA
    }

    public String code() {
        return code;
    }

    public Category category() {
        return category;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameFr() {
        return nameFr;
    }

    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
    }

    public int typicalPersonnel() {
        return typicalPersonnel;
    }

    public PersonnelKind personnelKind() {
        return personnelKind;
    }

    public boolean active() {
        return active;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CapabilityType type && Objects.equals(code, type.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
