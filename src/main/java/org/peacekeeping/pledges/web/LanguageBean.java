package org.peacekeeping.pledges.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;

/**
 * The language the user chose (English or French). It lives in the session, as a plain attribute, so that it
 * survives the new session that signing in starts; before any choice, the browser's preference decides.
 */
@Named("language")
@RequestScoped
public class LanguageBean {

    static final String ATTRIBUTE = "org.peacekeeping.pledges.language";

    public Locale getLocale() {
        return "fr".equals(getCode()) ? Locale.FRENCH : Locale.ENGLISH;
    }

    public String getCode() {
        HttpServletRequest request = request();
        HttpSession session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute(ATTRIBUTE);
        if (chosen instanceof String code) {
            return code;
        }
        Locale requested = request.getLocale();
        return requested != null && "fr".equals(requested.getLanguage()) ? "fr" : "en";
    }

    public boolean isFrench() {
        return "fr".equals(getCode());
    }

    /** Switches the language for the rest of the session and shows the current view in it. */
    public void use(String code) {
        setCode(code);
        FacesContext.getCurrentInstance().getViewRoot().setLocale(getLocale());
    }

    /** Records a choice (from the switch, or a {@code lang} parameter); anything but "fr" means English. */
    public void setCode(String code) {
        if (code != null && !code.isBlank()) {
            request().getSession(true).setAttribute(ATTRIBUTE, "fr".equals(code) ? "fr" : "en");
        }
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
