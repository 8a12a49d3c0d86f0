package org.peacekeeping.pledges.dossier;

import java.util.Objects;

/** A file that passed every check ({@link DocumentChecks}): ready to store. */
public record CheckedFile(String name, DocumentKind kind, byte[] content, String sha256, ScanResult scan) {

    public CheckedFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(scan, "scan");
    }
}
