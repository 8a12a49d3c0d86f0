package org.peacekeeping.pledges.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One document of a pledge's dossier: its type, and how many versions it has ({@link DocumentVersion} holds each
 * file). The version column makes two uploads of the same type at once take turns: one becomes version n, the other
 * is told to try again.
 */
@Entity
@Table(name = "pledge_document")
public class PledgeDocument {

    @Id
    @SequenceGenerator(name = "pledge_document_seq", sequenceName = "pledge_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pledge_document_seq")
    private Long id;

    @Column(name = "pledge_id", nullable = false, updatable = false)
    private long pledgeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false, updatable = false)
    private DocumentType type;

    @Column(name = "latest_version", nullable = false)
    private int latestVersion;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PledgeDocument() {
    }

    /** A new document, with its first version about to be stored. */
    PledgeDocument(long pledgeId, DocumentType type, String createdBy, Instant now) {
        this.pledgeId = pledgeId;
        this.type = type;
        this.latestVersion = 1;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The number the next file of this type gets. */
    int addVersion(Instant now) {
        latestVersion++;
        updatedAt = now;
        return latestVersion;
    }

    public Long id() {
        return id;
    }

    public long pledgeId() {
        return pledgeId;
    }

    public DocumentType type() {
        return type;
    }

    public int latestVersion() {
        return latestVersion;
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
}
