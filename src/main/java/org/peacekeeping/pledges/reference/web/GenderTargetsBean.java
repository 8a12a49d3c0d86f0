package org.peacekeeping.pledges.reference.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.time.Year;
import java.util.List;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.reference.GenderTarget;
import org.peacekeeping.pledges.reference.PersonnelKind;
import org.peacekeeping.pledges.reference.ReferenceAdminService;

/**
 * The administrator's gender targets page: the share of women aimed for by kind of personnel, year by year, and
 * in place of the table the form that adds a target or changes one's percentage.
 */
@Named("adminGenderTargets")
@ViewScoped
public class GenderTargetsBean extends ReferenceEditor<Long, GenderTargetForm> {

    private static final long serialVersionUID = 1L;
    static final String FORM = "targetForm";

    @Inject
    private ReferenceAdminService admin;

    @Inject
    private CurrentActor currentUser;

    private List<GenderTargetRow> rows = new ArrayList<>();

    public GenderTargetsBean() {
        super("genderTarget", FORM);
    }

    @PostConstruct
    void load() {
        reload();
    }

    @Override
    protected void reload() {
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
        GenderTargetForm form = new GenderTargetForm();
        form.setYear(rows.stream().mapToInt(GenderTargetRow::getYear).max().orElse(Year.now().getValue())
                + (rows.isEmpty() ? 0 : 1));
        startCreate(form);
    }

    public void edit(long id) {
        open(id);
    }

    @Override
    protected GenderTargetForm formOf(Long id) {
        return GenderTargetForm.of(new GenderTargetRow(admin.genderTarget(currentUser.actor(), id)));
    }

    @Override
    protected Long keyOf(GenderTargetForm form) {
        return form.getId();
    }

    @Override
    protected Object[] store(boolean isNew, GenderTargetForm form) {
        GenderTarget saved = isNew ? admin.createGenderTarget(currentUser.actor(), form.input())
                : admin.updateGenderTarget(currentUser.actor(), form.getId(), form.input());
        return new Object[] {AdminTexts.text("personnelKind." + saved.personnelKind().name()),
                String.valueOf(saved.year())};
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
}
