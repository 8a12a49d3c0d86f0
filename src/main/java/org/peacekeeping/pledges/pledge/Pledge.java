package org.peacekeeping.pledges.pledge;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.peacekeeping.pledges.reference.CapabilityType;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.MemberState;
import org.peacekeeping.pledges.reference.PledgingEvent;

/**
 * A member state's offer of a capability to UN peacekeeping. It changes only through its verbs, each of which
 * follows {@link PledgeLifecycle}; callers check the actor's role and scope first and write the history entry the
 * verb's result describes. The {@code version} column catches concurrent changes (optimistic locking).
 */
@Entity
@Table(name = "pledge")
@NamedQuery(name = Pledge.BY_REFERENCE, query = "SELECT p FROM Pledge p WHERE p.reference = :reference")
@NamedQuery(name = Pledge.COUNT_ALL, query = "SELECT COUNT(p) FROM Pledge p")
@NamedQuery(name = Pledge.DUE_FOR_REMINDER,
        query = "SELECT p FROM Pledge p WHERE p.status = org.peacekeeping.pledges.pledge.PledgeStatus.APPROVED "
                + "AND p.renewalDue >= :from AND p.renewalDue <= :to "
                + "AND (p.renewalRemindedFor IS NULL OR p.renewalRemindedFor <> p.renewalDue) ORDER BY p.renewalDue")
@NamedQuery(name = Pledge.DUE_TO_LAPSE,
        query = "SELECT p FROM Pledge p WHERE p.status = org.peacekeeping.pledges.pledge.PledgeStatus.APPROVED "
                + "AND p.renewalDue < :today ORDER BY p.renewalDue")
public class Pledge {

    public static final String BY_REFERENCE = "Pledge.byReference";
    public static final String COUNT_ALL = "Pledge.countAll";
    public static final String DUE_TO_LAPSE = "Pledge.dueToLapse";
    public static final String DUE_FOR_REMINDER = "Pledge.dueForReminder";

    /** An approved pledge must be confirmed a year after approval, and every six months after each renewal. */
    public static final int MONTHS_TO_RENEWAL_AFTER_APPROVAL = 12;
    public static final int MONTHS_TO_RENEWAL_AFTER_RENEWAL = 6;

    @Id
    @SequenceGenerator(name = "pledge_seq", sequenceName = "pledge_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pledge_seq")
    private Long id;

    @Column(name = "reference", nullable = false, updatable = false, length = 20)
    private String reference;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "member_state", nullable = false, updatable = false)
    private MemberState memberState;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_code")
    private PledgingEvent event;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "capability_type", nullable = false)
    private CapabilityType capabilityType;

    /*
     * The three foreign keys again as plain values, read-only (the relationships above write the columns): the list
     * filters, sorts and shows them without joining or loading the state, type and event rows.
     */
    @Column(name = "member_state", insertable = false, updatable = false)
    private String memberStateCode;

    @Column(name = "event_code", insertable = false, updatable = false)
    private String eventCode;

    @Column(name = "capability_type", insertable = false, updatable = false)
    private String capabilityTypeCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false)
    private Category category;

    @Column(name = "title", nullable = false, length = PledgeDetails.TITLE_MAX)
    private String title;

    @Column(name = "description", length = PledgeDetails.TEXT_MAX)
    private String description;

    @Column(name = "units", nullable = false)
    private int units;

    @Column(name = "personnel", nullable = false)
    private int personnel;

    @Column(name = "women", nullable = false)
    private int women;

    @Enumerated(EnumType.STRING)
    @Column(name = "readiness_level", nullable = false)
    private ReadinessLevel readinessLevel = ReadinessLevel.NONE;

    @Column(name = "available_from")
    private LocalDate availableFrom;

    @Column(name = "days_to_deploy")
    private Integer daysToDeploy;

    @Column(name = "duration_months")
    private Integer durationMonths;

    @Enumerated(EnumType.STRING)
    @Column(name = "self_sustainment")
    private SelfSustainment selfSustainment;

    @Column(name = "caveats", length = PledgeDetails.TEXT_MAX)
    private String caveats;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "pledge_mission", joinColumns = @JoinColumn(name = "pledge_id"))
    @Column(name = "mission_code", nullable = false)
    @OrderBy
    private Set<String> preferredMissions = new TreeSet<>();

    @OneToMany(mappedBy = "pledge", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("position")
    private List<PledgeLine> lines = new ArrayList<>();

    /** The partner states of a joint pledge (SPEC §9), in code order; the pledge's own state is the lead. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "pledge_partner", joinColumns = @JoinColumn(name = "pledge_id"))
    @OrderBy("memberState")
    private List<PledgePartner> partners = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private PledgeStatus status;

    @Column(name = "synthetic", nullable = false, updatable = false)
    private boolean synthetic;

    /** Whether the state consented to this pledge counting in the public figures (SPEC §10); off by default. */
    @Column(name = "publication_consent", nullable = false)
    private boolean publicationConsent;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "renewal_due")
    private LocalDate renewalDue;

    @Column(name = "reviewer")
    private String reviewer;

    @Column(name = "renewal_reminded_for")
    private LocalDate renewalRemindedFor;

    /* The deployment (SPEC §10), on the pledge's own row so that fulfilment is one grouped query. */
    @Column(name = "deployment_mission", length = 20)
    private String deploymentMission;

    @Column(name = "deployed_on")
    private LocalDate deployedOn;

    @Column(name = "deployed_personnel")
    private Integer deployedPersonnel;

    @Column(name = "deployed_women")
    private Integer deployedWomen;

    @Column(name = "deployed_by", length = 60)
    private String deployedBy;

    @Column(name = "repatriated_on")
    private LocalDate repatriatedOn;

    @Column(name = "repatriation_comment", length = PledgeDetails.TEXT_MAX)
    private String repatriationComment;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Pledge() {
        // for JPA
    }

    /** A new draft, as a focal point of {@code memberState} creates it. */
    public Pledge(String reference, MemberState memberState, PledgeDetails details, boolean synthetic, String actor,
                  Instant now) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.memberState = Objects.requireNonNull(memberState, "memberState");
        this.memberStateCode = memberState.iso3();
        this.status = PledgeLifecycle.target(null, PledgeAction.CREATE);
        this.synthetic = synthetic;
        this.createdAt = now;
        this.createdBy = actor;
        apply(details);
        touch(actor, now);
    }

    /**
     * Replaces what the focal point stated, in the states where that is allowed.
     *
     * @return the names of the fields that changed, for the history
     */
    public List<String> revise(PledgeDetails details, String actor, Instant now) {
        PledgeLifecycle.target(status, PledgeAction.EDIT);
        PledgeDetails before = details();
        apply(details);
        touch(actor, now);
        return changedFields(before, details);
    }

    public void submit(String actor, Instant now) {
        move(PledgeAction.SUBMIT, actor, now);
        this.submittedAt = now;
    }

    public void startReview(String reviewer, Instant now) {
        move(PledgeAction.START_REVIEW, reviewer, now);
        this.reviewer = reviewer;
    }

    public void returnForRevision(String reviewer, Instant now) {
        move(PledgeAction.RETURN, reviewer, now);
    }

    /** Approves the pledge: it counts as registered (at least level 1) and is due for renewal in a year. */
    public void approve(String reviewer, Instant now) {
        move(PledgeAction.APPROVE, reviewer, now);
        this.approvedAt = now;
        if (!readinessLevel.atLeast(ReadinessLevel.LEVEL_1)) {
            this.readinessLevel = ReadinessLevel.LEVEL_1;
        }
        this.renewalDue = today(now).plusMonths(MONTHS_TO_RENEWAL_AFTER_APPROVAL);
    }

    public void reject(String reviewer, Instant now) {
        move(PledgeAction.REJECT, reviewer, now);
    }

    /** Takes an approved pledge back into review (unapproves it) so that it can be changed or decided again. */
    public void reopen(String reviewer, Instant now) {
        move(PledgeAction.REOPEN, reviewer, now);
        this.reviewer = reviewer;
        this.approvedAt = null;
        this.renewalDue = null;
    }

    /** Confirms an approved pledge still stands (due again in six months), or sends a lapsed one back to review. */
    public void renew(String actor, Instant now) {
        PledgeStatus from = status;
        move(PledgeAction.RENEW, actor, now);
        if (from == PledgeStatus.APPROVED) {
            this.renewalDue = today(now).plusMonths(MONTHS_TO_RENEWAL_AFTER_RENEWAL);
        } else {
            this.submittedAt = now;
            this.approvedAt = null;
            this.renewalDue = null;
        }
    }

    public void withdraw(String actor, Instant now) {
        move(PledgeAction.WITHDRAW, actor, now);
        this.renewalDue = null;
    }

    /**
     * Records that the approved pledge's unit deployed: it no longer needs renewal (nor lapses), and keeps its
     * approval date for the days from approval to deployment.
     */
    public void deploy(Deployment deployment, String reviewer, Instant now) {
        Objects.requireNonNull(deployment, "deployment");
        if (deployment.repatriated()) {
            throw new IllegalArgumentException("A unit deploys before it comes home");
        }
        move(PledgeAction.DEPLOY, reviewer, now);
        this.deploymentMission = deployment.mission();
        this.deployedOn = deployment.deployedOn();
        this.deployedPersonnel = deployment.personnel();
        this.deployedWomen = deployment.women();
        this.deployedBy = deployment.deployedBy();
        this.renewalDue = null;
    }

    /** Records that the deployed unit came home on {@code on}; the reviewer says how it went. */
    public void repatriate(LocalDate on, String comment, String reviewer, Instant now) {
        PledgeLifecycle.target(status, PledgeAction.REPATRIATE);
        Deployment home = deployment().repatriated(on, comment);
        move(PledgeAction.REPATRIATE, reviewer, now);
        this.repatriatedOn = home.repatriatedOn();
        this.repatriationComment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    /** The deployment, or null for a pledge whose unit never deployed. */
    public Deployment deployment() {
        return deployedOn == null ? null : new Deployment(deploymentMission, deployedOn, deployedPersonnel,
                deployedWomen, deployedBy, repatriatedOn, repatriationComment);
    }

    /** The scheduled job's verb: an approved pledge whose renewal is overdue lapses. */
    public void lapse(Instant now) {
        PledgeLifecycle.target(status, PledgeAction.LAPSE);
        if (renewalDue == null || !renewalDue.isBefore(today(now))) {
            throw new IllegalStateException(reference + " is not overdue for renewal");
        }
        move(PledgeAction.LAPSE, "system", now);
    }

    /** Sets the readiness level an assessment established; only on an approved pledge, never below level 1. */
    public void assessReadiness(ReadinessLevel level, String reviewer, Instant now) {
        if (level == null || !level.atLeast(ReadinessLevel.LEVEL_1)) {
            throw new IllegalArgumentException("An approved pledge is at least at readiness level 1");
        }
        move(PledgeAction.ASSESS, reviewer, now);
        this.readinessLevel = level;
    }

    /**
     * Notes that the focal points were reminded of the current renewal date.
     *
     * @return false when they already were, or nothing is due
     */
    public boolean markReminded() {
        if (status != PledgeStatus.APPROVED || renewalDue == null || renewalDue.equals(renewalRemindedFor)) {
            return false;
        }
        renewalRemindedFor = renewalDue;
        return true;
    }

    /**
     * Gives or withdraws the state's consent to this pledge counting in the public figures. Not part of what the
     * Secretariat reviews (it says nothing of the capability), so it may change in any status but rejected and
     * withdrawn, approved pledges included, without a reopen. A repatriated pledge is closed to everything else but
     * still counts in the published figures of its ministerial, so its state may still decide on them.
     *
     * @return false when the pledge already said so (nothing changed)
     */
    public boolean consentToPublication(boolean consent, String actor, Instant now) {
        if (status.terminal() && status != PledgeStatus.REPATRIATED) {
            throw new LifecycleViolation(LifecycleViolation.Reason.STATE_FORBIDS, status, PledgeAction.EDIT,
                    "A " + status.name().toLowerCase(java.util.Locale.ROOT)
                            + " pledge is closed: its consent to publication no longer changes.");
        }
        if (publicationConsent == consent) {
            return false;
        }
        publicationConsent = consent;
        touch(actor, now);
        return true;
    }

    public boolean publicationConsent() {
        return publicationConsent;
    }

    public boolean editable() {
        return PledgeLifecycle.editable(status);
    }

    private void move(PledgeAction action, String actor, Instant now) {
        this.status = PledgeLifecycle.target(status, action);
        touch(actor, now);
    }

    private void touch(String actor, Instant now) {
        this.updatedBy = Objects.requireNonNull(actor, "actor");
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    private void apply(PledgeDetails details) {
        this.event = details.event();
        this.eventCode = event == null ? null : event.code();
        this.capabilityType = details.capabilityType();
        this.capabilityTypeCode = capabilityType.code();
        this.category = details.capabilityType().category();
        this.title = details.title();
        this.description = details.description();
        this.units = details.units();
        this.personnel = details.personnel().total();
        this.women = details.personnel().women();
        this.availableFrom = details.availableFrom();
        this.daysToDeploy = details.daysToDeploy();
        this.durationMonths = details.durationMonths();
        this.selfSustainment = details.selfSustainment();
        this.caveats = details.caveats();
        this.preferredMissions.clear();
        this.preferredMissions.addAll(details.preferredMissions());
        reviseLines(details.lines());
        List<PledgePartner> chosen = details.partners().stream().map(PledgePartner::new).toList();
        if (!chosen.equals(this.partners)) {
            this.partners.clear();
            this.partners.addAll(chosen);
        }
    }

    /**
     * Gives the pledge these lines, keeping the stored line at each position and changing it in place: replacing them
     * all would have the database insert the new line 1 before deleting the old line 1 (EclipseLink writes inserts
     * before deletes), which the unique (pledge, kind, position) key refuses. Lines past the new count go; new ones
     * are added after the kept ones.
     */
    private void reviseLines(List<LineItem> items) {
        int kept = Math.min(lines.size(), items.size());
        for (int i = 0; i < kept; i++) {
            lines.get(i).revise(i + 1, items.get(i));
        }
        while (lines.size() > items.size()) {
            lines.remove(lines.size() - 1);
        }
        for (int i = kept; i < items.size(); i++) {
            lines.add(new PledgeLine(this, i + 1, items.get(i)));
        }
    }

    /** What the focal point stated, as a value. */
    public PledgeDetails details() {
        return new PledgeDetails(event, capabilityType, title, description, units, new Personnel(personnel, women),
                availableFrom, daysToDeploy, durationMonths, selfSustainment, caveats,
                new TreeSet<>(preferredMissions), lineItems(), partners());
    }

    static List<String> changedFields(PledgeDetails before, PledgeDetails after) {
        List<String> changed = new ArrayList<>();
        compare(changed, "event", before.event(), after.event());
        compare(changed, "capabilityType", before.capabilityType(), after.capabilityType());
        compare(changed, "title", before.title(), after.title());
        compare(changed, "description", before.description(), after.description());
        compare(changed, "units", before.units(), after.units());
        compare(changed, "personnel", before.personnel().total(), after.personnel().total());
        compare(changed, "women", before.personnel().women(), after.personnel().women());
        compare(changed, "availableFrom", before.availableFrom(), after.availableFrom());
        compare(changed, "daysToDeploy", before.daysToDeploy(), after.daysToDeploy());
        compare(changed, "durationMonths", before.durationMonths(), after.durationMonths());
        compare(changed, "selfSustainment", before.selfSustainment(), after.selfSustainment());
        compare(changed, "caveats", before.caveats(), after.caveats());
        compare(changed, "preferredMissions", before.preferredMissions(), after.preferredMissions());
        compare(changed, "lines", before.lines(), after.lines());
        compare(changed, "partners", before.partners(), after.partners());
        return changed;
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    private static LocalDate today(Instant now) {
        return now.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public MemberState memberState() {
        return memberState;
    }

    /** The state's ISO 3166 alpha-3 code, without loading the state. */
    public String memberStateCode() {
        return memberStateCode;
    }

    /** The event's code (null without one), without loading the event. */
    public String eventCode() {
        return eventCode;
    }

    /** The capability type's code, without loading the type. */
    public String capabilityTypeCode() {
        return capabilityTypeCode;
    }

    /** The detail lines in their order. */
    public List<LineItem> lineItems() {
        return lines.stream().map(PledgeLine::item).toList();
    }

    /** The partner states of a joint pledge, in code order (none for a pledge of one state). */
    public List<Partner> partners() {
        return partners.stream().map(PledgePartner::partner).toList();
    }

    /** Whether this state is one of the pledge's partners (not its lead state). */
    public boolean partnerOf(String state) {
        return partners.stream().anyMatch(partner -> partner.memberState().equals(state));
    }

    public PledgingEvent event() {
        return event;
    }

    public CapabilityType capabilityType() {
        return capabilityType;
    }

    public Category category() {
        return category;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public int units() {
        return units;
    }

    public Personnel personnel() {
        return new Personnel(personnel, women);
    }

    public ReadinessLevel readinessLevel() {
        return readinessLevel;
    }

    public LocalDate availableFrom() {
        return availableFrom;
    }

    public Integer daysToDeploy() {
        return daysToDeploy;
    }

    public Integer durationMonths() {
        return durationMonths;
    }

    public SelfSustainment selfSustainment() {
        return selfSustainment;
    }

    public String caveats() {
        return caveats;
    }

    public SortedSet<String> preferredMissions() {
        return new TreeSet<>(preferredMissions);
    }

    public PledgeStatus status() {
        return status;
    }

    public boolean synthetic() {
        return synthetic;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public LocalDate renewalDue() {
        return renewalDue;
    }

    public String reviewer() {
        return reviewer;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Pledge pledge && Objects.equals(reference, pledge.reference);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(reference);
    }

    @Override
    public String toString() {
        return reference + " (" + status + ")";
    }
}
