package org.peacekeeping.pledges.requirement;

import jakarta.persistence.Column;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.peacekeeping.pledges.reference.CapabilityType;
import org.peacekeeping.pledges.reference.Mission;
import org.peacekeeping.pledges.reference.PledgingEvent;

/**
 * A capability the Secretariat needs: so many units of a type, at a priority, for an event or period, optionally
 * for one mission. Changed only by a reviewer, through {@link #change}; the version column catches concurrent edits.
 */
@Entity
@Table(name = "capability_requirement")
@NamedQuery(name = CapabilityRequirement.ALL,
        query = "SELECT r FROM CapabilityRequirement r JOIN FETCH r.capabilityType c LEFT JOIN FETCH r.event "
                + "LEFT JOIN FETCH r.mission ORDER BY c.sortOrder, c.code, r.priority, r.id")
@NamedQuery(name = CapabilityRequirement.BY_EVENT,
        query = "SELECT r FROM CapabilityRequirement r JOIN FETCH r.capabilityType c JOIN FETCH r.event e "
                + "LEFT JOIN FETCH r.mission WHERE e.code = :event ORDER BY c.sortOrder, c.code, r.priority, r.id")
@NamedQuery(name = CapabilityRequirement.COUNT_ALL, query = "SELECT COUNT(r) FROM CapabilityRequirement r")
public class CapabilityRequirement {

    public static final String ALL = "CapabilityRequirement.all";
    public static final String BY_EVENT = "CapabilityRequirement.byEvent";
    public static final String COUNT_ALL = "CapabilityRequirement.countAll";

    /** No requirement asks for more units than this; a larger figure is a typing error. */
    public static final int MAX_QUANTITY = 10_000;
    public static final int NOTES_MAX = 4000;

    @Id
    @SequenceGenerator(name = "capability_requirement_seq", sequenceName = "capability_requirement_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "capability_requirement_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "capability_type", nullable = false)
    private CapabilityType capabilityType;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false)
    private Priority priority;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_code")
    private PledgingEvent event;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "mission_code")
    private Mission mission;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    @Column(name = "notes", length = NOTES_MAX)
    private String notes;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CapabilityRequirement() {
        // for JPA
    }

    public CapabilityRequirement(CapabilityType capabilityType, int quantity, Priority priority, PledgingEvent event,
                                 Mission mission, LocalDate periodFrom, LocalDate periodTo, String notes,
                                 String createdBy, Instant now) {
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(now, "now");
        change(capabilityType, quantity, priority, event, mission, periodFrom, periodTo, notes, now);
    }

    /** Replaces everything the reviewer states about the requirement. */
    public final void change(CapabilityType capabilityType, int quantity, Priority priority, PledgingEvent event,
                             Mission mission, LocalDate periodFrom, LocalDate periodTo, String notes, Instant now) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("A requirement is for 1 to " + MAX_QUANTITY + " units");
        }
        if (periodFrom != null && periodTo != null && periodTo.isBefore(periodFrom)) {
            throw new IllegalArgumentException("A requirement's period cannot end before it starts");
        }
        String strippedNotes = notes == null || notes.isBlank() ? null : notes.strip();
        if (strippedNotes != null && strippedNotes.length() > NOTES_MAX) {
            throw new IllegalArgumentException("A requirement's notes have at most " + NOTES_MAX + " characters");
        }
        this.capabilityType = Objects.requireNonNull(capabilityType, "capabilityType");
        this.quantity = quantity;
        this.priority = Objects.requireNonNull(priority, "priority");
        this.event = event;
        this.mission = mission;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.notes = strippedNotes;
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    public Long id() {
        return id;
    }

    public CapabilityType capabilityType() {
        return capabilityType;
    }

    public int quantity() {
        return quantity;
    }

    public Priority priority() {
        return priority;
    }

    public PledgingEvent event() {
        return event;
    }

    public Mission mission() {
        return mission;
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public LocalDate periodTo() {
        return periodTo;
    }

    public String notes() {
        return notes;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CapabilityRequirement requirement && id != null && id.equals(requirement.id);
    }

    @Override
    public int hashCode() {
        return CapabilityRequirement.class.hashCode();
    }

    @Override
    public String toString() {
        return "CapabilityRequirement " + id + " (" + quantity + " x " + capabilityType + ")";
    }
}
