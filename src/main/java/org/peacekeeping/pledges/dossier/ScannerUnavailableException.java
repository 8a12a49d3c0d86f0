package org.peacekeeping.pledges.dossier;

/** The virus scanner could not be reached or did not answer in time: 503, nothing stored, try again later. */
public class ScannerUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ScannerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
