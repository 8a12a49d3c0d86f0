package org.peacekeeping.pledges.reference;

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

/**
 * One change of an event's closing date, kept for good (SPEC §12): who, when, from which date to which, and why. An
 * administrator's extension carries its reason; a date changed on the ordinary event form is recorded too, without.
 */
@Entity
@Table(name = "event_window_change")
@NamedQuery(name = WindowChange.OF_EVENT, query = "SELECT c FROM WindowChange c WHERE c.eventCode = :event "
        + "ORDER BY c.changedAt DESC, c.id DESC")
public class WindowChange {

    static final String OF_EVENT = "WindowChange.ofEvent";
    public static final int REASON_MAX = 1000;

    /** How the date changed. */
    public enum Kind {
        /** The window was extended, with a reason. */
        EXTENSION,
        /** The date was changed on the event's form. */
        EDIT
    }

    @Id
    @SequenceGenerator(name = "event_window_change_seq", sequenceName = "event_window_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_window_change_seq")
    private Long id;

    @Column(name = "event_code", nullable = false, updatable = false, length = 30)
    private String eventCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind", nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "old_closes", updatable = false)
    private LocalDate oldCloses;

    @Column(name = "new_closes", updatable = false)
    private LocalDate newCloses;

    @Column(name = "reason", updatable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "changed_by", nullable = false, updatable = false, length = 60)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected WindowChange() {
        // for JPA
    }

    public WindowChange(String eventCode, Kind kind, LocalDate oldCloses, LocalDate newCloses, String reason,
                        String changedBy, Instant changedAt) {
        this.eventCode = Objects.requireNonNull(eventCode, "eventCode");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.oldCloses = oldCloses;
        this.newCloses = newCloses;
        this.reason = reason;
        this.changedBy = Objects.requireNonNull(changedBy, "changedBy");
        this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
    }

    public Long id() {
        return id;
    }

    public String eventCode() {
        return eventCode;
    }

    public Kind kind() {
        return kind;
    }

    public LocalDate oldCloses() {
        return oldCloses;
    }

    public LocalDate newCloses() {
        return newCloses;
    }

    public String reason() {
        return reason;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
