package org.peacekeeping.pledges.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Everything a file goes through before the dossier stores it (SPEC §9), in this order and outside any transaction:
 * its size (at most {@link #MAX_BYTES}, measured while reading), the virus scan ({@link DocumentScanning}), its kind
 * from its content ({@link DocumentKinds}) and its SHA-256. Any refusal leaves nothing behind.
 */
@ApplicationScoped
public class DocumentChecks {

    /** 25 MB. */
    public static final long MAX_BYTES = 25L * 1024 * 1024;

    @Inject
    private DocumentScanning scanning;

    /** Reads at most {@link #MAX_BYTES} of the upload, refusing a larger one (413). */
    public static byte[] read(InputStream in) {
        try {
            byte[] content = in.readNBytes((int) MAX_BYTES + 1);
            if (content.length > MAX_BYTES) {
                throw DocumentRefusedException.tooLarge(MAX_BYTES);
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file, checked and scanned, under a safe name that ends as its kind does. */
    public CheckedFile check(String uploadedName, byte[] content) {
        if (content.length > MAX_BYTES) {
            throw DocumentRefusedException.tooLarge(MAX_BYTES);
        }
        // The scan first: an infected file is reported as infected (422, its signature named), whatever its kind.
        ScanResult scan = scanning.scan(content);
        DocumentKind kind = DocumentKinds.detect(content);
        String sha256 = sha256(content);
        return new CheckedFile(nameFor(uploadedName, kind), kind, content, sha256, scan);
    }

    public boolean scanning() {
        return scanning.active();
    }

    /** A safe name whose extension is the detected kind's (a PDF named report.exe is kept as report.exe.pdf). */
    static String nameFor(String uploaded, DocumentKind kind) {
        String name = SafeFileName.clean(uploaded, "document." + kind.extension());
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        boolean matches = lower.endsWith("." + kind.extension())
                || kind == DocumentKind.JPEG && lower.endsWith(".jpeg");
        return matches ? name : SafeFileName.clean(name + "." + kind.extension(), "document." + kind.extension());
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
