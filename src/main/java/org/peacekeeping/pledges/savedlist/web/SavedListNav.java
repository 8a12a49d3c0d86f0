package org.peacekeeping.pledges.savedlist.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.savedlist.SavedListService;
import org.peacekeeping.pledges.savedlist.SavedListView;

/** The signed-in user's saved lists for the navigation of every page: read once per request, only when shown. */
@Named("savedListNav")
@RequestScoped
public class SavedListNav {

    @Inject
    private SavedListService service;

    @Inject
    private CurrentActor currentUser;

    private List<SavedListView> lists;

    public List<SavedListView> getLists() {
        if (lists == null) {
            lists = currentUser.find().map(service::mine).orElse(List.of());
        }
        return lists;
    }
}
