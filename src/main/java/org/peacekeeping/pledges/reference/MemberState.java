package org.peacekeeping.pledges.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Objects;

/**
 * A UN member state, or one of the two observer states ({@link #unMember()} false). Loaded by migration and
 * never changed by the application.
 */
@Entity
@Table(name = "member_state")
@NamedQuery(name = MemberState.ALL, query = "SELECT m FROM MemberState m ORDER BY m.nameEn")
@NamedQuery(name = MemberState.MEMBERS, query = "SELECT m FROM MemberState m WHERE m.unMember = TRUE ORDER BY m.nameEn")
public class MemberState {

    public static final String ALL = "MemberState.all";
    public static final String MEMBERS = "MemberState.members";

    @Id
    @Column(name = "iso3", length = 3)
    private String iso3;

    @Column(name = "iso2", nullable = false, length = 2)
    private String iso2;

    @Column(name = "m49", nullable = false, length = 3)
    private String m49;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_fr", nullable = false)
    private String nameFr;

    @Enumerated(EnumType.STRING)
    @Column(name = "regional_group")
    private RegionalGroup regionalGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "electoral_group")
    private RegionalGroup electoralGroup;

    @Column(name = "un_member", nullable = false)
    private boolean unMember;

    protected MemberState() {
        // for JPA
    }

    public String iso3() {
        return iso3;
    }

    public String iso2() {
        return iso2;
    }

    public String m49() {
        return m49;
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

    /** Full membership of a regional group; {@code null} for Kiribati and for the United States (an observer). */
    public RegionalGroup regionalGroup() {
        return regionalGroup;
    }

    /** The group the state counts with for elections (the United States with Western European and Others). */
    public RegionalGroup electoralGroup() {
        return electoralGroup;
    }

    public boolean unMember() {
        return unMember;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MemberState state && Objects.equals(iso3, state.iso3);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(iso3);
    }

    @Override
    public String toString() {
        return iso3;
    }
}
