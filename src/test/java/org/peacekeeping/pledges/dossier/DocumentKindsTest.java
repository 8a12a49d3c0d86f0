package org.peacekeeping.pledges.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Kinds from content, never from names: what is kept and what is refused with what message. */
class DocumentKindsTest {

    @Test
    void keepsPdfDocxXlsxOdtOdsPngAndJpeg() throws IOException {
        assertEquals(DocumentKind.PDF, DocumentKinds.detect(SyntheticPdf.of("Note verbale", List.of("SYNTHETIC"))));
        assertEquals(DocumentKind.DOCX, DocumentKinds.detect(docx()));
        assertEquals(DocumentKind.XLSX, DocumentKinds.detect(xlsx()));
        assertEquals(DocumentKind.ODT, DocumentKinds.detect(odf("application/vnd.oasis.opendocument.text", false)));
        assertEquals(DocumentKind.ODS,
                DocumentKinds.detect(odf("application/vnd.oasis.opendocument.spreadsheet", false)));
        assertEquals(DocumentKind.PNG, DocumentKinds.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10,
                0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0}));
        assertEquals(DocumentKind.JPEG, DocumentKinds.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF,
                (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0}));
    }

    @Test
    void refusesExecutablesWhateverTheirName() {
        byte[] pe = new byte[256];
        pe[0] = 'M';
        pe[1] = 'Z';
        assertRefused(415, "executable", pe);
        assertRefused(415, "executable", "\u007fELF\u0002\u0001\u0001".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(415, "executable", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void refusesMacrosEncryptionAndOtherKindsSayingWhatToSend() throws IOException {
        assertRefused(415, "macros", withMacros(docx()));
        byte[] encryptedPdf = new String(SyntheticPdf.of("x", List.of()), StandardCharsets.ISO_8859_1)
                .replace("/Root 1 0 R", "/Root 1 0 R /Encrypt 7 0 R").getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(415, "encrypted", encryptedPdf);
        byte[] ole2 = new byte[1024];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole2, 0, magic.length);
        assertRefused(415, "password-protected", ole2);
        assertRefused(415, "password-protected",
                odf("application/vnd.oasis.opendocument.text", true));
        assertRefused(415, "PDF, DOCX, XLSX, ODT, ODS, PNG or JPEG", "just some text".getBytes(StandardCharsets.UTF_8));
        assertRefused(400, "empty", new byte[0]);
    }

    private static void assertRefused(int status, String says, byte[] content) {
        DocumentRefusedException refused = assertThrows(DocumentRefusedException.class,
                () -> DocumentKinds.detect(content));
        assertEquals(status, refused.status(), refused.getMessage());
        assertTrue(refused.getMessage().contains(says), refused.getMessage());
    }

    static byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("SYNTHETIC table of organization");
            document.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Equipment").createRow(0).createCell(0).setCellValue("SYNTHETIC");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The package with a VBA project added and its content type switched to the macro-enabled one (a .docm). */
    static byte[] withMacros(byte[] docx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("[Content_Types].xml")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace(
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                            "application/vnd.ms-word.document.macroEnabled.main+xml").getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(bytes);
            }
            zip.putNextEntry(new ZipEntry("word/vbaProject.bin"));
            zip.write(new byte[] {1, 2, 3});
        }
        return out.toByteArray();
    }

    private static byte[] odf(String mimetype, boolean encrypted) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry first = new ZipEntry("mimetype");
            byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
            first.setMethod(ZipEntry.STORED);
            first.setSize(type.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(type);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(type);
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                    + (encrypted ? "<manifest:encryption-data/>" : "") + "</manifest:manifest>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
