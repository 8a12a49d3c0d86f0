package org.peacekeeping.pledges.reference.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.reference.CapabilityType;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.PersonnelKind;
import org.peacekeeping.pledges.reference.ReferenceAdminService;

/**
 * The administrator's capability types page: the taxonomy grouped by category, filtered by category and text, and
 * in place of it the form that adds a type or changes one. Every change goes through {@link ReferenceAdminService}.
 */
@Named("adminCapabilityTypes")
@ViewScoped
public class CapabilityTypesBean extends ReferenceEditor<String, CapabilityTypeForm> {

    private static final long serialVersionUID = 1L;
    static final String FORM = "typeForm";

    @Inject
    private ReferenceAdminService admin;

    @Inject
    private CurrentActor currentUser;

    private List<CapabilityTypeRow> rows = List.of();
    private List<CapabilityTypeRow> shown = new ArrayList<>();
    private Category categoryFilter;
    private String search;

    public CapabilityTypesBean() {
        super("capabilityType", FORM);
    }

    @PostConstruct
    void load() {
        reload();
    }

    @Override
    protected void reload() {
        rows = admin.capabilityTypes(currentUser.actor()).stream().map(CapabilityTypeRow::new)
                .sorted(Comparator.comparing((CapabilityTypeRow r) -> r.getCategory().ordinal())
                        .thenComparingInt(CapabilityTypeRow::getSortOrder).thenComparing(CapabilityTypeRow::getCode))
                .toList();
        filter();
    }

    /** Types of the chosen category matching the search text, in taxonomy order. */
    public List<CapabilityTypeRow> getTypes() {
        return shown;
    }

    public void filter() {
        String text = search == null || search.isBlank() ? null : search.strip().toLowerCase(Locale.ROOT);
        shown = new ArrayList<>(rows.stream().filter(r -> categoryFilter == null || r.getCategory() == categoryFilter)
                .filter(r -> text == null || r.matches(text)).toList());
    }

    public void clearFilters() {
        categoryFilter = null;
        search = null;
        filter();
    }

    public int getTotal() {
        return rows.size();
    }

    public void startCreate() {
        CapabilityTypeForm form = new CapabilityTypeForm();
        form.setCategory(categoryFilter);
        startCreate(form);
    }

    public void edit(String code) {
        open(code);
    }

    @Override
    protected CapabilityTypeForm formOf(String code) {
        return CapabilityTypeForm.of(new CapabilityTypeRow(admin.capabilityType(currentUser.actor(), code)));
    }

    @Override
    protected String keyOf(CapabilityTypeForm form) {
        return form.getCode();
    }

    @Override
    protected Object[] store(boolean isNew, CapabilityTypeForm form) {
        CapabilityType saved = isNew ? admin.createCapabilityType(currentUser.actor(), form.input())
                : admin.updateCapabilityType(currentUser.actor(), form.getCode(), form.input());
        return new Object[] {saved.code()};
    }

    @Override
    protected Object[] describe(String code) {
        return new Object[] {code};
    }

    // ---------------------------------------------------------------------------------------------- choices

    public List<SelectItem> getCategories() {
        List<SelectItem> items = new ArrayList<>();
        for (Category category : Category.values()) {
            items.add(new SelectItem(category, AdminTexts.text("category." + category.name())));
        }
        return items;
    }

    public List<SelectItem> getPersonnelKinds() {
        List<SelectItem> items = new ArrayList<>();
        for (PersonnelKind kind : PersonnelKind.values()) {
            items.add(new SelectItem(kind, AdminTexts.text("personnelKind." + kind.name())));
        }
        return items;
    }

    /** What a screen reader says for a row's edit button: which type it opens. */
    public String editLabel(String code) {
        return AdminTexts.text("capabilityTypes.editOne", code);
    }

    // --------------------------------------------------------------------------------------------- accessors

    public Category getCategoryFilter() {
        return categoryFilter;
    }

    public void setCategoryFilter(Category categoryFilter) {
        this.categoryFilter = categoryFilter;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
