package org.peacekeeping.pledges.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.peacekeeping.pledges.account.AccountService;
import org.peacekeeping.pledges.account.CurrentUser;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.account.UserAccount;
import org.peacekeeping.pledges.platform.Actor;

/** Who is signed in, for the pages: name, role, state, and where their work starts. */
@Named("user")
@RequestScoped
public class UserBean {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AccountService accounts;

    private Optional<Actor> actor;
    private UserAccount account;

    public Optional<Actor> actor() {
        if (actor == null) {
            actor = currentUser.find();
        }
        return actor;
    }

    public boolean isSignedIn() {
        return actor().isPresent();
    }

    public String getUsername() {
        return actor().map(Actor::username).orElse(null);
    }

    public String getDisplayName() {
        if (account == null && isSignedIn()) {
            account = accounts.account(getUsername()).orElse(null);
        }
        return account == null ? getUsername() : account.displayName();
    }

    public String getRole() {
        return actor().map(a -> a.role().name()).orElse(null);
    }

    public String getMemberState() {
        return actor().map(Actor::memberState).orElse(null);
    }

    public boolean is(String role) {
        return actor().map(a -> a.role().name().equals(role)).orElse(false);
    }

    /** The page each role starts from. */
    public String getHome() {
        return home(actor().map(Actor::role).orElse(null));
    }

    public static String home(Role role) {
        if (role == null) {
            return "/login.xhtml";
        }
        return switch (role) {
            case FOCAL_POINT -> "/pledges/index.xhtml";
            case REVIEWER -> "/review/index.xhtml";
            case ANALYST -> "/analysis/index.xhtml";
            case ADMIN -> "/admin/accounts.xhtml";
            case SYSTEM -> "/login.xhtml";
        };
    }
}
