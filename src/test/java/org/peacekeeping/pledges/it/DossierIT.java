package org.peacekeeping.pledges.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pledge dossier (SPEC §9) as clients see it, on the real WAR, scanning through a real clamd started by
 * {@link TestClamd} with the EICAR test signature: clean files stored and returned byte for byte, versions, EICAR,
 * disguised executables and macro-enabled files refused with nothing stored, hostile file names, who sees what (404),
 * the level 1 rule, and clamd stopped mid-way (503, nothing stored).
 */
@ExtendWith({TestDatabase.class, TestClamd.class, ArquillianExtension.class})
class DossierIT {

    private static final Logger LOG = Logger.getLogger(DossierIT.class.getName());
    /** The EICAR anti-virus test file (68 bytes), harmless by design. */
    private static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    @Deployment(testable = false)
    static WebArchive application() {
        File war = new File(System.getProperty("pledges.it.war", "target/pledge-tracker.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    @ArquillianResource
    private URL base;

    private Api pakistan;
    private Api japan;
    private Api reviewer;
    private Api analyst;

    @BeforeEach
    void clients() {
        Api api = new Api(base);
        pakistan = api.as("fp.pakistan");
        japan = api.as("fp.japan");
        reviewer = api.as("reviewer");
        analyst = api.as("analyst");
    }

    @Test
    void aCleanPdfIsStoredScannedAndDownloadedByteForByteAndANewerOneIsVersionTwo() throws Exception {
        long id = draft("Dossier: clean files");
        byte[] first = Dossiers.pdf("first note verbale");
        Api.Reply stored = Dossiers.upload(pakistan, id, "NOTE_VERBALE", "note.pdf", first);
        assertEquals(201, stored.status(), stored.body());
        JsonObject document = stored.object();
        long documentId = document.getJsonNumber("id").longValue();
        assertAll(
                () -> assertEquals("NOTE_VERBALE", document.getString("type")),
                () -> assertEquals(1, document.getInt("latestVersion")),
                () -> assertEquals("note.pdf", document.getString("fileName")),
                () -> assertEquals("application/pdf", document.getString("mediaType")),
                () -> assertEquals(first.length, document.getInt("size")),
                () -> assertEquals(sha256(first), document.getString("sha256")),
                () -> assertEquals("fp.pakistan", document.getString("uploadedBy")),
                () -> assertEquals(TestClamd.real() ? "CLEAN" : "CLEAN", document.getString("scanResult")));

        Api.Fetched download = pakistan.fetch(contentPath(id, documentId, null));
        assertEquals(200, download.status(), download::text);
        assertArrayEquals(first, download.body());
        assertEquals(sha256(first), sha256(download.body()));
        assertAll(
                () -> assertEquals("application/pdf", download.header("Content-Type")),
                () -> assertEquals("attachment; filename=\"note.pdf\"; filename*=UTF-8''note.pdf",
                        download.header("Content-Disposition")),
                () -> assertEquals("nosniff", download.header("X-Content-Type-Options")),
                () -> assertEquals(List.of("sandbox"), download.all("Content-Security-Policy")));

        byte[] second = Dossiers.pdf("second note verbale, corrected");
        Api.Reply newer = Dossiers.upload(pakistan, id, "NOTE_VERBALE", "note-v2.pdf", second);
        assertEquals(201, newer.status(), newer.body());
        assertEquals(documentId, newer.object().getJsonNumber("id").longValue(), "the same document");
        assertEquals(2, newer.object().getInt("latestVersion"));
        assertArrayEquals(second, pakistan.fetch(contentPath(id, documentId, null)).body());
        assertArrayEquals(first, pakistan.fetch(contentPath(id, documentId, 1)).body(), "older versions stay");
        assertEquals(404, pakistan.fetch(contentPath(id, documentId, 3)).status());
        JsonArray listed = pakistan.get(documents(id)).array();
        assertEquals(1, listed.size());
        assertEquals(2, listed.getJsonObject(0).getJsonArray("versions").size());
        assertEquals(2, Sql.count("SELECT COUNT(*) FROM pledge_document_version v JOIN pledge_document d "
                + "ON d.id = v.document_id WHERE d.pledge_id = " + id));
    }

    @Test
    void theEicarTestFileIsRefusedWithTheSignatureNameAndNothingIsStored() {
        Assumptions.assumeTrue(realClamd(), "no clamd on this machine");
        long id = draft("Dossier: EICAR");
        Api.Reply refused = Dossiers.upload(pakistan, id, "OTHER", "eicar.pdf",
                EICAR.getBytes(StandardCharsets.US_ASCII));
        assertEquals(422, refused.status(), refused.body());
        assertEquals("application/problem+json", refused.contentType());
        assertTrue(refused.object().getString("detail").contains("Eicar-Test-Signature"), refused.body());
        assertNothingStored(id);
    }

    @Test
    void disguisedExecutablesAndMacroEnabledFilesAreRefusedByTheirContent() throws IOException {
        long id = draft("Dossier: disguised files");
        byte[] program = new byte[4096];
        program[0] = 'M';
        program[1] = 'Z';
        Api.Reply executable = Dossiers.upload(pakistan, id, "TABLE_OF_ORGANIZATION", "table.pdf", program);
        assertEquals(415, executable.status(), executable.body());
        assertTrue(executable.object().getString("detail").contains("executable"), executable.body());

        Api.Reply macros = Dossiers.upload(pakistan, id, "MAJOR_EQUIPMENT_LIST", "equipment.docx", docm());
        assertEquals(415, macros.status(), macros.body());
        assertTrue(macros.object().getString("detail").contains("macro"), macros.body());
        assertTrue(macros.object().getString("detail").contains("DOCX"), "says what to send: " + macros.body());

        Api.Reply text = Dossiers.upload(pakistan, id, "OTHER", "notes.pdf", "plain text".getBytes());
        assertEquals(415, text.status(), text.body());
        assertNothingStored(id);
    }

    @Test
    void hostileFileNamesCannotInjectHeadersOrPaths() {
        long id = draft("Dossier: hostile names");
        String hostile = "../../etc/Rapport «final»; évalué\t.pdf";
        Api.Reply stored = Dossiers.upload(pakistan, id, "OTHER", hostile, Dossiers.pdf("hostile"));
        assertEquals(201, stored.status(), stored.body());
        String kept = stored.object().getString("fileName");
        assertFalse(kept.contains("\\") || kept.contains("/") || kept.contains("\"") || kept.contains(";"), kept);
        assertTrue(kept.startsWith("Rapport") && kept.endsWith(".pdf"), kept);
        long documentId = stored.object().getJsonNumber("id").longValue();
        Api.Fetched download = pakistan.fetch(contentPath(id, documentId, null));
        String disposition = download.header("Content-Disposition");
        assertNotNull(disposition);
        assertTrue(disposition.matches("attachment; filename=\"[\\x20-\\x7e&&[^\"\\\\]]+\"; filename\\*=UTF-8''"
                + "[A-Za-z0-9%._~!$&+^`|#-]+"), disposition);
        assertTrue(disposition.contains("%C2%AB"), "the exact name travels UTF-8 encoded: " + disposition);

        Api.Reply renamed = Dossiers.upload(pakistan, id, "OTHER", "program.exe", Dossiers.pdf("really a pdf"));
        assertEquals(201, renamed.status(), renamed.body());
        assertEquals("program.exe.pdf", renamed.object().getString("fileName"), "named as what it is");
    }

    @Test
    void nobodyWhoCannotSeeThePledgeLearnsThatItsDocumentsExist() {
        long id = draft("Dossier: who sees");
        Api.Reply stored = Dossiers.upload(pakistan, id, "NOTE_VERBALE", "note.pdf", Dossiers.pdf("secret"));
        assertEquals(201, stored.status(), stored.body());
        long documentId = stored.object().getJsonNumber("id").longValue();
        for (Api stranger : List.of(japan, analyst, reviewer)) {
            assertAll(
                    () -> assertEquals(404, stranger.get(documents(id)).status()),
                    () -> assertEquals(404, stranger.get(documents(id) + "/" + documentId).status()),
                    () -> assertEquals(404, stranger.fetch(contentPath(id, documentId, null)).status()),
                    () -> assertEquals(404, Dossiers.upload(stranger, id, "OTHER", "x.pdf", Dossiers.pdf("x"))
                            .status()));
        }
        submit(id);
        assertEquals(200, analyst.get(documents(id)).status(), "analysts read submitted pledges' documents");
        assertEquals(200, reviewer.fetch(contentPath(id, documentId, null)).status());
        assertEquals(404, japan.get(documents(id)).status(), "another state never sees it");
        assertEquals(403, Dossiers.upload(analyst, id, "OTHER", "x.pdf", Dossiers.pdf("x")).status());
        assertEquals(403, Dossiers.upload(reviewer, id, "NOTE_VERBALE", "x.pdf", Dossiers.pdf("x")).status(),
                "the note verbale comes from the state");
        assertEquals(403, Dossiers.upload(pakistan, id, "MOU", "x.pdf", Dossiers.pdf("x")).status(),
                "the MOU comes from the Secretariat");
        assertEquals(409, pakistan.delete(documents(id) + "/" + documentId).status(), "drafts only");
    }

    @Test
    void aJointPledgesPartnerReadsItsDocumentsButAddsNone() {
        Api germany = new Api(base).as("fp.germany");
        Api.Reply created = pakistan.post("api/pledges", Json.createObjectBuilder()
                .add("capabilityType", "LEVEL_2_HOSPITAL").add("event", "BERLIN-2025").add("title", "Dossier: joint")
                .add("units", 1).add("personnel", 60).add("women", 12)
                .add("availableFrom", LocalDate.now(ZoneOffset.UTC).plusMonths(3).withDayOfMonth(1).toString())
                .add("daysToDeploy", 60).add("durationMonths", 12).add("selfSustainment", "YES")
                .add("partners", Json.createArrayBuilder().add("DEU")).build().toString());
        assertEquals(201, created.status(), created.body());
        long id = created.object().getJsonNumber("id").longValue();
        byte[] note = Dossiers.pdf("joint note verbale");
        Api.Reply stored = Dossiers.upload(pakistan, id, "NOTE_VERBALE", "joint-note.pdf", note);
        assertEquals(201, stored.status(), stored.body());
        long documentId = stored.object().getJsonNumber("id").longValue();

        JsonArray seen = germany.get(documents(id)).array();
        assertEquals(List.of("NOTE_VERBALE"), seen.stream().map(d -> d.asJsonObject().getString("type")).toList(),
                "the partner lists the lead state's documents");
        assertArrayEquals(note, germany.fetch(contentPath(id, documentId, null)).body(), "and reads them");
        Api.Reply added = Dossiers.upload(germany, id, "TABLE_OF_ORGANIZATION", "theirs.pdf",
                Dossiers.pdf("a partner's table"));
        assertEquals(403, added.status(), "a partner adds nothing: " + added.body());
        assertEquals(404, japan.get(documents(id)).status(), "a third state still learns nothing");
        assertEquals(1, Sql.count("SELECT COUNT(*) FROM pledge_document WHERE pledge_id = " + id));
    }

    @Test
    void aFormedUnitIsApprovedOnlyWithItsThreeLevelOneDocuments() {
        long id = draft("Dossier: level 1");
        Api.Reply note = Dossiers.upload(pakistan, id, "NOTE_VERBALE", "note.pdf", Dossiers.pdf("note"));
        assertEquals(201, note.status(), note.body());
        submit(id);
        assertEquals(200, reviewer.post(action(id, "start-review"), "{}").status());
        Api.Reply refused = reviewer.post(action(id, "approve"), "{}");
        assertEquals(409, refused.status(), refused.body());
        String detail = refused.object().getString("detail");
        assertTrue(detail.contains("table of organization") && detail.contains("major equipment list")
                && !detail.contains("Missing: note verbale"), detail);
        assertEquals("UNDER_REVIEW", reviewer.get("api/pledges/" + id).object().getString("status"), "unchanged");
        for (String type : List.of("TABLE_OF_ORGANIZATION", "MAJOR_EQUIPMENT_LIST")) {
            assertEquals(201, Dossiers.upload(pakistan, id, type, type + ".pdf", Dossiers.pdf(type)).status());
        }
        Api.Reply approved = reviewer.post(action(id, "approve"), "{}");
        assertEquals(200, approved.status(), approved.body());
        assertEquals("APPROVED", approved.object().getString("status"));
        Api.Reply report = Dossiers.upload(reviewer, id, "ASSESSMENT_REPORT", "visit.pdf", Dossiers.pdf("visit"));
        assertEquals(201, report.status(), "reviewers add their documents: " + report.body());
    }

    @Test
    void theDemoSetsApprovedFormedUnitsCarryTheirSyntheticDocuments() {
        long missing = Sql.count("SELECT COUNT(*) FROM pledge p WHERE p.status IN ('APPROVED', 'DEPLOYED', "
                + "'REPATRIATED') AND p.synthetic = TRUE "
                + "AND p.category IN ('MILITARY_UNIT', 'FORMED_POLICE_UNIT', 'MEDICAL', 'C_IED', 'ENGINEERING', "
                + "'AVIATION', 'TECHNOLOGY') AND (SELECT COUNT(*) FROM pledge_document d WHERE d.pledge_id = p.id "
                + "AND d.document_type IN ('NOTE_VERBALE', 'TABLE_OF_ORGANIZATION', 'MAJOR_EQUIPMENT_LIST')) < 3");
        assertEquals(0, missing);
        String approved = Sql.single("SELECT MIN(p.id) FROM pledge p JOIN pledge_document d ON d.pledge_id = p.id "
                + "WHERE p.synthetic = TRUE AND p.status = 'APPROVED'");
        JsonArray listed = reviewer.get(documents(Long.parseLong(approved))).array();
        assertTrue(listed.getJsonObject(0).getString("fileName").startsWith("SYNTHETIC"), listed.toString());
        assertEquals("NOT_SCANNED", listed.getJsonObject(0).getString("scanResult"));
    }

    @Test
    void clamdStoppedMidWayAnswers503AndStoresNothing() throws Exception {
        Assumptions.assumeTrue(realClamd(), "no clamd on this machine");
        long id = draft("Dossier: scanner away");
        assertEquals(201, Dossiers.upload(pakistan, id, "OTHER", "before.pdf", Dossiers.pdf("before")).status());
        TestClamd.stop();
        try {
            Api.Reply away = Dossiers.upload(pakistan, id, "NOTE_VERBALE", "note.pdf", Dossiers.pdf("away"));
            assertEquals(503, away.status(), away.body());
            assertEquals("application/problem+json", away.contentType());
            assertEquals(0, Sql.count("SELECT COUNT(*) FROM pledge_document WHERE pledge_id = " + id
                    + " AND document_type = 'NOTE_VERBALE'"));
            assertEquals(1, Sql.count("SELECT COUNT(*) FROM pledge_document_version v JOIN pledge_document d "
                    + "ON d.id = v.document_id WHERE d.pledge_id = " + id));
        } finally {
            TestClamd.start();
        }
        assertEquals(201, Dossiers.upload(pakistan, id, "NOTE_VERBALE", "note.pdf", Dossiers.pdf("back")).status(),
                "scanning again once clamd is back");
    }

    @Test
    void theUploaderDeletesDocumentsOfADraftAndADeletedDraftTakesItsDocumentsAlong() {
        long id = draft("Dossier: deleting");
        Api.Reply stored = Dossiers.upload(pakistan, id, "OTHER", "draft.pdf", Dossiers.pdf("draft"));
        assertEquals(201, stored.status(), stored.body());
        long documentId = stored.object().getJsonNumber("id").longValue();
        assertEquals(204, pakistan.delete(documents(id) + "/" + documentId).status());
        assertEquals(404, pakistan.get(documents(id) + "/" + documentId).status());
        assertNothingStored(id);
        assertEquals(201, Dossiers.upload(pakistan, id, "OTHER", "again.pdf", Dossiers.pdf("again")).status());
        assertEquals(204, pakistan.delete("api/pledges/" + id).status());
        assertNothingStored(id);
    }

    @Test
    void thePledgePagesListTheDocumentsTheChecklistAndTheUploadForm() {
        long id = draft("Dossier: on the pages");
        assertEquals(201, Dossiers.upload(pakistan, id, "NOTE_VERBALE", "note-verbale.pdf", Dossiers.pdf("page"))
                .status());
        Api.Reply own = pakistan.page("pledges/edit.xhtml?id=" + id);
        assertEquals(200, own.status(), own.body());
        assertAll(
                () -> assertTrue(own.body().contains("note-verbale.pdf"), "the document is listed"),
                () -> assertTrue(own.body().contains("/api/pledges/" + id + "/documents/"), "with its download"),
                () -> assertTrue(own.body().contains("Scanned, clean") || own.body().contains("Not scanned"),
                        "with its scan result"),
                () -> assertTrue(own.body().contains("for=\"dossierForm:documentType\"")
                        && own.body().contains("for=\"dossierForm:documentFile\""), "labelled upload form"),
                () -> assertTrue(own.body().contains("enctype=\"multipart/form-data\"")));
        submit(id);
        Api.Reply review = reviewer.page("review/pledge.xhtml?id=" + id);
        assertEquals(200, review.status(), review.body());
        String checklist = review.body().substring(review.body().indexOf("id=\"dossierChecklist\""));
        assertAll(
                () -> assertTrue(checklist.contains("Note verbale:") && checklist.contains("attached")),
                () -> assertTrue(checklist.contains("Table of organization:") && checklist.contains("missing")),
                () -> assertTrue(checklist.contains("Major equipment list:")));
        Api.Reply french = new Api(base).as("reviewer").header("Accept-Language", "fr")
                .page("review/pledge.xhtml?id=" + id);
        assertTrue(french.body().contains("Requis pour l'approbation") || french.body().contains("Requis pour l&#39;approbation"),
                "French labels");
    }

    // ------------------------------------------------------------------ helpers

    private static boolean realClamd() {
        if (!TestClamd.real()) {
            LOG.warning("DossierIT: " + TestClamd.CLAMD + " is missing, the scanner tests are skipped (install "
                    + "clamav-daemon)");
        }
        return TestClamd.real();
    }

    private long draft(String title) {
        Api.Reply created = pakistan.post("api/pledges", Json.createObjectBuilder()
                .add("capabilityType", "LEVEL_2_HOSPITAL").add("event", "BERLIN-2025").add("title", title)
                .add("description", "Dossier test pledge").add("units", 1).add("personnel", 60).add("women", 12)
                .add("availableFrom", LocalDate.now(ZoneOffset.UTC).plusMonths(3).withDayOfMonth(1).toString())
                .add("daysToDeploy", 60).add("durationMonths", 12).add("selfSustainment", "YES")
                .add("preferredMissions", Json.createArrayBuilder().add("UNMISS")).build().toString());
        assertEquals(201, created.status(), created.body());
        return created.object().getJsonNumber("id").longValue();
    }

    private void submit(long id) {
        Api.Reply submitted = pakistan.post(action(id, "submit"), "{}");
        assertEquals(200, submitted.status(), submitted.body());
    }

    private static String action(long id, String action) {
        return "api/pledges/" + id + "/actions/" + action;
    }

    private static String documents(long id) {
        return "api/pledges/" + id + "/documents";
    }

    private static String contentPath(long id, long documentId, Integer version) {
        return documents(id) + "/" + documentId + "/content" + (version == null ? "" : "?version=" + version);
    }

    private static void assertNothingStored(long id) {
        assertEquals(0, Sql.count("SELECT COUNT(*) FROM pledge_document WHERE pledge_id = " + id));
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    /** A .docm in all but name: a Word package whose main part is macro-enabled, with a VBA project. */
    private static byte[] docm() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    + "vnd.ms-word.document.macroEnabled.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/vbaProject.bin"));
            zip.write(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        }
        return out.toByteArray();
    }
}
