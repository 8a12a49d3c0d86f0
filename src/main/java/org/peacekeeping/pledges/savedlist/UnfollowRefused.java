package org.peacekeeping.pledges.savedlist;

/**
 * An unfollow link that unfollows nothing: malformed (400), not signed by this server for that list and account
 * (403), or for a list that is gone (404). Nothing changed.
 */
public class UnfollowRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    UnfollowRefused(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status the page answers with. */
    public int status() {
        return status;
    }
}
