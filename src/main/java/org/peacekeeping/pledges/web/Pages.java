package org.peacekeeping.pledges.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** What page beans share when the answer is not the page itself. */
public final class Pages {

    private Pages() {
    }

    /**
     * Answers 404 with the not-found page instead of this page: what a wrong id gets, and what a pledge of another
     * state is for a focal point (it does not exist for them).
     */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, "Not found");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        faces.responseComplete();
    }
}
