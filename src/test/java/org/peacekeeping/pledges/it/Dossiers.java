package org.peacekeeping.pledges.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.peacekeeping.pledges.dossier.SyntheticPdf;

/**
 * Attaches what the level 1 rule asks of a formed unit (SPEC §9) through the API, as its focal point would, so that
 * tests about something else can approve it.
 */
final class Dossiers {

    static final List<String> LEVEL_ONE = List.of("NOTE_VERBALE", "TABLE_OF_ORGANIZATION", "MAJOR_EQUIPMENT_LIST");

    private Dossiers() {
    }

    /** Uploads a small PDF of each level 1 type to the pledge, as this focal point; fails the test otherwise. */
    static void attachLevelOne(Api focalPoint, long pledgeId) {
        for (String type : LEVEL_ONE) {
            Api.Reply stored = upload(focalPoint, pledgeId, type, type.toLowerCase() + ".pdf", pdf(type + " " + pledgeId));
            assertEquals(201, stored.status(), () -> "attaching the " + type + ": " + stored.body());
        }
    }

    static Api.Reply upload(Api as, long pledgeId, String type, String filename, byte[] content) {
        return as.postParts("api/pledges/" + pledgeId + "/documents", Map.of("type", type), "file", filename,
                "application/octet-stream", content);
    }

    static byte[] pdf(String title) {
        return SyntheticPdf.of("TEST " + title, List.of("A test document, not a real one."));
    }
}
