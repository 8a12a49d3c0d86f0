package org.peacekeeping.pledges.reference.web;

import java.io.Serializable;
import java.math.BigDecimal;
import org.peacekeeping.pledges.reference.GenderTarget;
import org.peacekeeping.pledges.reference.PersonnelKind;

/** One gender target as the administrator's table shows it. */
public final class GenderTargetRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final PersonnelKind personnelKind;
    private final int year;
    private final BigDecimal percent;
    private final long version;

    GenderTargetRow(GenderTarget target) {
        this.id = target.id();
        this.personnelKind = target.personnelKind();
        this.year = target.year();
        this.percent = target.percent();
        this.version = target.version();
    }

    public long getId() {
        return id;
    }

    public PersonnelKind getPersonnelKind() {
        return personnelKind;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public long getVersion() {
        return version;
    }
}
