package org.peacekeeping.pledges.pledge.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.pledge.Deployment;
import org.peacekeeping.pledges.pledge.LineItem;
import org.peacekeeping.pledges.pledge.LineKind;
import org.peacekeeping.pledges.pledge.Page;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.pledge.PledgeView;
import org.peacekeeping.pledges.pledge.ReadinessLevel;
import org.peacekeeping.pledges.pledge.SelfSustainment;
import org.peacekeeping.pledges.reference.Category;

/** The pledge JSON ({@link PledgeJson}) is, byte for byte, what JSON-B writes with the API's configuration. */
class PledgeJsonTest {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    private static final PledgeView FULL = new PledgeView(31714, "DZA-2025-0025", "DZA", "BERLIN-2025",
            Category.MEDICAL, "LEVEL_1_HOSPITAL", "Level 1 hospital for \"UNIFIL\"",
            "Line one\nline two, with a tab\t and é, ü and a backslash \\", 2, 63, 17, ReadinessLevel.LEVEL_2,
            LocalDate.of(2026, 4, 1), 60, 24, SelfSustainment.PARTIAL, "Rotation every 12 months only \u2028 <b>&amp; \u0001.",
            List.of("MINUSCA", "UNIFIL"), List.of(new LineItem(LineKind.MAJOR_EQUIPMENT, "Ambulance", 4),
            new LineItem(LineKind.SELF_SUSTAINMENT, "Catering", 1)), PledgeStatus.APPROVED, 7,
            Instant.parse("2025-05-01T13:33:00Z"), "fp.dza", Instant.parse("2026-11-22T10:00:00.123456Z"),
            "reviewer.1", Instant.parse("2025-05-06T15:14:00.5Z"), Instant.parse("2025-06-11T04:54:00Z"),
            LocalDate.of(2027, 5, 22), true);

    private static final PledgeView SPARSE = new PledgeView(5, "NPL-2026-0001", "NPL", null,
            Category.ENGINEERING, "ENGINEER_COMPANY", "Battalion", null, 1, 850, 0, ReadinessLevel.NONE, null, null,
            null, null, null, List.of(), List.of(), PledgeStatus.DRAFT, 0, Instant.parse("2026-01-02T03:04:05Z"),
            "fp.npl", Instant.parse("2026-01-02T03:04:05Z"), "fp.npl", null, null, null, false);

    /** A deployed and repatriated pledge: the deployment travels as one object. */
    private static final PledgeView DEPLOYED = new PledgeView(7, "KOR-2021-0003", "KOR", "SEOUL-2021",
            Category.ENGINEERING, "ENGINEER_COMPANY", "Engineers", null, 1, 180, 12, ReadinessLevel.LEVEL_3, null, null,
            null, null, null, List.of(), List.of(), PledgeStatus.REPATRIATED, 9, Instant.parse("2021-11-02T03:04:05Z"),
            "fp.korea", Instant.parse("2024-01-02T03:04:05Z"), "reviewer", Instant.parse("2021-11-03T03:04:05Z"),
            Instant.parse("2022-01-04T03:04:05Z"), null, true, List.of(),
            new Deployment("UNMISS", LocalDate.of(2022, 6, 1), 176, 14, "reviewer", LocalDate.of(2023, 12, 20),
                    "Rotated home \"on time\""), true);

    /** Every character JSON escapes (quotes, backslash, each control character) and some it does not. */
    private static final PledgeView ESCAPES = new PledgeView(6, "GHA-2026-0002", "GHA", null, Category.OTHER,
            "OTHER_CAPABILITY", controlCharacters() + "\"quoted\" \\ back / slash", "\u00e9\u4e2d\ud83d\ude91 \u2028\u2029 \u007f",
            1, 0, 0, ReadinessLevel.NONE, null, null, null, null, "", List.of("A\"B"), List.of(), PledgeStatus.DRAFT, 0,
            Instant.parse("2026-01-02T03:04:05Z"), "fp.gha", Instant.parse("2026-01-02T03:04:05Z"), "fp.gha", null,
            null, null, false);

    private static String controlCharacters() {
        StringBuilder text = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            text.append(c);
        }
        return text.toString();
    }

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    @Test
    void aPledgeIsWrittenAsJsonBWritesIt() {
        assertEquals(JSONB.toJson(FULL), written(out -> PledgeJson.write(FULL, out)));
        assertEquals(JSONB.toJson(SPARSE), written(out -> PledgeJson.write(SPARSE, out)));
        assertEquals(JSONB.toJson(ESCAPES), written(out -> PledgeJson.write(ESCAPES, out)));
        assertEquals(JSONB.toJson(DEPLOYED), written(out -> PledgeJson.write(DEPLOYED, out)));
    }

    @Test
    void aPageIsWrittenAsJsonBWritesIt() {
        Page<PledgeView> page = new Page<>(7486, 3, 2, List.of(FULL, SPARSE, ESCAPES, DEPLOYED));
        assertEquals(JSONB.toJson(page), written(out -> PledgeJson.write(page, out)));
        Page<PledgeView> empty = new Page<>(0, 0, 50, List.of());
        assertEquals(JSONB.toJson(empty), written(out -> PledgeJson.write(empty, out)));
    }

    @Test
    void instantsAreWrittenAsTheirToStringWritesThem() {
        Random random = new Random(20261123);
        List<Instant> instants = new ArrayList<>(List.of(Instant.EPOCH, Instant.parse("1000-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59.999999999Z"), Instant.parse("0999-12-31T23:59:59Z"),
                Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("2026-11-23T04:05:06.000000001Z"),
                Instant.parse("2026-11-23T04:05:06.010Z"), Instant.parse("2026-11-23T04:05:06.000100Z")));
        for (int i = 0; i < 10_000; i++) {
            long second = random.nextLong(Instant.parse("1900-01-01T00:00:00Z").getEpochSecond(),
                    Instant.parse("2200-01-01T00:00:00Z").getEpochSecond());
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            instants.add(Instant.ofEpochSecond(second, nano));
        }
        for (Instant instant : instants) {
            StringBuilder written = new StringBuilder();
            PledgeJson.iso(written, instant);
            assertEquals(instant.toString(), written.toString());
        }
    }

    private static String written(java.util.function.Consumer<ByteArrayOutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
