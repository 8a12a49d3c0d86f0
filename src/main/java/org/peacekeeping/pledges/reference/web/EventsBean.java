package org.peacekeeping.pledges.reference.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.peacekeeping.pledges.platform.CurrentActor;
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
public class EventsBean extends ReferenceEditor<String, EventForm> {

    private static final long serialVersionUID = 1L;
    static final String FORM = "eventForm";

    @Inject
    private ReferenceAdminService admin;

    @Inject
    private ReferenceDataService reference;

    @Inject
    private CurrentActor currentUser;

    private StateNames states;
    private List<EventRow> rows = new ArrayList<>();

    public EventsBean() {
        super("event", FORM);
    }

    @PostConstruct
    void load() {
        states = new StateNames(reference.memberStates(true));
        reload();
    }

    @Override
    protected void reload() {
        rows = new ArrayList<>(admin.events(currentUser.actor()).stream().map(e -> new EventRow(e, states))
                .sorted(Comparator.comparing(EventRow::getStartDate).reversed()).toList());
    }

    /** Latest first (a list the table may sort in place). */
    public List<EventRow> getEvents() {
        return rows;
    }

    public void startCreate() {
        startCreate(new EventForm());
    }

    public void edit(String code) {
        windowChanges = null;
        extendTo = null;
        extendReason = null;
        open(code);
    }

    @Override
    protected EventForm formOf(String code) {
        return EventForm.of(new EventRow(admin.event(currentUser.actor(), code), states));
    }

    @Override
    protected String keyOf(EventForm form) {
        return form.getCode();
    }

    @Override
    protected Object[] store(boolean isNew, EventForm form) {
        PledgingEvent saved = isNew ? admin.createEvent(currentUser.actor(), form.input())
                : admin.updateEvent(currentUser.actor(), form.getCode(), form.input());
        return new Object[] {saved.code()};
    }

    @Override
    protected Object[] describe(String code) {
        return new Object[] {code};
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
            if (row.isMinisterialMeeting() && (getForm() == null || !Objects.equals(row.getCode(), getForm().getCode()))) {
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

    // ---------------------------------------------------------------------------------- the pledging window

    /** The form that extends the open event's pledging window. */
    static final String WINDOW_FORM = "windowForm";
    private java.time.LocalDate extendTo;
    private String extendReason;

    public java.time.LocalDate getExtendTo() {
        return extendTo;
    }

    public void setExtendTo(java.time.LocalDate extendTo) {
        this.extendTo = extendTo;
    }

    public String getExtendReason() {
        return extendReason;
    }

    public void setExtendReason(String extendReason) {
        this.extendReason = extendReason;
    }

    /** Extends the open event's window to the date entered, with the reason; recorded, and listed below it. */
    public void extendWindow() {
        String code = getForm().getCode();
        Long version = getForm().getVersion();
        change(WINDOW_FORM, "windowExtended", () -> {
            var change = admin.extendWindow(currentUser.actor(), code, extendTo, extendReason, version);
            extendTo = null;
            extendReason = null;
            windowChanges = null;
            return formOf(change.eventCode());
        });
    }

    private transient List<WindowChangeRow> windowChanges;

    /** The changes of the open event's closing date, newest first. */
    public List<WindowChangeRow> getWindowChanges() {
        if (windowChanges == null) {
            windowChanges = getForm() == null || getForm().getCode() == null ? List.of()
                    : admin.windowChanges(currentUser.actor(), getForm().getCode()).stream()
                    .map(WindowChangeRow::of).toList();
        }
        return windowChanges;
    }

    /** One change of a closing date as the page lists it. */
    public record WindowChangeRow(java.time.Instant changedAt, String changedBy, String kind,
                                  java.time.LocalDate oldCloses, java.time.LocalDate newCloses, String reason)
            implements java.io.Serializable {

        static WindowChangeRow of(org.peacekeeping.pledges.reference.WindowChange change) {
            return new WindowChangeRow(change.changedAt(), change.changedBy(), change.kind().name(),
                    change.oldCloses(), change.newCloses(), change.reason());
        }
    }

    /** What a screen reader says for a row's edit button: which event it opens. */
    public String editLabel(String code) {
        return AdminTexts.text("events.editOne", code);
    }
}
