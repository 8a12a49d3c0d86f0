package org.peacekeeping.pledges.reference.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.peacekeeping.pledges.account.CurrentUser;
import org.peacekeeping.pledges.platform.ConflictException;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.NotFoundException;
import org.peacekeeping.pledges.reference.EventType;
import org.peacekeeping.pledges.reference.PledgingEvent;
import org.peacekeeping.pledges.reference.ReferenceAdminService;
import org.peacekeeping.pledges.reference.ReferenceDataService;
import org.peacekeeping.pledges.web.Texts;

/**
 * The administrator's events page: ministerials and preparatory meetings, latest first, and in place of the table
 * the form that creates or changes one. Every change goes through {@link ReferenceAdminService}.
 */
@Named("adminEvents")
@ViewScoped
public class EventsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "eventForm";

    @Inject
    private ReferenceAdminService admin;

    @Inject
    private ReferenceDataService reference;

    @Inject
    private CurrentUser currentUser;

    private StateNames states;
    private List<EventRow> rows = new ArrayList<>();
    private boolean creating;
    private EventForm form;

    @PostConstruct
    void load() {
        states = new StateNames(reference.memberStates(true));
        reload();
    }

    private void reload() {
        rows = new ArrayList<>(admin.events(currentUser.actor()).stream().map(e -> new EventRow(e, states))
                .sorted(Comparator.comparing(EventRow::getStartDate).reversed()).toList());
    }

    /** Latest first (a list the table may sort in place). */
    public List<EventRow> getEvents() {
        return rows;
    }

    public void startCreate() {
        form = new EventForm();
        creating = true;
    }

    public void edit(String code) {
        try {
            form = EventForm.of(new EventRow(admin.event(currentUser.actor(), code), states));
            creating = false;
        } catch (NotFoundException e) {
            backToListAfter("event.gone", code);
        }
    }

    public void cancel() {
        form = null;
        creating = false;
    }

    public void save() {
        try {
            PledgingEvent saved = creating ? admin.createEvent(currentUser.actor(), form.input())
                    : admin.updateEvent(currentUser.actor(), form.getCode(), form.input());
            String key = creating ? "event.created" : "event.saved";
            reload();
            cancel();
            AdminTexts.info(key, saved.code());
        } catch (InvalidInputException e) {
            AdminTexts.fieldErrors(FORM, e);
        } catch (ConflictException e) {
            String code = form.getCode();
            edit(code);
            if (form != null) {
                reload();
                AdminTexts.error("event.conflict", code);
            }
        } catch (NotFoundException e) {
            backToListAfter("event.gone", form.getCode());
        }
    }

    private void backToListAfter(String key, String code) {
        reload();
        cancel();
        AdminTexts.error(key, code);
    }

    // ---------------------------------------------------------------------------------------------- choices

    public List<SelectItem> getTypes() {
        List<SelectItem> items = new ArrayList<>();
        for (EventType type : EventType.values()) {
            items.add(new SelectItem(type, AdminTexts.text("eventType." + type.name())));
        }
        return items;
    }

    /** The ministerials a preparatory meeting may lead to, latest first. */
    public List<SelectItem> getMinisterials() {
        boolean french = "fr".equals(Texts.locale().getLanguage());
        List<SelectItem> items = new ArrayList<>();
        for (EventRow row : rows) {
            if (row.isMinisterialMeeting() && (form == null || !Objects.equals(row.getCode(), form.getCode()))) {
                items.add(new SelectItem(row.getCode(), row.getCode() + " - "
                        + (french ? row.getNameFr() : row.getNameEn())));
            }
        }
        return items;
    }

    public List<SelectItem> getStates() {
        return states.choices(Texts.locale(), AdminTexts.text("account.observerState"));
    }

    /** The name of the ministerial with this code, in the user's language. */
    public String ministerialName(String code) {
        boolean french = "fr".equals(Texts.locale().getLanguage());
        return rows.stream().filter(r -> r.getCode().equals(code)).findFirst()
                .map(r -> french ? r.getNameFr() : r.getNameEn()).orElse(code);
    }

    /** What a screen reader says for a row's edit button: which event it opens. */
    public String editLabel(String code) {
        return AdminTexts.text("events.editOne", code);
    }

    // --------------------------------------------------------------------------------------------- accessors

    public boolean isListing() {
        return form == null;
    }

    public boolean isCreating() {
        return form != null && creating;
    }

    public boolean isChanging() {
        return form != null && !creating;
    }

    public EventForm getForm() {
        return form;
    }
}
