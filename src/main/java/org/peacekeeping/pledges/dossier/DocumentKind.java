package org.peacekeeping.pledges.dossier;

/** The kinds of file a dossier keeps (SPEC §9), with the media type a download carries. */
public enum DocumentKind {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg");

    /** What a refusal tells the sender to send instead. */
    static final String ACCEPTED = "PDF, DOCX, XLSX, ODT, ODS, PNG or JPEG";

    private final String mediaType;
    private final String extension;

    DocumentKind(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static DocumentKind ofMediaType(String mediaType) {
        for (DocumentKind kind : values()) {
            if (kind.mediaType.equals(mediaType)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Not a dossier kind: " + mediaType);
    }
}
