package org.peacekeeping.pledges.savedlist.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Map;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.savedlist.ListPage;
import org.peacekeeping.pledges.savedlist.SavedListService;
import org.peacekeeping.pledges.savedlist.SavedListView;
import org.peacekeeping.pledges.web.Texts;

/**
 * The "Save this list" control of the list pages ({@code WEB-INF/includes/save-list.xhtml}): saves the filters the
 * list shows now under the name typed, followed if asked.
 */
@Named("saveList")
@RequestScoped
public class SaveListBean {

    @Inject
    private SavedListService service;

    @Inject
    private CurrentActor currentUser;

    private String name;
    private boolean follow;
    private SavedListView saved;

    /** Saves the page's current filters (its parameters by name, as its address carries them). */
    public void save(String page, Map<String, String> filters) {
        try {
            saved = service.create(currentUser.actor(), name, ListPage.valueOf(page), filters, follow, Instant.now());
            Texts.info(Texts.get(follow ? "savedLists.savedFollowed" : "savedLists.saved", saved.name()));
            name = null;
            follow = false;
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> Texts.error("saveListForm:savedName", error.field().equals("name")
                    ? Texts.get("savedLists.error.name", error.message())
                    : Texts.get("savedLists.error.other", error.field() + " " + error.message())));
        }
    }

    /** Whether the signed-in user may keep saved lists of this page (an administrator on the list of all: no). */
    public boolean offered(String page) {
        return currentUser.find().map(actor -> ListPage.valueOf(page).openTo(actor.role())).orElse(false);
    }

    public SavedListView getSaved() {
        return saved;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isFollow() {
        return follow;
    }

    public void setFollow(boolean follow) {
        this.follow = follow;
    }
}
