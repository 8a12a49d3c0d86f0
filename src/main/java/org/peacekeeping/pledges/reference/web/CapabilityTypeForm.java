package org.peacekeeping.pledges.reference.web;

import java.io.Serializable;
import org.peacekeeping.pledges.reference.CapabilityTypeInput;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.PersonnelKind;

/** The capability type form's fields as the administrator enters them. */
public final class CapabilityTypeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private Category category;
    private String nameEn;
    private String nameFr;
    private Integer typicalPersonnel;
    private PersonnelKind personnelKind;
    private boolean active = true;
    private Long version;

    static CapabilityTypeForm of(CapabilityTypeRow row) {
        CapabilityTypeForm form = new CapabilityTypeForm();
        form.code = row.getCode();
        form.category = row.getCategory();
        form.nameEn = row.getNameEn();
        form.nameFr = row.getNameFr();
        form.typicalPersonnel = row.getTypicalPersonnel();
        form.personnelKind = row.getPersonnelKind();
        form.active = row.isActive();
        form.version = row.getVersion();
        return form;
    }

    CapabilityTypeInput input() {
        return new CapabilityTypeInput(code, category, nameEn, nameFr, typicalPersonnel, personnelKind, active,
                version);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameFr() {
        return nameFr;
    }

    public void setNameFr(String nameFr) {
        this.nameFr = nameFr;
    }

    public Integer getTypicalPersonnel() {
        return typicalPersonnel;
    }

    public void setTypicalPersonnel(Integer typicalPersonnel) {
        this.typicalPersonnel = typicalPersonnel;
    }

    public PersonnelKind getPersonnelKind() {
        return personnelKind;
    }

    public void setPersonnelKind(PersonnelKind personnelKind) {
        this.personnelKind = personnelKind;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getVersion() {
        return version;
    }
}
