package org.peacekeeping.pledges.dossier;

import java.util.Locale;
import java.util.Optional;
import org.peacekeeping.pledges.platform.Role;

/** The dossier's document types (SPEC §9) and who uploads each. */
public enum DocumentType {
    NOTE_VERBALE(Uploader.FOCAL_POINT, "note verbale"),
    TABLE_OF_ORGANIZATION(Uploader.FOCAL_POINT, "table of organization"),
    MAJOR_EQUIPMENT_LIST(Uploader.FOCAL_POINT, "major equipment list"),
    SELF_SUSTAINMENT_LIST(Uploader.FOCAL_POINT, "self-sustainment list"),
    ASSESSMENT_REPORT(Uploader.REVIEWER, "assessment report"),
    MOU(Uploader.REVIEWER, "memorandum of understanding"),
    OTHER(Uploader.BOTH, "other document");

    enum Uploader { FOCAL_POINT, REVIEWER, BOTH }

    private final Uploader uploader;
    private final String label;

    DocumentType(Uploader uploader, String label) {
        this.uploader = uploader;
        this.label = label;
    }

    /** The English name in a sentence (API messages; pages take theirs from the bundles). */
    public String label() {
        return label;
    }

    /** Whether this role uploads documents of this type. */
    public boolean uploadedBy(Role role) {
        return switch (uploader) {
            case FOCAL_POINT -> role == Role.FOCAL_POINT;
            case REVIEWER -> role == Role.REVIEWER;
            case BOTH -> role == Role.FOCAL_POINT || role == Role.REVIEWER;
        };
    }

    public static Optional<DocumentType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
