package org.peacekeeping.pledges.reference.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.Problem.FieldError;
import org.peacekeeping.pledges.web.Texts;

/**
 * Texts of the administrator's pages ({@code admin.properties}, {@code admin_fr.properties}) and the messages they
 * show, in the user's language. The administrator's services answer field errors with keys of these texts.
 */
public final class AdminTexts {

    public static final String BUNDLE = "org.peacekeeping.pledges.web.admin";

    private AdminTexts() {
    }

    public static String text(String key, Object... arguments) {
        return Texts.fromBundle(BUNDLE, key, arguments);
    }

    /** A message for the whole page, shown in this response (no redirect follows). */
    public static void info(String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    public static void error(String key, Object... arguments) {
        Texts.error(null, text(key, arguments));
    }

    /**
     * Shows each field error next to the input of the same id in {@code form} and marks that input invalid (red
     * border, {@code aria-invalid}, focus); an error for a field the form does not show goes to the top of the page,
     * as does a summary of how many fields need correcting.
     */
    public static void fieldErrors(String form, InvalidInputException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<FieldError, UIComponent> onForm = new LinkedHashMap<>();
        for (FieldError error : e.errors()) {
            UIComponent component = error.field() == null ? null
                    : faces.getViewRoot().findComponent(form + ":" + error.field());
            if (component != null && component.isRendered()) {
                onForm.put(error, component);
            }
        }
        if (!onForm.isEmpty()) {
            Texts.error(null, onForm.size() == 1 ? text("form.invalid.one") : text("form.invalid.many", onForm.size()));
        }
        for (FieldError error : e.errors()) {
            UIComponent component = onForm.get(error);
            if (component == null) {
                Texts.error(null, text(error.message()));
                continue;
            }
            Texts.error(component.getClientId(faces), text(error.message()));
            if (component instanceof UIInput input) {
                markInvalid(input);
            }
        }
    }

    /**
     * Marks an input invalid (red border, {@code aria-invalid}) while it keeps showing what the user entered. An
     * invalid input shows its submitted value, which Faces makes an empty text when there is none, so the entered
     * value (already in the model) becomes the submitted one again; this is done for texts and choices of an
     * enumeration, whose submitted form is plain. Other inputs (dates, numbers, lists) keep their value and only get
     * the message. Buttons that open another form reset the inputs ({@code resetValues}).
     */
    private static void markInvalid(UIInput input) {
        Object value = input.getValue();
        if (value == null) {
            input.setValid(false);
        } else if (value instanceof String text) {
            input.setSubmittedValue(text);
            input.setValid(false);
        } else if (value instanceof Enum<?> choice) {
            input.setSubmittedValue(choice.name());
            input.setValid(false);
        }
    }
}
