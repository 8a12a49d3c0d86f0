package org.peacekeeping.pledges.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks up the pages' texts in the user's language and turns them into messages. */
public final class Texts {

    public static final String BUNDLE = "org.peacekeeping.pledges.web.messages";

    private Texts() {
    }

    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }

    public static String get(String key, Object... arguments) {
        return fromBundle(BUNDLE, key, arguments);
    }

    public static String fromBundle(String bundle, String key, Object... arguments) {
        Locale locale = locale();
        try {
            String pattern = ResourceBundle.getBundle(bundle, locale).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** Adds a message for a field ({@code clientId}) or, with {@code null}, for the whole page. */
    public static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public static void info(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
