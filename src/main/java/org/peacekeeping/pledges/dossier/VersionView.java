package org.peacekeeping.pledges.dossier;

import java.io.Serializable;
import java.time.Instant;

/** One stored file of a document, without its content: what lists and the metadata show. */
public record VersionView(long id, long documentId, int version, String fileName, String mediaType, long size,
                          String sha256, ScanResult scanResult, String uploadedBy, Instant uploadedAt)
        implements Serializable {

    /** From a row of {@link DocumentRepository}'s projection, in the record's order. */
    static VersionView of(Object[] row) {
        return new VersionView(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).intValue(), (String) row[3], (String) row[4], ((Number) row[5]).longValue(),
                (String) row[6], (ScanResult) row[7], (String) row[8], (Instant) row[9]);
    }

    public boolean scanned() {
        return scanResult == ScanResult.CLEAN;
    }
}
