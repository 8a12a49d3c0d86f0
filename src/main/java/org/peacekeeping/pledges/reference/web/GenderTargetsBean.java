package org.peacekeeping.pledges.reference.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.time.Year;
import java.util.List;
import org.peacekeeping.pledges.account.CurrentUser;
import org.peacekeeping.pledges.platform.ConflictException;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.NotFoundException;
import org.peacekeeping.pledges.reference.GenderTarget;
import org.peacekeeping.pledges.reference.PersonnelKind;
import org.peacekeeping.pledges.reference.ReferenceAdminService;

/**
 * The administrator's gender targets page: the share of women aimed for by kind of personnel, year by year, and
 * in place of the table the form that adds a target or changes one's percentage.
 */
@Named("adminGenderTargets")
@ViewScoped
public class GenderTargetsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "targetForm";

    @Inject
    private ReferenceAdminService admin;

    @Inject
    private CurrentUser currentUser;

    private List<GenderTargetRow> rows = new ArrayList<>();
    private boolean creating;
    private GenderTargetForm form;

    @PostConstruct
    void load() {
        reload();
    }

    private void reload() {
        rows = new ArrayList<>(admin.genderTargets(currentUser.actor()).stream().map(GenderTargetRow::new)
                .sorted(Comparator.comparingInt(GenderTargetRow::getYear)
                        .thenComparing(r -> r.getPersonnelKind().ordinal()))
                .toList());
    }

    /** By year, kinds in their usual order within a year. */
    public List<GenderTargetRow> getTargets() {
        return rows;
    }

    /** A new target, for the year after the latest one unless the administrator picks another. */
    public void startCreate() {
        form = new GenderTargetForm();
        form.setYear(rows.stream().mapToInt(GenderTargetRow::getYear).max().orElse(Year.now().getValue())
                + (rows.isEmpty() ? 0 : 1));
        creating = true;
    }

    public void edit(long id) {
        try {
            form = GenderTargetForm.of(new GenderTargetRow(admin.genderTarget(currentUser.actor(), id)));
            creating = false;
        } catch (NotFoundException e) {
            backToListAfter("genderTarget.gone");
        }
    }

    public void cancel() {
        form = null;
        creating = false;
    }

    public void save() {
        try {
            GenderTarget saved = creating ? admin.createGenderTarget(currentUser.actor(), form.input())
                    : admin.updateGenderTarget(currentUser.actor(), form.getId(), form.input());
            String key = creating ? "genderTarget.created" : "genderTarget.saved";
            reload();
            cancel();
            AdminTexts.info(key, AdminTexts.text("personnelKind." + saved.personnelKind().name()),
                    String.valueOf(saved.year()));
        } catch (InvalidInputException e) {
            AdminTexts.fieldErrors(FORM, e);
        } catch (ConflictException e) {
            edit(form.getId());
            if (form != null) {
                reload();
                AdminTexts.error("genderTarget.conflict");
            }
        } catch (NotFoundException e) {
            backToListAfter("genderTarget.gone");
        }
    }

    private void backToListAfter(String key) {
        reload();
        cancel();
        AdminTexts.error(key);
    }

    /** The kinds of personnel targets are set for (capacity building counts against none). */
    public List<SelectItem> getPersonnelKinds() {
        List<SelectItem> items = new ArrayList<>();
        for (PersonnelKind kind : PersonnelKind.values()) {
            if (kind != PersonnelKind.NOT_DEPLOYED) {
                items.add(new SelectItem(kind, AdminTexts.text("personnelKind." + kind.name())));
            }
        }
        return items;
    }

    /** What a screen reader says for a row's edit button: which target it opens. */
    public String editLabel(GenderTargetRow row) {
        return AdminTexts.text("genderTargets.editOne", AdminTexts.text("personnelKind." + row.getPersonnelKind()),
                String.valueOf(row.getYear()));
    }

    public boolean isListing() {
        return form == null;
    }

    public boolean isCreating() {
        return form != null && creating;
    }

    public boolean isChanging() {
        return form != null && !creating;
    }

    public GenderTargetForm getForm() {
        return form;
    }
}
