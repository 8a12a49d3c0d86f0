package org.peacekeeping.pledges.dossier;

/**
 * A file the dossier does not keep, with the status the API answers and a message that says what to send instead:
 * 413 (too large), 415 (not an accepted kind: macro-enabled, encrypted, executable, other), 422 (the virus scanner
 * found something; the message names the signature), 400 (no file). Nothing was stored.
 */
public class DocumentRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public DocumentRefusedException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    static DocumentRefusedException tooLarge(long maxBytes) {
        return new DocumentRefusedException(413, "The file is larger than the " + (maxBytes / (1024 * 1024))
                + " MB a dossier document may have: send a smaller file (a PDF of lower resolution, or the document "
                + "split in parts uploaded as OTHER).");
    }

    static DocumentRefusedException unsupported(String message) {
        return new DocumentRefusedException(415, message);
    }

    static DocumentRefusedException infected(String signature) {
        return new DocumentRefusedException(422, "The virus scanner found " + signature + " in this file: it was "
                + "not stored. Send a clean copy of the document.");
    }
}
