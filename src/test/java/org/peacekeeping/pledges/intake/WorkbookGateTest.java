package org.peacekeeping.pledges.intake;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response.Status;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and foreign files, each refused with its status and a message that says what to do. */
class WorkbookGateTest {

    @TempDir
    Path folder;

    @Test
    void theFilledFormPasses() throws IOException {
        assertDoesNotThrow(() -> WorkbookGate.inspect(file(Forms.bytes(Forms.blank("GHA")))));
    }

    @Test
    void anEmptyUploadIsABadRequest() throws IOException {
        assertRefused(new byte[0], Status.BAD_REQUEST, "empty");
    }

    @Test
    void otherKindsOfFileAreUnsupportedAndNamed() throws IOException {
        assertRefused("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII), Status.UNSUPPORTED_MEDIA_TYPE, "PDF");
        assertRefused("Title;Personnel\nFPU;140\n".getBytes(StandardCharsets.UTF_8), Status.UNSUPPORTED_MEDIA_TYPE,
                "text or CSV");
        assertRefused(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1, 0, 0}, Status.UNSUPPORTED_MEDIA_TYPE, "Excel 97-2003");
        assertRefused(zip("word/document.xml", "<w:document/>", "[Content_Types].xml", "<Types/>"),
                Status.UNSUPPORTED_MEDIA_TYPE, "Word document");
        assertRefused(zip("xl/workbook.bin", "binary", "[Content_Types].xml", "<Types/>"),
                Status.UNSUPPORTED_MEDIA_TYPE, ".xlsb");
    }

    @Test
    void aDamagedZipIsUnsupported() throws IOException {
        byte[] form = Forms.bytes(Forms.blank("GHA"));
        byte[] cut = java.util.Arrays.copyOf(form, form.length / 2);
        assertRefused(cut, Status.UNSUPPORTED_MEDIA_TYPE, "damaged");
    }

    @Test
    void macroEnabledWorkbooksAreRefused() throws IOException {
        byte[] xlsm = withExtraPart(Forms.bytes(Forms.blank("GHA")), "xl/vbaProject.bin", new byte[] {1, 2, 3});
        assertRefused(xlsm, Status.UNSUPPORTED_MEDIA_TYPE, "Macro-enabled");
    }

    @Test
    void aPartThatExpandsAHundredfoldIsAZipBomb() throws IOException {
        byte[] bomb = withExtraPart(Forms.bytes(Forms.blank("GHA")), "xl/worksheets/sheet9.xml", new byte[2_000_000]);
        assertTrue(bomb.length < 100_000, "2 MB of zeros compress to " + bomb.length + " bytes");
        assertRefused(bomb, Status.BAD_REQUEST, "zip bomb");
    }

    @Test
    void tooManyPartsIsAZipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i <= IntakeLimits.MAX_PARTS; i++) {
                zip.putNextEntry(new ZipEntry("xl/part" + i + ".xml"));
                zip.write('x');
                zip.closeEntry();
            }
        }
        assertRefused(bytes.toByteArray(), Status.BAD_REQUEST, "more than 1000 parts");
    }

    @Test
    void aBodyLargerThanTheLimitIsRefusedWhileItIsCopied() {
        UploadRefusedException refused = assertThrows(UploadRefusedException.class, () -> PledgeFormUpload.copyAtMost(
                new ByteArrayInputStream(new byte[3 * 1024 * 1024]), folder.resolve("big.xlsx"), 2 * 1024 * 1024));
        assertEquals(Status.REQUEST_ENTITY_TOO_LARGE, refused.status());
        assertTrue(refused.getMessage().startsWith("The file is larger than 2 MB"), refused.getMessage());
    }

    private void assertRefused(byte[] bytes, Status status, String saying) throws IOException {
        Path file = file(bytes);
        UploadRefusedException refused = assertThrows(UploadRefusedException.class, () -> WorkbookGate.inspect(file));
        assertEquals(status, refused.status(), refused.getMessage());
        assertTrue(refused.getMessage().contains(saying), refused.getMessage());
    }

    private Path file(byte[] bytes) throws IOException {
        Path file = Files.createTempFile(folder, "upload", ".bin");
        Files.write(file, bytes);
        return file;
    }

    static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The workbook's parts plus one more. */
    static byte[] withExtraPart(byte[] workbook, String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(name));
            out.write(content);
            out.closeEntry();
        }
        return bytes.toByteArray();
    }
}
