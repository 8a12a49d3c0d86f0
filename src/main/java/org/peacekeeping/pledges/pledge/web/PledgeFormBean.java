package org.peacekeeping.pledges.pledge.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peacekeeping.pledges.platform.ConflictException;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.pledge.WindowClosedException;
import org.peacekeeping.pledges.platform.NotFoundException;
import org.peacekeeping.pledges.platform.Problem.FieldError;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.pledge.HistoryView;
import org.peacekeeping.pledges.pledge.LifecycleViolation;
import org.peacekeeping.pledges.pledge.LineItem;
import org.peacekeeping.pledges.pledge.LineKind;
import org.peacekeeping.pledges.pledge.Partner;
import org.peacekeeping.pledges.pledge.PledgeAction;
import org.peacekeeping.pledges.pledge.PledgeInput;
import org.peacekeeping.pledges.pledge.PledgeLifecycle;
import org.peacekeeping.pledges.pledge.PledgeService;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.pledge.PledgeView;
import org.peacekeeping.pledges.pledge.SelfSustainment;
import org.peacekeeping.pledges.web.Pages;
import org.peacekeeping.pledges.web.Texts;

/**
 * A focal point's pledge page: the form while the pledge is a draft or returned, a read-only view with the
 * actions its state allows otherwise, and its history. Every action goes through {@link PledgeService}.
 */
@Named("pledgeForm")
@ViewScoped
public class PledgeFormBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "pledgeForm:";

    @Inject
    private PledgeService pledges;

    @Inject
    private CurrentActor currentUser;

    @Inject
    private ReferenceChoices choices;

    private Long id;
    private PledgeView pledge;
    private List<HistoryView> history = List.of();

    private String capabilityType;
    private String event;
    private String title;
    private String description;
    private Integer units = 1;
    private Integer personnel;
    private Integer women = 0;
    private LocalDate availableFrom;
    private Integer daysToDeploy;
    private Integer durationMonths;
    private SelfSustainment selfSustainment;
    private String caveats;
    private List<String> preferredMissions = new ArrayList<>();
    private List<String> partners = new ArrayList<>();
    /** Each partner's part in a few words ("provides the crews"), by state code; kept when a partner is unticked. */
    private Map<String, String> partnerRoles = new HashMap<>();
    private List<LineRow> lineRows = new ArrayList<>();
    private String comment;
    private boolean publicationConsent;

    /** Loads the pledge named by the {@code id} parameter, or starts a new one. */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            show(pledges.get(currentUser.actor(), id));
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    private void show(PledgeView view) {
        pledge = view;
        id = view.id();
        publicationConsent = view.publicationConsent();
        capabilityType = view.capabilityType();
        event = view.event();
        title = view.title();
        description = view.description();
        units = view.units();
        personnel = view.personnel();
        women = view.women();
        availableFrom = view.availableFrom();
        daysToDeploy = view.daysToDeploy();
        durationMonths = view.durationMonths();
        selfSustainment = view.selfSustainment();
        caveats = view.caveats();
        preferredMissions = new ArrayList<>(view.preferredMissions());
        partners = new ArrayList<>(view.partners().stream().map(Partner::memberState).toList());
        partnerRoles = new HashMap<>();
        view.partners().forEach(partner -> partnerRoles.put(partner.memberState(), partner.role()));
        lineRows = new ArrayList<>(view.lines().stream().map(LineRow::of).toList());
        history = pledges.history(currentUser.actor(), view.id());
        comment = null;
    }

    /** The capability type changed: start from its typical personnel (the user may change it). */
    public void typeChosen() {
        if (capabilityType != null) {
            personnel = choices.typicalPersonnel(capabilityType) * Math.max(units == null ? 1 : units, 1);
        }
    }

    public void save() {
        if (!saveQuietly()) {
            return;
        }
        Texts.info(Texts.get("pledge.saved", pledge.reference()));
        redirectToSelf();
    }

    public void submit() {
        if (isEditable() && !saveQuietly()) {
            return;
        }
        act(PledgeAction.SUBMIT, "pledge.submitted");
    }

    public void renew() {
        act(PledgeAction.RENEW, "pledge.renewed");
    }

    public void withdraw() {
        act(PledgeAction.WITHDRAW, "pledge.withdrawn");
    }

    /** Saves the focal point's choice on the public figures (SPEC §10), in any open status. */
    public void saveConsent() {
        try {
            PledgeView after = pledges.consent(currentUser.actor(), id, publicationConsent, pledge.version());
            show(after);
            Texts.info(Texts.get("pledge.publication.saved", after.reference()));
            redirectToSelf();
        } catch (InvalidInputException e) {
            showFieldErrors(e);
        } catch (ConflictException | LifecycleViolation e) {
            refreshAfter(e);
        }
    }

    /** Whether the signed-in focal point may change the pledge's consent to publication. */
    public boolean isConsentChangeable() {
        return pledge != null && isLead() && currentUser.actor().is(Role.FOCAL_POINT)
                && !pledge.status().terminal();
    }

    public boolean isPublicationConsent() {
        return publicationConsent;
    }

    public void setPublicationConsent(boolean publicationConsent) {
        this.publicationConsent = publicationConsent;
    }

    public void delete() throws IOException {
        try {
            pledges.delete(currentUser.actor(), id, pledge.version());
            Texts.info(Texts.get("pledge.deleted", pledge.reference()));
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/pledges/index.xhtml");
        } catch (ConflictException | LifecycleViolation e) {
            refreshAfter(e);
        }
    }

    private boolean saveQuietly() {
        if (women != null && personnel != null && women > personnel) {
            Texts.error(FORM + "women", Texts.get("pledge.women.tooMany", personnel));
            return false;
        }
        List<LineItem> lines = chosenLines();
        if (lines == null) {
            return false;
        }
        PledgeInput input = new PledgeInput(null, event, capabilityType, title, description, units, personnel,
                women, availableFrom, daysToDeploy, durationMonths, selfSustainment, caveats, preferredMissions,
                lines, pledge == null ? null : pledge.version())
                .withPartners(chosenPartners());
        try {
            PledgeView saved = pledge == null ? pledges.create(currentUser.actor(), input)
                    : pledges.edit(currentUser.actor(), id, input);
            show(saved);
            return true;
        } catch (InvalidInputException e) {
            showFieldErrors(e);
        } catch (ConflictException | LifecycleViolation e) {
            refreshAfter(e);
        }
        return false;
    }

    /**
     * The detail lines as entered, in their order; null (with the message next to the lines) when one has no
     * description or a quantity below zero.
     */
    private List<LineItem> chosenLines() {
        List<LineItem> items = new ArrayList<>();
        for (int i = 0; i < lineRows.size(); i++) {
            LineRow row = lineRows.get(i);
            if (row.getDescription() == null || row.getDescription().isBlank() || row.getQuantity() == null
                    || row.getQuantity() < 0 || row.getKind() == null) {
                Texts.error(FORM + "lines", Texts.get("pledge.line.invalid", i + 1));
                return null;
            }
            items.add(new LineItem(row.getKind(), row.getDescription(), row.getQuantity()));
        }
        return items;
    }

    /** Adds an empty line of this kind (MAJOR_EQUIPMENT or SELF_SUSTAINMENT) at the end. */
    public void addLine(String kind) {
        lineRows.add(new LineRow(LineKind.valueOf(kind), null, 1));
    }

    public void removeLine(int index) {
        if (index >= 0 && index < lineRows.size()) {
            lineRows.remove(index);
        }
    }

    /** The partner states chosen, each with the role entered for it (blank: none). */
    private List<Partner> chosenPartners() {
        return partners.stream().map(code -> new Partner(code, partnerRoles.get(code))).toList();
    }

    private void act(PledgeAction action, String doneKey) {
        try {
            PledgeView after = pledges.act(currentUser.actor(), id, action, comment, pledge.version());
            show(after);
            Texts.info(Texts.get(doneKey, after.reference()));
            redirectToSelf();
        } catch (InvalidInputException e) {
            showFieldErrors(e);
        } catch (ConflictException | LifecycleViolation e) {
            refreshAfter(e);
        }
    }

    private void showFieldErrors(InvalidInputException e) {
        if (e instanceof WindowClosedException window) {
            // The pledging window's refusal, in the user's language, next to the event (SPEC §12).
            String date = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                    .withLocale(Texts.locale()).format(window.date());
            Texts.error(FORM + "event", Texts.get(window.closed() ? "pledge.window.closed" : "pledge.window.notYetOpen",
                    window.event().name(Texts.locale()), date));
            return;
        }
        for (FieldError error : e.errors()) {
            String key = "field." + error.field();
            String label = Texts.get(key);
            Texts.error(FORM + error.field(), (label.equals(key) ? error.field() : label) + ": "
                    + Texts.get("pledge.invalid." + error.field(), error.message()));
        }
        if (e.errors().isEmpty()) {
            Texts.error(null, e.getMessage());
        }
    }

    /** Someone else acted first, or the state no longer allows this: say so and show the pledge as it is now. */
    private void refreshAfter(RuntimeException e) {
        try {
            show(pledges.get(currentUser.actor(), id));
        } catch (NotFoundException gone) {
            Pages.notFound();
            return;
        }
        PledgePages.explainRefusal(e, pledge);
    }

    private void redirectToSelf() {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        try {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/pledges/edit.xhtml?id=" + id);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ what the page shows

    public boolean isNew() {
        return pledge == null;
    }

    public boolean isEditable() {
        return pledge == null || isLead() && PledgeLifecycle.editable(pledge.status());
    }

    /** Whether the signed-in focal point's state leads this pledge (a partner of a joint pledge only reads it). */
    public boolean isLead() {
        return pledge == null || pledge.memberState().equals(currentUser.actor().memberState());
    }

    public boolean can(String action) {
        return isLead() && PledgePages.can(pledge, currentUser.actor().role(), action);
    }

    /** The states the focal point may name as partners: all but its own. */
    public List<SelectItem> getPartnerChoices() {
        return choices.partnerStates(currentUser.actor().memberState());
    }

    /** Withdrawing an approved pledge needs a reason. */
    public boolean isWithdrawalNeedsComment() {
        return pledge != null && pledge.status() == PledgeStatus.APPROVED;
    }

    /** The reviewer's latest comment when the pledge came back for revision. */
    public HistoryView getReturnComment() {
        if (pledge == null || pledge.status() != PledgeStatus.RETURNED) {
            return null;
        }
        return history.stream().filter(h -> h.action() == PledgeAction.RETURN)
                .max(Comparator.comparing(HistoryView::occurredAt)).orElse(null);
    }

    /** Women as a share of personnel, for the live figure next to the fields. */
    public String getWomenShare() {
        if (personnel == null || personnel <= 0 || women == null) {
            return "–";
        }
        return java.text.NumberFormat.getPercentInstance(Texts.locale()).format((double) women / personnel);
    }

    public List<HistoryView> getHistory() {
        return PledgePages.newestFirst(history);
    }

    public SelfSustainment[] getSustainmentOptions() {
        return SelfSustainment.values();
    }

    public Set<PledgeStatus> getTerminal() {
        return Set.of(PledgeStatus.REJECTED, PledgeStatus.WITHDRAWN);
    }

    // ------------------------------------------------------------------ fields

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PledgeView getPledge() {
        return pledge;
    }

    public String getCapabilityType() {
        return capabilityType;
    }

    public void setCapabilityType(String capabilityType) {
        this.capabilityType = capabilityType;
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getUnits() {
        return units;
    }

    public void setUnits(Integer units) {
        this.units = units;
    }

    public Integer getPersonnel() {
        return personnel;
    }

    public void setPersonnel(Integer personnel) {
        this.personnel = personnel;
    }

    public Integer getWomen() {
        return women;
    }

    public void setWomen(Integer women) {
        this.women = women;
    }

    public LocalDate getAvailableFrom() {
        return availableFrom;
    }

    public void setAvailableFrom(LocalDate availableFrom) {
        this.availableFrom = availableFrom;
    }

    public Integer getDaysToDeploy() {
        return daysToDeploy;
    }

    public void setDaysToDeploy(Integer daysToDeploy) {
        this.daysToDeploy = daysToDeploy;
    }

    public Integer getDurationMonths() {
        return durationMonths;
    }

    public void setDurationMonths(Integer durationMonths) {
        this.durationMonths = durationMonths;
    }

    public SelfSustainment getSelfSustainment() {
        return selfSustainment;
    }

    public void setSelfSustainment(SelfSustainment selfSustainment) {
        this.selfSustainment = selfSustainment;
    }

    public String getCaveats() {
        return caveats;
    }

    public void setCaveats(String caveats) {
        this.caveats = caveats;
    }

    public List<String> getPreferredMissions() {
        return preferredMissions;
    }

    public void setPreferredMissions(List<String> preferredMissions) {
        this.preferredMissions = preferredMissions == null ? new ArrayList<>() : new ArrayList<>(preferredMissions);
    }

    public List<LineRow> getLineRows() {
        return lineRows;
    }

    public LineKind[] getLineKinds() {
        return LineKind.values();
    }

    /** One detail line as the form edits it (a mutable row; the service receives {@link LineItem}s). */
    public static final class LineRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private LineKind kind;
        private String description;
        private Integer quantity;

        public LineRow(LineKind kind, String description, Integer quantity) {
            this.kind = kind;
            this.description = description;
            this.quantity = quantity;
        }

        static LineRow of(LineItem item) {
            return new LineRow(item.kind(), item.description(), item.quantity());
        }

        public LineKind getKind() {
            return kind;
        }

        public void setKind(LineKind kind) {
            this.kind = kind;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public Integer getQuantity() {
            return quantity;
        }

        public void setQuantity(Integer quantity) {
            this.quantity = quantity;
        }
    }

    public List<String> getPartners() {
        return partners;
    }

    public void setPartners(List<String> partners) {
        this.partners = partners == null ? new ArrayList<>() : new ArrayList<>(partners);
    }

    public Map<String, String> getPartnerRoles() {
        return partnerRoles;
    }

    /** A chosen partner as the role field's label names it: "Ghana (GHA)". */
    public String partnerLabel(String code) {
        return choices.stateName(code) + " (" + code + ")";
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
