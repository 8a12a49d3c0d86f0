package org.peacekeeping.pledges.platform;

import java.util.ListResourceBundle;

/** The error pages' own texts in French ({@link ErrorPageTexts}). */
public class ErrorPageTexts_fr extends ListResourceBundle {

    @Override
    protected Object[][] getContents() {
        return new Object[][] {
            {"requestId", "Si vous signalez ce problème, indiquez le numéro de la requête\u00a0:"},
            {"database.title", "La base de données ne répond pas"},
            {"database.text", "La base de données ne répond pas\u00a0; réessayez dans une minute. Si cela dure, "
                    + "prévenez votre administrateur."},
            {"retry", "Réessayer"},
        };
    }
}
