package org.peacekeeping.pledges.platform;

import java.util.ListResourceBundle;

/**
 * What the error pages ({@code WEB-INF/errors}) add to the application's messages: the request id line and the
 * database page, in English ({@code _fr}: French). Loaded by the pages as the bundle {@code err}.
 */
public class ErrorPageTexts extends ListResourceBundle {

    @Override
    protected Object[][] getContents() {
        return new Object[][] {
            {"requestId", "If you report this, quote the request id:"},
            {"database.title", "The database is not answering"},
            {"database.text", "The database is not answering; try again in a minute. If this lasts, tell your "
                    + "administrator."},
            {"retry", "Try again"},
        };
    }
}
