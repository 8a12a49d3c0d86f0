package org.peacekeeping.pledges.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.peacekeeping.pledges.pledge.ReadinessLevel;

/** A readiness assessment a reviewer recorded on an approved pledge, with the level before and after it. */
@Entity
@Table(name = "assessment")
@NamedQuery(name = Assessment.OF_PLEDGE,
        query = "SELECT a FROM Assessment a WHERE a.pledgeId = :pledgeId ORDER BY a.assessedOn, a.id")
@NamedQuery(name = Assessment.PENDING,
        query = "SELECT a, p.reference, p.memberStateCode, p.title, p.readinessLevel FROM Assessment a, Pledge p "
                + "WHERE p.id = a.pledgeId AND a.state = org.peacekeeping.pledges.review.AssessmentState.PENDING "
                + "AND p.status = org.peacekeeping.pledges.pledge.PledgeStatus.APPROVED ORDER BY a.recordedAt, a.id")
public class Assessment {

    public static final String OF_PLEDGE = "Assessment.ofPledge";
    public static final String PENDING = "Assessment.pending";

    @Id
    @SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
    private Long id;

    @Column(name = "pledge_id", nullable = false, updatable = false)
    private Long pledgeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "assessment_type", nullable = false, updatable = false)
    private AssessmentType type;

    @Column(name = "assessed_on", nullable = false, updatable = false)
    private LocalDate assessedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, updatable = false)
    private AssessmentOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "readiness_from", nullable = false, updatable = false)
    private ReadinessLevel readinessFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "readiness_to", nullable = false, updatable = false)
    private ReadinessLevel readinessTo;

    @Column(name = "notes", length = 4000, updatable = false)
    private String notes;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_state", nullable = false)
    private AssessmentState state = AssessmentState.RECORDED;

    @Column(name = "confirmed_by")
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected Assessment() {
        // for JPA
    }

    public Assessment(long pledgeId, AssessmentType type, LocalDate assessedOn, AssessmentOutcome outcome,
                      ReadinessLevel readinessFrom, ReadinessLevel readinessTo, String notes, String recordedBy,
                      Instant recordedAt) {
        this.pledgeId = pledgeId;
        this.type = Objects.requireNonNull(type, "type");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.readinessFrom = Objects.requireNonNull(readinessFrom, "readinessFrom");
        this.readinessTo = Objects.requireNonNull(readinessTo, "readinessTo");
        if (assessedOn == null || assessedOn.isAfter(recordedAt.atOffset(java.time.ZoneOffset.UTC).toLocalDate())) {
            throw new IllegalArgumentException("An assessment has a date, not in the future");
        }
        if (notes != null && notes.length() > 4000) {
            throw new IllegalArgumentException("Assessment notes may have at most 4000 characters");
        }
        this.assessedOn = assessedOn;
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = recordedAt;
    }

    /**
     * Whether this assessment raises the pledge to Rapid Deployment and so waits for a second reviewer (SPEC §10): a
     * successful (or partly successful) one whose level goes to RAPID_DEPLOYMENT from below.
     */
    public static boolean needsSecondReviewer(ReadinessLevel from, ReadinessLevel to, AssessmentOutcome outcome) {
        return to == ReadinessLevel.RAPID_DEPLOYMENT && from != ReadinessLevel.RAPID_DEPLOYMENT
                && outcome != AssessmentOutcome.UNSUCCESSFUL;
    }

    /** Holds the assessment until a second reviewer confirms it. */
    public void awaitConfirmation() {
        if (state != AssessmentState.RECORDED || !needsSecondReviewer(readinessFrom, readinessTo, outcome)) {
            throw new IllegalStateException("Only a new assessment raising to Rapid Deployment waits for a second "
                    + "reviewer");
        }
        state = AssessmentState.PENDING;
    }

    /**
     * A second reviewer confirms the pending assessment.
     *
     * @throws IllegalStateException when it is not pending
     * @throws IllegalArgumentException when the reviewer is the one who recorded it (four eyes)
     */
    public void confirm(String reviewer, Instant now) {
        if (state != AssessmentState.PENDING) {
            throw new IllegalStateException("The assessment does not wait for a confirmation");
        }
        if (recordedBy.equals(reviewer)) {
            throw new IllegalArgumentException("The reviewer who proposed an assessment cannot confirm it");
        }
        state = AssessmentState.CONFIRMED;
        confirmedBy = reviewer;
        confirmedAt = Objects.requireNonNull(now, "now");
    }

    public AssessmentState state() {
        return state;
    }

    public String confirmedBy() {
        return confirmedBy;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public Long id() {
        return id;
    }

    public Long pledgeId() {
        return pledgeId;
    }

    public AssessmentType type() {
        return type;
    }

    public LocalDate assessedOn() {
        return assessedOn;
    }

    public AssessmentOutcome outcome() {
        return outcome;
    }

    public ReadinessLevel readinessFrom() {
        return readinessFrom;
    }

    public ReadinessLevel readinessTo() {
        return readinessTo;
    }

    public String notes() {
        return notes;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
