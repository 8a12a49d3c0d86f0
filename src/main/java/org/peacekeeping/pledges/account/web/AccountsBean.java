package org.peacekeeping.pledges.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.peacekeeping.pledges.account.AccountAdminService;
import org.peacekeeping.pledges.account.CurrentUser;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.account.UserAccount;
import org.peacekeeping.pledges.reference.ReferenceDataService;
import org.peacekeeping.pledges.reference.web.AdminTexts;
import org.peacekeeping.pledges.reference.web.ReferenceEditor;
import org.peacekeeping.pledges.reference.web.StateNames;
import org.peacekeeping.pledges.web.Texts;

/**
 * The administrator's accounts page: the table of accounts with its filters, and in place of it the form that
 * creates an account or changes one (details, role and state; enabling, disabling and a new password). Saving and
 * every other change answer as on the reference data pages ({@link ReferenceEditor}: done, refused field by field,
 * changed by someone else first, gone). Every change goes through {@link AccountAdminService}, which checks again.
 */
@Named("adminAccounts")
@ViewScoped
public class AccountsBean extends ReferenceEditor<String, AccountForm> {

    private static final long serialVersionUID = 1L;
    static final String FORM = "accountForm";
    static final String STATUS_FORM = "statusForm";
    static final String PASSWORD_FORM = "passwordForm";

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

    /** The account open in the form, as last read (its version, status and lock). */
    private AccountRow editing;
    private String newPassword;
    private String newPasswordRepeated;

    public AccountsBean() {
        super("account", FORM);
    }

    @PostConstruct
    void load() {
        states = new StateNames(reference.memberStates(true));
        reload();
    }

    @Override
    protected void reload() {
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
        editing = null;
        startCreate(new AccountForm());
    }

    public void edit(String username) {
        open(username);
    }

    @Override
    protected AccountForm formOf(String username) {
        return show(accounts.account(currentUser.actor(), username));
    }

    @Override
    protected String keyOf(AccountForm form) {
        return form.getUsername();
    }

    @Override
    protected Object[] describe(String username) {
        return new Object[] {username};
    }

    @Override
    protected Object[] store(boolean isNew, AccountForm form) {
        UserAccount stored = isNew
                ? accounts.create(currentUser.actor(), form.getUsername(), form.details(), form.getPassword(),
                        form.getPasswordRepeated())
                : accounts.update(currentUser.actor(), editing.getUsername(), editing.getVersion(), form.details());
        form.forgetPasswords();
        return new Object[] {stored.username()};
    }

    /** Passwords typed into a refused form are never shown again. */
    @Override
    protected void refused() {
        if (getForm() != null) {
            getForm().forgetPasswords();
        }
        newPassword = null;
        newPasswordRepeated = null;
    }

    @Override
    public void cancel() {
        super.cancel();
        editing = null;
        newPassword = null;
        newPasswordRepeated = null;
    }

    public void disable() {
        change(STATUS_FORM, "disabled", () -> show(accounts.disable(currentUser.actor(), editing.getUsername())));
    }

    public void enable() {
        boolean wasLocked = editing.isEnabled() && editing.isLocked();
        change(STATUS_FORM, wasLocked ? "unlocked" : "enabled",
                () -> show(accounts.enable(currentUser.actor(), editing.getUsername())));
    }

    public void resetPassword() {
        change(PASSWORD_FORM, "passwordSet", () -> show(accounts.resetPassword(currentUser.actor(),
                editing.getUsername(), newPassword, newPasswordRepeated)));
    }

    /** The form filled with the account as stored, which becomes the one being changed. */
    private AccountForm show(UserAccount account) {
        editing = new AccountRow(account, states, Instant.now());
        AccountForm form = new AccountForm();
        form.setUsername(account.username());
        form.setDisplayName(account.displayName());
        form.setEmail(account.email());
        form.setRole(account.role());
        form.setMemberState(account.memberState());
        newPassword = null;
        newPasswordRepeated = null;
        return form;
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
        return getForm() != null && getForm().getRole() == Role.FOCAL_POINT;
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

    /** One account's form is open (the page's name for {@link #isChanging}). */
    public boolean isEditing() {
        return isChanging();
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
