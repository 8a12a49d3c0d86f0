package org.peacekeeping.pledges.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The key of an uploaded form row and the pledge it created, unique per member state: the memory that makes a second
 * upload of the same rows update or keep those pledges instead of duplicating them. Written once, never changed; it
 * goes when its pledge is deleted.
 */
@Entity
@Table(name = "pledge_form_row")
@NamedQuery(name = FormRowKey.OF_STATE,
        query = "SELECT k.rowKey, p.id, p.status, p.version, p.reference FROM FormRowKey k, Pledge p "
                + "WHERE p.id = k.pledgeId AND k.memberState = :memberState AND k.rowKey IN :keys")
public class FormRowKey {

    static final String OF_STATE = "FormRowKey.ofState";

    @Id
    @SequenceGenerator(name = "pledge_form_row_seq", sequenceName = "pledge_form_row_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pledge_form_row_seq")
    private Long id;

    @Column(name = "member_state", nullable = false, updatable = false, length = 3)
    private String memberState;

    @Column(name = "row_key", nullable = false, updatable = false, length = 40)
    private String rowKey;

    @Column(name = "pledge_id", nullable = false, updatable = false)
    private long pledgeId;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 60)
    private String uploadedBy;

    protected FormRowKey() {
        // for JPA
    }

    FormRowKey(String memberState, String rowKey, long pledgeId, String uploadedBy, Instant uploadedAt) {
        this.memberState = Objects.requireNonNull(memberState, "memberState");
        this.rowKey = Objects.requireNonNull(rowKey, "rowKey");
        this.pledgeId = pledgeId;
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
    }

    String rowKey() {
        return rowKey;
    }

    long pledgeId() {
        return pledgeId;
    }
}
