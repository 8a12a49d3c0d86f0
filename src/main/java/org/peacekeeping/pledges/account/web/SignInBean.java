package org.peacekeeping.pledges.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.peacekeeping.pledges.account.AccountService;
import org.peacekeeping.pledges.platform.DatabaseUnavailable;
import org.peacekeeping.pledges.web.LanguageBean;
import org.peacekeeping.pledges.web.Texts;

/** The sign-in page and signing out. */
@Named("signIn")
@RequestScoped
public class SignInBean {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private AccountService accounts;

    @Inject
    private LanguageBean language;

    private String username;
    private String password;
    private String next;

    /** Signs in; on success the session id is new (no fixation) and the user lands on their role's home. */
    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String chosenLanguage = language.getCode();
        AuthenticationStatus status = securityContext.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(), AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username.strip(),
                                password == null ? "" : password))
                        .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            DatabaseUnavailable.rethrowKept((HttpServletRequest) external.getRequest());
            Texts.error(null, Texts.get("signIn.failed"));
            password = null;
            return;
        }
        language.setCode(chosenLanguage);
        String target = safeNext().orElseGet(() -> UserBean.home(
                accounts.actor(username.strip()).map(a -> a.role()).orElse(null)));
        external.redirect(external.getRequestContextPath() + target);
        faces.responseComplete();
    }

    /** Signs out and ends the session. */
    public void signOut() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String chosenLanguage = language.getCode();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true&lang=" + chosenLanguage);
        faces.responseComplete();
    }

    /** Only a page of this application, never another site (no open redirect). */
    private java.util.Optional<String> safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith("/login.xhtml") || next.startsWith("/api/")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(next);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
