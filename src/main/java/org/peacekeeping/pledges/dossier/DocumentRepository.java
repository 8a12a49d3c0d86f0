package org.peacekeeping.pledges.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The dossier's tables. Lists never read a file's content; {@link #content} reads one. */
@ApplicationScoped
public class DocumentRepository {

    private static final String VERSION_VIEW = "SELECT v.id, v.documentId, v.number, v.fileName, v.mediaType, "
            + "v.size, v.sha256, v.scanResult, v.uploadedBy, v.uploadedAt FROM DocumentVersion v ";

    @PersistenceContext
    private EntityManager em;

    public List<PledgeDocument> documents(long pledgeId) {
        return em.createQuery("SELECT d FROM PledgeDocument d WHERE d.pledgeId = :pledge ORDER BY d.type",
                PledgeDocument.class).setParameter("pledge", pledgeId).getResultList();
    }

    public Optional<PledgeDocument> document(long pledgeId, long documentId) {
        return Optional.ofNullable(em.find(PledgeDocument.class, documentId)).filter(d -> d.pledgeId() == pledgeId);
    }

    /** The document of this type, locked for writing its next version (two uploads at once take turns). */
    public Optional<PledgeDocument> ofTypeForUpdate(long pledgeId, DocumentType type) {
        return em.createQuery("SELECT d FROM PledgeDocument d WHERE d.pledgeId = :pledge AND d.type = :type",
                        PledgeDocument.class).setParameter("pledge", pledgeId).setParameter("type", type)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    /** Every version of these documents, newest first. */
    public List<VersionView> versions(List<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(VERSION_VIEW + "WHERE v.documentId IN :ids ORDER BY v.documentId, v.number DESC",
                Object[].class).setParameter("ids", documentIds).getResultStream().map(VersionView::of).toList();
    }

    /** The document types a pledge carries (for the level 1 rule). */
    public List<DocumentType> typesOf(long pledgeId) {
        return em.createQuery("SELECT d.type FROM PledgeDocument d WHERE d.pledgeId = :pledge", DocumentType.class)
                .setParameter("pledge", pledgeId).getResultList();
    }

    public byte[] content(long versionId) {
        return em.createQuery("SELECT v.content FROM DocumentVersion v WHERE v.id = :id", byte[].class)
                .setParameter("id", versionId).getSingleResult();
    }

    public PledgeDocument add(PledgeDocument document) {
        em.persist(document);
        em.flush();
        return document;
    }

    public DocumentVersion add(DocumentVersion version) {
        em.persist(version);
        return version;
    }

    public void remove(PledgeDocument document) {
        em.createQuery("DELETE FROM DocumentVersion v WHERE v.documentId = :id").setParameter("id", document.id())
                .executeUpdate();
        em.remove(document);
    }

    public void flush() {
        em.flush();
    }
}
