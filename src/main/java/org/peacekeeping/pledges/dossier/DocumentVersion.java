package org.peacekeeping.pledges.dossier;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One stored file of a document: written once, never changed. Lists read it through {@link VersionView} projections
 * that leave the content out; the content is read on its own for a download ({@link DocumentRepository#content}).
 */
@Entity
@Table(name = "pledge_document_version")
public class DocumentVersion {

    @Id
    @SequenceGenerator(name = "pledge_document_version_seq", sequenceName = "pledge_document_version_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pledge_document_version_seq")
    private Long id;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(name = "sha256", nullable = false, updatable = false)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "scan_result", nullable = false, updatable = false)
    private ScanResult scanResult;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    protected DocumentVersion() {
    }

    DocumentVersion(long documentId, int number, CheckedFile file, String uploadedBy, Instant uploadedAt) {
        this.documentId = documentId;
        this.number = number;
        this.fileName = file.name();
        this.mediaType = file.kind().mediaType();
        this.size = file.content().length;
        this.sha256 = file.sha256();
        this.scanResult = file.scan();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.content = file.content();
    }

    public Long id() {
        return id;
    }

    public int number() {
        return number;
    }
}
