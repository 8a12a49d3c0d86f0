package org.peacekeeping.pledges.dossier.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.peacekeeping.pledges.dossier.CheckedFile;
import org.peacekeeping.pledges.dossier.DocumentChecks;
import org.peacekeeping.pledges.dossier.DocumentRefusedException;
import org.peacekeeping.pledges.dossier.DocumentType;
import org.peacekeeping.pledges.dossier.DocumentView;
import org.peacekeeping.pledges.dossier.DossierService;
import org.peacekeeping.pledges.dossier.LevelOneRule;
import org.peacekeeping.pledges.dossier.ScannerUnavailableException;
import org.peacekeeping.pledges.platform.ConflictException;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.platform.ForbiddenException;
import org.peacekeeping.pledges.platform.NotFoundException;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.pledge.PledgeService;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.pledge.PledgeView;
import org.peacekeeping.pledges.web.Texts;

/**
 * The dossier panel of the pledge pages (focal point's and reviewer's): the documents with their versions, the
 * level 1 checklist, and the upload form (a plain multipart form, no script). Downloads are links to the API's
 * content address, which the web session authenticates.
 */
@Named("dossierPanel")
@ViewScoped
public class DossierBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DossierService dossier;

    @Inject
    private PledgeService pledges;

    @Inject
    private DocumentChecks checks;

    @Inject
    private CurrentActor currentUser;

    private Long pledgeId;
    private transient List<DocumentView> documents;
    private DocumentType type;
    private transient Part file;

    /** The documents of this pledge (read once per view, again after an upload). */
    public List<DocumentView> documents(Long id) {
        if (id == null) {
            return List.of();
        }
        if (documents == null || !id.equals(pledgeId)) {
            pledgeId = id;
            try {
                documents = dossier.list(currentUser.actor(), id);
            } catch (NotFoundException e) {
                documents = List.of();
            }
        }
        return documents;
    }

    /** The checklist: each document the level 1 rule asks of this pledge, and whether it is there. */
    public record Needed(DocumentType type, boolean attached) implements Serializable {
    }

    public List<Needed> checklist(Long id) {
        if (id == null) {
            return List.of();
        }
        PledgeView pledge = pledges.get(currentUser.actor(), id);
        List<DocumentType> present = documents(id).stream().map(DocumentView::type).toList();
        return LevelOneRule.required(pledge.category()).stream().map(t -> new Needed(t, present.contains(t)))
                .toList();
    }

    /** The types this user uploads to this pledge (none when the pledge takes no more). */
    public List<DocumentType> uploadTypes(Long id) {
        if (id == null) {
            return List.of();
        }
        Role role = currentUser.actor().role();
        PledgeView pledge = pledges.get(currentUser.actor(), id);
        if (role == Role.FOCAL_POINT && (pledge.status() == PledgeStatus.WITHDRAWN
                || pledge.status() == PledgeStatus.REJECTED)) {
            return List.of();
        }
        return Arrays.stream(DocumentType.values()).filter(t -> t.uploadedBy(role)).toList();
    }

    public boolean scanning() {
        return checks.scanning();
    }

    public void upload(Long id) {
        if (id == null) {
            return;
        }
        if (type == null) {
            Texts.error("dossierForm:documentType", Texts.get("dossier.typeRequired"));
            return;
        }
        if (file == null || file.getSize() == 0) {
            Texts.error("dossierForm:documentFile", Texts.get("dossier.fileRequired"));
            return;
        }
        try {
            dossier.requireUpload(currentUser.actor(), id, type);
            byte[] content;
            try (InputStream in = file.getInputStream()) {
                content = DocumentChecks.read(in);
            }
            CheckedFile checked = checks.check(file.getSubmittedFileName(), content);
            DocumentView stored = dossier.store(currentUser.actor(), id, type, checked);
            Texts.info(Texts.get("dossier.stored", Texts.get("document." + type.name()), stored.latestVersion()));
            type = null;
        } catch (DocumentRefusedException | ForbiddenException | ConflictException e) {
            Texts.error("dossierForm:documentFile", e.getMessage());
        } catch (ScannerUnavailableException e) {
            Texts.error("dossierForm:documentFile", Texts.get("dossier.scannerAway"));
        } catch (IOException e) {
            Texts.error("dossierForm:documentFile", Texts.get("dossier.scannerAway"));
        } finally {
            file = null;
            documents = null;
        }
    }

    public DocumentType[] getTypes() {
        return DocumentType.values();
    }

    public DocumentType getType() {
        return type;
    }

    public void setType(DocumentType type) {
        this.type = type;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
