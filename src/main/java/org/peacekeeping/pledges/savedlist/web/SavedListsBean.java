package org.peacekeeping.pledges.savedlist.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peacekeeping.pledges.platform.ConflictException;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.NotFoundException;
import org.peacekeeping.pledges.savedlist.SavedListService;
import org.peacekeeping.pledges.savedlist.SavedListView;
import org.peacekeeping.pledges.web.Texts;

/**
 * The "Saved lists" page ({@code /saved-lists.xhtml}): the user's saved lists, each opened, renamed, followed or
 * unfollowed and deleted where it is listed. A change made on a stale row (another tab, another device) is refused
 * with the list shown as it is now.
 */
@Named("savedLists")
@ViewScoped
public class SavedListsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SavedListService service;

    @Inject
    private CurrentActor currentUser;

    private List<SavedListView> lists;
    /** The names typed in each row's rename field, by list id. */
    private final Map<Long, String> names = new HashMap<>();

    public List<SavedListView> getLists() {
        if (lists == null) {
            lists = service.mine(currentUser.actor());
            names.clear();
            lists.forEach(list -> names.put(list.id(), list.name()));
        }
        return lists;
    }

    public Map<Long, String> getNames() {
        return names;
    }

    public void rename(SavedListView list) {
        act(list, () -> {
            SavedListView renamed = service.update(currentUser.actor(), list.id(), names.get(list.id()), null,
                    list.version(), Instant.now());
            Texts.info(Texts.get("savedLists.renamed", renamed.name()));
        }, "savedListsForm:lists:" + index(list) + ":name");
    }

    public void follow(SavedListView list, boolean follow) {
        act(list, () -> {
            service.follow(currentUser.actor(), list.id(), follow, list.version(), Instant.now());
            Texts.info(Texts.get(follow ? "savedLists.followed" : "savedLists.unfollowed", list.name()));
        }, null);
    }

    public void delete(SavedListView list) {
        act(list, () -> {
            service.delete(currentUser.actor(), list.id(), list.version());
            Texts.info(Texts.get("savedLists.deleted", list.name()));
        }, null);
    }

    private void act(SavedListView list, Runnable change, String field) {
        try {
            change.run();
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> Texts.error(field, Texts.get("savedLists.error." + errorKey(error.field()),
                    error.message())));
        } catch (ConflictException e) {
            Texts.error(null, Texts.get("savedLists.conflict", list.name()));
        } catch (NotFoundException e) {
            Texts.error(null, Texts.get("savedLists.gone", list.name()));
        }
        lists = null;
    }

    private static String errorKey(String field) {
        return field.equals("name") || field.equals("followed") ? field : "other";
    }

    private int index(SavedListView list) {
        return lists == null ? 0 : Math.max(0, lists.indexOf(list));
    }
}
