package org.peacekeeping.pledges.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.peacekeeping.pledges.account.AccountAdminService;
import org.peacekeeping.pledges.account.CurrentUser;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.account.UserAccount;
import org.peacekeeping.pledges.platform.ConflictException;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.NotFoundException;
import org.peacekeeping.pledges.reference.ReferenceDataService;
import org.peacekeeping.pledges.reference.web.AdminTexts;
import org.peacekeeping.pledges.reference.web.StateNames;
import org.peacekeeping.pledges.web.Texts;

/**
 * The administrator's accounts page: the table of accounts with its filters, and in place of it the form that
 * creates an account or changes one (details, role and state; enabling, disabling and a new password). Every change
 * goes through {@link AccountAdminService}, which checks again.
 */
@Named("adminAccounts")
@ViewScoped
public class AccountsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "accountForm";
    static final String STATUS_FORM = "statusForm";
    static final String PASSWORD_FORM = "passwordForm";

    /** What the page shows: the table, the form for a new account, or one account's form. */
    public enum Mode {
        LIST, CREATE, EDIT
    }

    @Inject
    private AccountAdminService accounts;

    @Inject
    private ReferenceDataService reference;

    @Inject
    private CurrentUser currentUser;

    private StateNames states;
    private List<AccountRow> rows = List.of();
    private List<AccountRow> shown = new ArrayList<>();
    private Role roleFilter;
    private String search;

    private Mode mode = Mode.LIST;
    private AccountForm form;
    private AccountRow editing;
    private String newPassword;
    private String newPasswordRepeated;

    @PostConstruct
    void load() {
        states = new StateNames(reference.memberStates(true));
        reload();
    }

    private void reload() {
        Instant now = Instant.now();
        rows = accounts.accounts(currentUser.actor()).stream().map(a -> new AccountRow(a, states, now)).toList();
        filter();
    }

    // ---------------------------------------------------------------------------------------------- the table

    /** The accounts that pass the role filter and the search text (a list the table may sort in place). */
    public List<AccountRow> getAccounts() {
        return shown;
    }

    /** Applies the role filter and the search text. */
    public void filter() {
        String text = search == null || search.isBlank() ? null : search.strip().toLowerCase(Locale.ROOT);
        shown = new ArrayList<>(rows.stream().filter(r -> roleFilter == null || r.getRole() == roleFilter)
                .filter(r -> text == null || r.matches(text)).toList());
    }

    public int getTotal() {
        return rows.size();
    }

    public void clearFilters() {
        roleFilter = null;
        search = null;
        filter();
    }

    // ----------------------------------------------------------------------------------------------- the form

    public void startCreate() {
        form = new AccountForm();
        editing = null;
        mode = Mode.CREATE;
    }

    public void edit(String username) {
        try {
            show(accounts.account(currentUser.actor(), username));
            mode = Mode.EDIT;
        } catch (NotFoundException e) {
            backToListAfter("account.gone", username);
        }
    }

    private void show(UserAccount account) {
        editing = new AccountRow(account, states, Instant.now());
        form = new AccountForm();
        form.setUsername(account.username());
        form.setDisplayName(account.displayName());
        form.setEmail(account.email());
        form.setRole(account.role());
        form.setMemberState(account.memberState());
        newPassword = null;
        newPasswordRepeated = null;
    }

    public void cancel() {
        mode = Mode.LIST;
        form = null;
        editing = null;
        newPassword = null;
        newPasswordRepeated = null;
    }

    public void save() {
        try {
            if (mode == Mode.CREATE) {
                UserAccount created = accounts.create(currentUser.actor(), form.getUsername(), form.details(),
                        form.getPassword(), form.getPasswordRepeated());
                form.forgetPasswords();
                reload();
                cancel();
                AdminTexts.info("account.created", created.username());
            } else {
                UserAccount saved = accounts.update(currentUser.actor(), editing.getUsername(), editing.getVersion(),
                        form.details());
                reload();
                cancel();
                AdminTexts.info("account.saved", saved.username());
            }
        } catch (InvalidInputException e) {
            form.forgetPasswords();
            AdminTexts.fieldErrors(FORM, e);
        } catch (ConflictException e) {
            reloadEditingAfterConflict();
        } catch (NotFoundException e) {
            backToListAfter("account.gone", form.getUsername());
        }
    }

    public void disable() {
        try {
            show(accounts.disable(currentUser.actor(), editing.getUsername()));
            reload();
            AdminTexts.info("account.disabled", editing.getUsername());
        } catch (InvalidInputException e) {
            AdminTexts.fieldErrors(STATUS_FORM, e);
        } catch (ConflictException e) {
            reloadEditingAfterConflict();
        } catch (NotFoundException e) {
            backToListAfter("account.gone", editing.getUsername());
        }
    }

    public void enable() {
        boolean wasLocked = editing.isEnabled() && editing.isLocked();
        try {
            show(accounts.enable(currentUser.actor(), editing.getUsername()));
            reload();
            AdminTexts.info(wasLocked ? "account.unlocked" : "account.enabled", editing.getUsername());
        } catch (ConflictException e) {
            reloadEditingAfterConflict();
        } catch (NotFoundException e) {
            backToListAfter("account.gone", editing.getUsername());
        }
    }

    public void resetPassword() {
        try {
            show(accounts.resetPassword(currentUser.actor(), editing.getUsername(), newPassword,
                    newPasswordRepeated));
            reload();
            AdminTexts.info("account.passwordSet", editing.getUsername());
        } catch (InvalidInputException e) {
            newPassword = null;
            newPasswordRepeated = null;
            AdminTexts.fieldErrors(PASSWORD_FORM, e);
        } catch (ConflictException e) {
            reloadEditingAfterConflict();
        } catch (NotFoundException e) {
            backToListAfter("account.gone", editing.getUsername());
        }
    }

    /** Someone else changed the account first: say so and show it as it is now. */
    private void reloadEditingAfterConflict() {
        String username = editing.getUsername();
        try {
            show(accounts.account(currentUser.actor(), username));
            reload();
            AdminTexts.error("account.conflict", username);
        } catch (NotFoundException gone) {
            backToListAfter("account.gone", username);
        }
    }

    private void backToListAfter(String key, String username) {
        reload();
        cancel();
        AdminTexts.error(key, username);
    }

    // ---------------------------------------------------------------------------------------------- choices

    public List<SelectItem> getRoles() {
        List<SelectItem> items = new ArrayList<>();
        for (Role role : Role.values()) {
            if (role.assignable()) {
                items.add(new SelectItem(role, AdminTexts.text("role." + role.name())));
            }
        }
        return items;
    }

    public List<SelectItem> getStates() {
        return states.choices(Texts.locale(), AdminTexts.text("account.observerState"));
    }

    public boolean isFocalPoint() {
        return form != null && form.getRole() == Role.FOCAL_POINT;
    }

    /** The administrator's own account: its role and whether it may sign in are not theirs to change. */
    public boolean isSelf() {
        return editing != null && editing.getUsername().equals(currentUser.actor().username());
    }

    public boolean isSelf(String username) {
        return username.equals(currentUser.actor().username());
    }

    /** What a screen reader says for a row's edit button: which account it opens. */
    public String editLabel(String username) {
        return AdminTexts.text("accounts.editOne", username);
    }

    // --------------------------------------------------------------------------------------------- accessors

    public boolean isListing() {
        return mode == Mode.LIST;
    }

    public boolean isCreating() {
        return mode == Mode.CREATE;
    }

    public boolean isEditing() {
        return mode == Mode.EDIT;
    }

    public AccountForm getForm() {
        return form;
    }

    /** The account being changed, as last read. */
    public AccountRow getCurrent() {
        return editing;
    }

    public Role getRoleFilter() {
        return roleFilter;
    }

    public void setRoleFilter(Role roleFilter) {
        this.roleFilter = roleFilter;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewPasswordRepeated() {
        return newPasswordRepeated;
    }

    public void setNewPasswordRepeated(String newPasswordRepeated) {
        this.newPasswordRepeated = newPasswordRepeated;
    }
}
