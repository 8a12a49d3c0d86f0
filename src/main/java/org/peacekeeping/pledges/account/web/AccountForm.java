package org.peacekeeping.pledges.account.web;

import java.io.Serializable;
import org.peacekeeping.pledges.account.AccountDetails;
import org.peacekeeping.pledges.platform.Role;

/** The account form's fields as the administrator types them. */
public final class AccountForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String displayName;
    private String email;
    private Role role;
    private String memberState;
    private String password;
    private String passwordRepeated;

    AccountDetails details() {
        return new AccountDetails(displayName, email, role, role == Role.FOCAL_POINT ? memberState : null);
    }

    /** Forgets the passwords typed, so that they are never shown again nor kept in the view. */
    void forgetPasswords() {
        password = null;
        passwordRepeated = null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getMemberState() {
        return memberState;
    }

    public void setMemberState(String memberState) {
        this.memberState = memberState;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordRepeated() {
        return passwordRepeated;
    }

    public void setPasswordRepeated(String passwordRepeated) {
        this.passwordRepeated = passwordRepeated;
    }
}
