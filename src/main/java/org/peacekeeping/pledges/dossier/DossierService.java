package org.peacekeeping.pledges.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.peacekeeping.pledges.platform.Actor;
import org.peacekeeping.pledges.platform.ConflictException;
import org.peacekeeping.pledges.platform.ForbiddenException;
import org.peacekeeping.pledges.platform.NotFoundException;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.platform.RuleConflictException;
import org.peacekeeping.pledges.pledge.Pledge;
import org.peacekeeping.pledges.pledge.PledgeApproving;
import org.peacekeeping.pledges.pledge.PledgeService;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.pledge.PledgeView;

/**
 * The dossier's use cases (SPEC §9). Whoever may see the pledge ({@link PledgeService#get}: its scoping rules, so
 * another state's focal point and an analyst on a draft get 404) reads its documents; focal points of the pledge's
 * state upload their types while it is neither withdrawn nor rejected, reviewers theirs; only the uploader deletes a
 * document, and only while the pledge is a draft. Files arrive here already checked ({@link DocumentChecks}).
 */
@ApplicationScoped
@Transactional
public class DossierService {

    private static final Set<PledgeStatus> CLOSED = EnumSet.of(PledgeStatus.WITHDRAWN, PledgeStatus.REJECTED);

    @Inject
    private PledgeService pledges;

    @Inject
    private DocumentRepository documents;

    /** The pledge's documents with their versions, by type. */
    public List<DocumentView> list(Actor actor, long pledgeId) {
        PledgeView pledge = pledges.get(actor, pledgeId);
        return views(documents.documents(pledge.id()));
    }

    public DocumentView get(Actor actor, long pledgeId, long documentId) {
        PledgeView pledge = pledges.get(actor, pledgeId);
        return documents.document(pledge.id(), documentId).map(d -> views(List.of(d)).get(0))
                .orElseThrow(() -> noDocument(pledgeId, documentId));
    }

    /** One stored file: its metadata and content; {@code version} null for the latest. */
    public record Download(VersionView version, byte[] content) {
    }

    public Download content(Actor actor, long pledgeId, long documentId, Integer version) {
        DocumentView document = get(actor, pledgeId, documentId);
        VersionView chosen = document.versions().stream()
                .filter(v -> version == null || v.version() == version).findFirst()
                .orElseThrow(() -> new NotFoundException("Document " + documentId + " has no version " + version
                        + " (it has 1 to " + document.latestVersion() + ")."));
        return new Download(chosen, documents.content(chosen.id()));
    }

    /**
     * Refuses, before the file is even read and scanned, an upload this actor may not make: 404 for a pledge they
     * do not see, 403 for a type their role does not upload, 409 for a pledge closed to uploads.
     */
    public void requireUpload(Actor actor, long pledgeId, DocumentType type) {
        PledgeView pledge = pledges.get(actor, pledgeId);
        if (!type.uploadedBy(actor.role())) {
            throw new ForbiddenException(switch (actor.role()) {
                case FOCAL_POINT -> "Focal points upload the note verbale, the table of organization, the major "
                        + "equipment and self-sustainment lists and other documents; the " + type.label()
                        + " comes from the Secretariat.";
                case REVIEWER -> "Reviewers upload assessment reports, memoranda of understanding and other "
                        + "documents; the " + type.label() + " comes from the member state's focal points.";
                default -> "Only focal points and reviewers upload documents.";
            });
        }
        if (actor.is(Role.FOCAL_POINT) && !actor.focalPointOf(pledge.memberState())) {
            // Whoever else may read the pledge (a joint pledge's partners) reads its dossier but adds nothing to it.
            throw new ForbiddenException("Only the focal points of " + pledge.memberState() + ", whose pledge this "
                    + "is, add documents to it.");
        }
        if (actor.is(Role.FOCAL_POINT) && CLOSED.contains(pledge.status())) {
            throw new ConflictException("Pledge " + pledge.reference() + " is " + pledge.status()
                    + ": its dossier takes no more documents.", pledge.version(), pledge.status().name());
        }
    }

    /** Stores a checked file as the next version of the pledge's document of this type. */
    public DocumentView store(Actor actor, long pledgeId, DocumentType type, CheckedFile file) {
        requireUpload(actor, pledgeId, type);
        Instant now = Instant.now();
        PledgeDocument document = documents.ofTypeForUpdate(pledgeId, type).orElse(null);
        int number;
        if (document == null) {
            try {
                document = documents.add(new PledgeDocument(pledgeId, type, actor.username(), now));
            } catch (PersistenceException e) {
                throw new ConflictException("Someone uploaded a " + type.label() + " to this pledge at the same "
                        + "moment; nothing of yours was stored. Send it again to add it as the next version.", null,
                        null);
            }
            number = 1;
        } else {
            number = document.addVersion(now);
        }
        documents.add(new DocumentVersion(document.id(), number, file, actor.username(), now));
        documents.flush();
        return views(List.of(document)).get(0);
    }

    /**
     * Attaches a file the application made itself (the demo set's synthetic documents), as its uploader would, with
     * no role or status check: the caller's transaction, not a user's request.
     */
    public void attachGenerated(long pledgeId, DocumentType type, String fileName, byte[] content, String uploadedBy,
                                Instant at) {
        PledgeDocument document = documents.ofTypeForUpdate(pledgeId, type).orElse(null);
        int number = document == null ? 1 : document.addVersion(at);
        if (document == null) {
            document = documents.add(new PledgeDocument(pledgeId, type, uploadedBy, at));
        }
        CheckedFile file = new CheckedFile(SafeFileName.clean(fileName, "document.pdf"),
                DocumentKinds.detect(content), content, DocumentChecks.sha256(content), ScanResult.NOT_SCANNED);
        documents.add(new DocumentVersion(document.id(), number, file, uploadedBy, at));
    }

    /** Deletes a document with all its versions: its uploader, while the pledge is a draft. */
    public void delete(Actor actor, long pledgeId, long documentId) {
        PledgeView pledge = pledges.get(actor, pledgeId);
        PledgeDocument document = documents.document(pledge.id(), documentId)
                .orElseThrow(() -> noDocument(pledgeId, documentId));
        if (!document.createdBy().equals(actor.username()) || !actor.is(Role.FOCAL_POINT)
                && !actor.is(Role.REVIEWER)) {
            throw new ForbiddenException("Only " + document.createdBy() + ", who uploaded it, may delete this "
                    + document.type().label() + ".");
        }
        if (pledge.status() != PledgeStatus.DRAFT) {
            throw new ConflictException("Documents are deleted only while the pledge is a draft; pledge "
                    + pledge.reference() + " is " + pledge.status() + ". Upload a newer version instead.",
                    pledge.version(), pledge.status().name());
        }
        documents.remove(document);
    }

    /** What a pledge still needs attached to be approved (the reviewer's checklist). */
    public List<DocumentType> missingForApproval(Actor actor, long pledgeId) {
        PledgeView pledge = pledges.get(actor, pledgeId);
        return LevelOneRule.missing(pledge.category(), Set.copyOf(documents.typesOf(pledge.id())));
    }

    /** The level 1 rule, in the approving transaction: a formed unit without its three documents stays as it is. */
    void beforeApproval(@Observes PledgeApproving approving) {
        Pledge pledge = approving.pledge();
        List<DocumentType> missing = LevelOneRule.missing(pledge.category(),
                Set.copyOf(documents.typesOf(pledge.id())));
        if (!missing.isEmpty()) {
            throw new RuleConflictException("Pledge " + pledge.reference() + " is a formed unit: it can be approved "
                    + "(PCRS level 1) only with a note verbale, a table of organization and a major equipment list "
                    + "attached. Missing: " + missing.stream().map(DocumentType::label)
                    .collect(Collectors.joining(", ")) + " (" + missing.stream().map(DocumentType::name)
                    .collect(Collectors.joining(", ")) + "). Nothing changed; ask the focal points to upload "
                    + (missing.size() == 1 ? "it" : "them") + ".", pledge.version(), pledge.status().name());
        }
    }

    private List<DocumentView> views(List<PledgeDocument> found) {
        Map<Long, List<VersionView>> versions = documents.versions(found.stream().map(PledgeDocument::id).toList())
                .stream().collect(Collectors.groupingBy(VersionView::documentId));
        return found.stream().map(d -> new DocumentView(d.id(), d.pledgeId(), d.type(), d.latestVersion(),
                d.createdBy(), d.createdAt(), d.updatedAt(), versions.getOrDefault(d.id(), List.of()))).toList();
    }

    private static NotFoundException noDocument(long pledgeId, long documentId) {
        return new NotFoundException("Pledge " + pledgeId + " has no document " + documentId + ".");
    }
}
