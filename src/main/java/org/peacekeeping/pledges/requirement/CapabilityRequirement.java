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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.peacekeeping.pledges.reference.CapabilityType;
import org.peacekeeping.pledges.reference.Mission;
import org.peacekeeping.pledges.reference.PledgingEvent;

/** A capability the Secretariat needs: so many units of a type, at a priority, for an event or period. */
@Entity
@Table(name = "capability_requirement")
public class CapabilityRequirement {

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

    @Column(name = "notes", length = 4000)
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
        this.capabilityType = Objects.requireNonNull(capabilityType, "capabilityType");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = now;
        change(quantity, priority, event, mission, periodFrom, periodTo, notes, now);
    }

    public final void change(int quantity, Priority priority, PledgingEvent event, Mission mission,
                             LocalDate periodFrom, LocalDate periodTo, String notes, Instant now) {
        if (quantity < 1) {
            throw new IllegalArgumentException("A requirement is for at least one unit");
        }
        if (periodFrom != null && periodTo != null && periodTo.isBefore(periodFrom)) {
            throw new IllegalArgumentException("A requirement's period cannot end before it starts");
        }
        this.quantity = quantity;
        this.priority = Objects.requireNonNull(priority, "priority");
        this.event = event;
        this.mission = mission;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
        this.updatedAt = now;
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

    public long version() {
        return version;
    }
}
