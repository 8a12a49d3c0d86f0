package org.peacekeeping.pledges.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Hostile names lose their paths, controls and quotes; headers carry an ASCII name and the exact one. */
class SafeFileNameTest {

    @Test
    void stripsPathsControlsAndQuotes() {
        assertEquals("passwd", SafeFileName.clean("../../etc/passwd", "x"));
        assertEquals("evil.pdf", SafeFileName.clean("C:\\Users\\x\\evil.pdf", "x"));
        assertEquals("a.pdfSet-Cookie x=1", SafeFileName.clean("a.pdf\r\nSet-Cookie: x=1", "x"));
        assertEquals("name.pdf", SafeFileName.clean("\"name\".pdf", "x"));
        assertEquals("hidden", SafeFileName.clean("...hidden", "x"));
        assertEquals("x", SafeFileName.clean("\r\n\"", "x"));
        assertEquals(200, SafeFileName.clean("a".repeat(500), "x").length());
    }

    @Test
    void attachmentHeaderHasAnAsciiFallbackAndTheUtf8Name() {
        assertEquals("attachment; filename=\"Note verbale Cote d_Ivoire.pdf\"; "
                        + "filename*=UTF-8''Note%20verbale%20C%C3%B4te%20d%E2%80%99Ivoire.pdf",
                SafeFileName.attachment("Note verbale Côte d\u2019Ivoire.pdf"));
        String header = SafeFileName.attachment("x\r\nContent-Type: text/html\".pdf");
        assertFalse(header.contains("\r") || header.contains("\n"), header);
        assertEquals("attachment; filename=\"html.pdf\"; filename*=UTF-8''html.pdf", header,
                "the slash made everything before it a path");
        assertEquals("attachment; filename=\"xContent-Type texthtml.pdf\"; "
                + "filename*=UTF-8''xContent-Type%20texthtml.pdf", SafeFileName.attachment("x\r\nContent-Type: text"
                + "\u0000html\".pdf"));
    }

    @Test
    void keptNamesEndAsTheirKind() {
        assertEquals("report.exe.pdf", DocumentChecks.nameFor("report.exe", DocumentKind.PDF));
        assertEquals("photo.JPEG", DocumentChecks.nameFor("photo.JPEG", DocumentKind.JPEG));
        assertEquals("document.pdf", DocumentChecks.nameFor(null, DocumentKind.PDF));
    }
}
