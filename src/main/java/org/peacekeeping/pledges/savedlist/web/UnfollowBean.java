package org.peacekeeping.pledges.savedlist.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import org.peacekeeping.pledges.savedlist.SavedListService;
import org.peacekeeping.pledges.savedlist.SavedListService.UnfollowLink;
import org.peacekeeping.pledges.savedlist.UnfollowRefused;

/**
 * The page a digest mail's unfollow link opens ({@code /unfollow.xhtml?list=&account=&signature=}), with no sign-in:
 * opening it (GET, which mail scanners do on their own) only names the list; its button (POST) unfollows that list
 * and changes nothing else. A malformed link answers 400, a forged or foreign one 403, a deleted list's 404; nothing
 * changes then.
 */
@Named("unfollow")
@ViewScoped
public class UnfollowBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SavedListService service;

    private String list;
    private String account;
    private String signature;
    private UnfollowLink link;
    private boolean done;
    private int refused;

    /** Reads what the link names (the view action of the GET). */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            link = service.unfollowLink(list, account, signature);
        } catch (UnfollowRefused e) {
            refuse(e);
        }
    }

    /** The button: unfollows the list the link names. */
    public void confirm() {
        try {
            link = service.unfollowByLink(list, account, signature, Instant.now());
            done = true;
        } catch (UnfollowRefused e) {
            link = null;
            refuse(e);
        }
    }

    private void refuse(UnfollowRefused e) {
        refused = e.status();
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(e.status());
    }

    public UnfollowLink getLink() {
        return link;
    }

    public boolean isDone() {
        return done;
    }

    /** 0, or the status of a refused link (400, 403, 404). */
    public int getRefused() {
        return refused;
    }

    public String getList() {
        return list;
    }

    public void setList(String list) {
        this.list = list;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public String getSignature() {
        return signature;
    }

    public void setSignature(String signature) {
        this.signature = signature;
    }
}
