package org.peacekeeping.pledges.dossier;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * The kind of an uploaded file, from its content alone (never its name or the type the browser claimed): Apache
 * Tika's detector reads the magic numbers, then the containers are opened far enough to tell a document from a
 * macro-enabled or encrypted one (an OOXML package's content types, an OpenDocument's mimetype and manifest, a PDF's
 * encryption dictionary). Anything else is refused with a message saying what to send instead. Plain Java.
 */
public final class DocumentKinds {

    private static final Detector DETECTOR = new DefaultDetector();

    /** Zip entries looked at before giving up (a package with more is no document a focal point sends). */
    private static final int MAX_ENTRIES = 10_000;
    /** The most read of one small part ([Content_Types].xml, mimetype, manifest). */
    private static final int MAX_PART = 1024 * 1024;

    private static final Set<String> EXECUTABLES = Set.of("application/x-msdownload", "application/x-dosexec",
            "application/x-executable", "application/x-elf", "application/x-sharedlib", "application/x-object",
            "application/x-coredump", "application/x-mach-o", "application/x-mach-o-executable",
            "application/java-archive", "application/java-vm", "application/x-java-jnlp-file", "application/x-sh",
            "application/x-csh", "application/x-bat", "application/javascript", "text/javascript",
            "application/x-httpd-php", "text/x-python", "text/x-perl", "application/x-msi", "application/x-ms-shortcut",
            "application/vnd.microsoft.portable-executable", "application/hta", "text/x-vbscript", "text/x-php");

    private static final String SEND_INSTEAD = "Send the document as " + DocumentKind.ACCEPTED + ".";

    private DocumentKinds() {
    }

    /**
     * The kind of this content.
     *
     * @throws DocumentRefusedException (415) for anything the dossier does not keep, saying why and what to send
     */
    public static DocumentKind detect(byte[] content) {
        if (content.length == 0) {
            throw new DocumentRefusedException(400, "The file is empty. " + SEND_INSTEAD);
        }
        if (startsWith(content, "MZ") || startsWith(content, "\u007fELF") || startsWith(content, "#!")
                || startsWith(content, new byte[] {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE})
                || startsWith(content, new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE})) {
            throw executable("a program");
        }
        String type = tikaType(content);
        if (EXECUTABLES.contains(type) || type.startsWith("application/x-executable") || type.contains("script")) {
            throw executable(type);
        }
        return switch (type) {
            case "application/pdf" -> pdf(content);
            case "image/png" -> DocumentKind.PNG;
            case "image/jpeg" -> DocumentKind.JPEG;
            case "application/x-tika-msoffice", "application/x-tika-ooxml-protected", "application/msword",
                 "application/vnd.ms-excel", "application/vnd.ms-powerpoint", "application/x-ole-storage" ->
                    throw DocumentRefusedException.unsupported("This is a password-protected (encrypted) Office file "
                            + "or one in the old binary format (.doc, .xls): neither is accepted. Remove the password "
                            + "and save it as DOCX or XLSX, or print it to PDF.");
            default -> {
                if (type.equals("application/zip") || type.startsWith("application/x-tika-ooxml")
                        || type.startsWith("application/vnd.openxmlformats") || type.startsWith("application/vnd.ms-")
                        || type.startsWith("application/vnd.oasis.opendocument")) {
                    yield container(content);
                }
                throw DocumentRefusedException.unsupported("This file is not a kind the dossier keeps (its content "
                        + "reads as " + type + "). " + SEND_INSTEAD);
            }
        };
    }

    private static String tikaType(byte[] content) {
        try (InputStream in = TikaInputStream.get(content)) {
            MediaType type = DETECTOR.detect(in, new Metadata());
            return type.getBaseType().toString().toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    private static DocumentKind pdf(byte[] content) {
        if (contains(content, "/Encrypt")) {
            throw DocumentRefusedException.unsupported("This PDF is encrypted (password-protected or with "
                    + "restrictions): the Secretariat could not open or archive it. Save or print it again as a PDF "
                    + "without a password or restrictions.");
        }
        return DocumentKind.PDF;
    }

    /** An OOXML or OpenDocument package: which one, and whether it carries macros or is encrypted. */
    private static DocumentKind container(byte[] content) {
        String contentTypes = null;
        String mimetype = null;
        String manifest = null;
        boolean macros = false;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw DocumentRefusedException.unsupported("This archive holds more than " + MAX_ENTRIES
                            + " parts: it is not a document the dossier keeps. " + SEND_INSTEAD);
                }
                String name = entry.getName();
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.endsWith("vbaproject.bin") || lower.endsWith("vbadata.xml") || lower.startsWith("basic/")
                        || lower.startsWith("scripts/")) {
                    macros = true;
                } else if (name.equals("[Content_Types].xml")) {
                    contentTypes = part(zip);
                } else if (name.equals("mimetype")) {
                    mimetype = part(zip).strip();
                } else if (name.equals("META-INF/manifest.xml")) {
                    manifest = part(zip);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw DocumentRefusedException.unsupported("This file looks like an archive but cannot be read (damaged, "
                    + "or not a document). " + SEND_INSTEAD);
        }
        if (macros || contentTypes != null && contentTypes.toLowerCase(Locale.ROOT).contains("macroenabled")) {
            throw DocumentRefusedException.unsupported("This file carries macros (such as a .docm or .xlsm): "
                    + "macro-enabled files are not accepted. Save it as a plain DOCX or XLSX (Word or Excel: Save As, "
                    + "\"Word Document\" or \"Excel Workbook\"), or as PDF.");
        }
        if (contentTypes != null) {
            if (contentTypes.contains("wordprocessingml.document.main+xml")) {
                return DocumentKind.DOCX;
            }
            if (contentTypes.contains("spreadsheetml.sheet.main+xml")) {
                return DocumentKind.XLSX;
            }
            throw DocumentRefusedException.unsupported("This Office file is neither a Word document (DOCX) nor an "
                    + "Excel workbook (XLSX) (templates, presentations and the like are not kept). " + SEND_INSTEAD);
        }
        if (mimetype != null) {
            if (manifest != null && manifest.contains("encryption-data")) {
                throw DocumentRefusedException.unsupported("This OpenDocument file is password-protected: the "
                        + "Secretariat could not open or archive it. Save it again without a password, or as PDF.");
            }
            if (mimetype.equals(DocumentKind.ODT.mediaType())) {
                return DocumentKind.ODT;
            }
            if (mimetype.equals(DocumentKind.ODS.mediaType())) {
                return DocumentKind.ODS;
            }
        }
        throw DocumentRefusedException.unsupported("This archive is not a document the dossier keeps (zip files and "
                + "other packages are refused). " + SEND_INSTEAD);
    }

    private static String part(ZipInputStream zip) throws IOException {
        return new String(zip.readNBytes(MAX_PART), StandardCharsets.UTF_8);
    }

    private static DocumentRefusedException executable(String what) {
        return DocumentRefusedException.unsupported("This file is an executable or a script (" + what + "), whatever "
                + "its name says: programs are never accepted. Send the document itself as " + DocumentKind.ACCEPTED
                + ".");
    }

    private static boolean startsWith(byte[] content, String prefix) {
        return startsWith(content, prefix.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] content, String token) {
        byte[] needle = token.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i + needle.length <= content.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (content[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
