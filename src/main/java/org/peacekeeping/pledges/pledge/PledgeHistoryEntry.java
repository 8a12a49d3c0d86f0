package org.peacekeeping.pledges.pledge;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * One line of a pledge's append-only audit: who did what, when, from which status to which, with the comment and
 * the fields that changed. Written in the same transaction as the change it records; never updated.
 */
@Entity
@Table(name = "pledge_history")
@NamedQuery(name = PledgeHistoryEntry.OF_PLEDGE,
        query = "SELECT h FROM PledgeHistoryEntry h WHERE h.pledgeId = :pledgeId ORDER BY h.occurredAt, h.id")
public class PledgeHistoryEntry {

    public static final String OF_PLEDGE = "PledgeHistoryEntry.ofPledge";

    @Id
    @SequenceGenerator(name = "pledge_history_seq", sequenceName = "pledge_history_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pledge_history_seq")
    private Long id;

    @Column(name = "pledge_id", updatable = false)
    private Long pledgeId;

    @Column(name = "pledge_ref", nullable = false, updatable = false)
    private String pledgeReference;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false)
    private PledgeAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private PledgeStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", updatable = false)
    private PledgeStatus toStatus;

    @Column(name = "comment_text", updatable = false, length = 4000)
    private String comment;

    @Column(name = "changed_fields", updatable = false, length = 4000)
    private String changedFields;

    /** The changed fields with their values before and after (none for entries older than V15). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pledge_history_change", joinColumns = @JoinColumn(name = "history_id"))
    @OrderBy("position")
    private List<HistoryChange> changes = new ArrayList<>();

    protected PledgeHistoryEntry() {
        // for JPA
    }

    /** Records an action on a pledge that has its id already (flush first after creating one). */
    public static PledgeHistoryEntry of(Pledge pledge, String actor, PledgeAction action, PledgeStatus from,
                                        PledgeStatus to, String comment, Collection<String> changedFields,
                                        Instant at) {
        PledgeHistoryEntry entry = new PledgeHistoryEntry();
        entry.pledgeId = pledge.id();
        entry.pledgeReference = pledge.reference();
        entry.actor = actor;
        entry.action = action;
        entry.fromStatus = from;
        entry.toStatus = to;
        entry.comment = comment == null || comment.isBlank() ? null : comment.strip();
        entry.changedFields = changedFields == null || changedFields.isEmpty() ? null : String.join(",", changedFields);
        entry.occurredAt = at;
        return entry;
    }

    /** Records an action with the fields it changed, each with its value before and after. */
    public static PledgeHistoryEntry changing(Pledge pledge, String actor, PledgeAction action, PledgeStatus from,
                                              PledgeStatus to, String comment, List<FieldChange> changes,
                                              Instant at) {
        PledgeHistoryEntry entry = of(pledge, actor, action, from, to, comment,
                changes.stream().map(FieldChange::field).toList(), at);
        entry.setChanges(changes);
        return entry;
    }

    private void setChanges(List<FieldChange> values) {
        changes.clear();
        for (int i = 0; i < values.size(); i++) {
            changes.add(new HistoryChange(i + 1, values.get(i)));
        }
    }

    /** The same entry for a pledge that is being deleted: it keeps the reference, not the row it pointed to. */
    PledgeHistoryEntry detached() {
        PledgeHistoryEntry entry = new PledgeHistoryEntry();
        entry.pledgeReference = pledgeReference;
        entry.actor = actor;
        entry.action = action;
        entry.fromStatus = fromStatus;
        entry.toStatus = toStatus;
        entry.comment = comment;
        entry.changedFields = changedFields;
        entry.setChanges(changes());
        entry.occurredAt = occurredAt;
        return entry;
    }

    public Long id() {
        return id;
    }

    public Long pledgeId() {
        return pledgeId;
    }

    public String pledgeReference() {
        return pledgeReference;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public PledgeAction action() {
        return action;
    }

    public PledgeStatus fromStatus() {
        return fromStatus;
    }

    public PledgeStatus toStatus() {
        return toStatus;
    }

    public String comment() {
        return comment;
    }

    /** The changed fields with their values before and after, in the order they were recorded. */
    public List<FieldChange> changes() {
        return changes.stream().sorted(Comparator.comparingInt(HistoryChange::position)).map(HistoryChange::change)
                .toList();
    }

    public List<String> changedFields() {
        return changedFields == null ? List.of() : Arrays.asList(changedFields.split(","));
    }
}
