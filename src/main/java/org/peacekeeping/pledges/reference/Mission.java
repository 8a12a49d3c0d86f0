package org.peacekeeping.pledges.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/** A peacekeeping operation, current or closed. */
@Entity
@Table(name = "mission")
@NamedQuery(name = Mission.ALL, query = "SELECT m FROM Mission m ORDER BY m.code")
public class Mission {

    public static final String ALL = "Mission.all";

    @Id
    @Column(name = "code", length = 20)
    private String code;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_fr", nullable = false)
    private String nameFr;

    @Column(name = "location", nullable = false)
    private String location;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    protected Mission() {
        // for JPA
    }

    public String code() {
        return code;
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

    public String location() {
        return location;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public boolean active() {
        return closedOn == null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Mission mission && Objects.equals(code, mission.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
