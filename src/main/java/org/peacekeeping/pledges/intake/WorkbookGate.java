package org.peacekeeping.pledges.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Looks at an uploaded file before POI opens it, and refuses what is not a plain xlsx workbook: an empty body,
 * another kind of file (legacy or password-protected .xls, PDF, CSV, Word), a damaged zip, a macro-enabled or binary
 * workbook, and zip bombs as far as the zip's directory gives them away (too many parts, parts or a whole that would
 * expand beyond the limits, or expand too many times). POI's own guards ({@link IntakeLimits#guardPoi()}) then check
 * the bytes actually inflated, in case the directory lies.
 */
final class WorkbookGate {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final String SAVE_AS = " Save the form in Excel or LibreOffice as an Excel Workbook (.xlsx) and "
            + "upload that.";

    /** Parts smaller than this are not checked for their expansion (POI's grace size, for the same reason). */
    private static final long GRACE_BYTES = 100 * 1024;

    private WorkbookGate() {
    }

    static void inspect(Path file) {
        byte[] head = head(file);
        if (head.length == 0) {
            throw UploadRefusedException.bad("The upload is empty: send the filled pledge form (an .xlsx file).");
        }
        if (startsWith(head, OLE2)) {
            throw UploadRefusedException.unsupported("This is an Excel 97-2003 workbook (.xls) or a password-"
                    + "protected one, not an .xlsx workbook." + SAVE_AS + " Remove any password first.");
        }
        if (!startsWith(head, ZIP)) {
            throw UploadRefusedException.unsupported("This is not an Excel workbook (.xlsx)" + looksLike(head) + "."
                    + SAVE_AS);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Set<String> names = new HashSet<>();
            long total = 0;
            int parts = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (++parts > IntakeLimits.MAX_PARTS) {
                    throw zipBomb("it has more than " + IntakeLimits.MAX_PARTS + " parts");
                }
                names.add(entry.getName().toLowerCase(Locale.ROOT));
                long size = entry.getSize();
                if (size > IntakeLimits.MAX_PART_BYTES) {
                    throw zipBomb("its part " + entry.getName() + " would expand to " + IntakeLimits.readable(size)
                            + ", more than " + IntakeLimits.readable(IntakeLimits.MAX_PART_BYTES));
                }
                long compressed = entry.getCompressedSize();
                if (size > GRACE_BYTES && compressed >= 0 && size > compressed * IntakeLimits.MAX_EXPANSION) {
                    throw zipBomb("its part " + entry.getName() + " would expand " + (size / Math.max(compressed, 1))
                            + " times, more than " + IntakeLimits.MAX_EXPANSION);
                }
                total += Math.max(size, 0);
                if (total > IntakeLimits.MAX_TOTAL_BYTES) {
                    throw zipBomb("it would expand to more than "
                            + IntakeLimits.readable(IntakeLimits.MAX_TOTAL_BYTES));
                }
            }
            if (names.stream().anyMatch(name -> name.endsWith("vbaproject.bin"))
                    || contentTypes(zip).contains("macroenabled")) {
                throw UploadRefusedException.unsupported("Macro-enabled workbooks (.xlsm) are refused: the form needs "
                        + "no macros." + SAVE_AS);
            }
            if (names.contains("xl/workbook.bin")) {
                throw UploadRefusedException.unsupported("This is an Excel binary workbook (.xlsb)." + SAVE_AS);
            }
            if (!names.contains("xl/workbook.xml")) {
                throw UploadRefusedException.unsupported("This is a zip file" + (names.contains("word/document.xml")
                        ? " holding a Word document" : "") + ", not an Excel workbook (.xlsx)." + SAVE_AS);
            }
        } catch (ZipException e) {
            throw UploadRefusedException.unsupported("This file is damaged or not an Excel workbook (.xlsx): its zip "
                    + "structure cannot be read." + SAVE_AS);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the uploaded file " + file, e);
        }
    }

    private static UploadRefusedException zipBomb(String why) {
        return UploadRefusedException.bad("The file was not opened: " + why + ". It looks like a zip bomb; a filled "
                + "pledge form is never like that.");
    }

    /** The content types part, lower-cased, read up to 1 MB (it is a few KB). */
    private static String contentTypes(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry("[Content_Types].xml");
        if (entry == null) {
            return "";
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(1024 * 1024), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the uploaded file " + file, e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** A guess at what the file is, for the message: " (it looks like a PDF document)". */
    private static String looksLike(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        if (text.startsWith("%PDF")) {
            return " (it looks like a PDF document)";
        }
        if (text.startsWith("<") || text.startsWith("\uFEFF<") || text.startsWith("\u00EF\u00BB\u00BF<")) {
            return " (it looks like an HTML or XML file)";
        }
        boolean printable = true;
        for (byte b : head) {
            printable &= b == '\t' || b == '\n' || b == '\r' || (b & 0xFF) >= 0x20;
        }
        return printable ? " (it looks like a text or CSV file)" : "";
    }
}
