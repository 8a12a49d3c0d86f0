package org.peacekeeping.pledges.reference.web;

import java.io.Serializable;
import java.math.BigDecimal;
import org.peacekeeping.pledges.reference.GenderTargetInput;
import org.peacekeeping.pledges.reference.PersonnelKind;

/** The gender target form's fields as the administrator enters them. */
public final class GenderTargetForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private PersonnelKind personnelKind;
    private Integer year;
    private BigDecimal percent;
    private Long version;

    static GenderTargetForm of(GenderTargetRow row) {
        GenderTargetForm form = new GenderTargetForm();
        form.id = row.getId();
        form.personnelKind = row.getPersonnelKind();
        form.year = row.getYear();
        form.percent = row.getPercent();
        form.version = row.getVersion();
        return form;
    }

    GenderTargetInput input() {
        return new GenderTargetInput(personnelKind, year, percent, version);
    }

    public Long getId() {
        return id;
    }

    public PersonnelKind getPersonnelKind() {
        return personnelKind;
    }

    public void setPersonnelKind(PersonnelKind personnelKind) {
        this.personnelKind = personnelKind;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public void setPercent(BigDecimal percent) {
        this.percent = percent;
    }

    public Long getVersion() {
        return version;
    }
}
