package org.peacekeeping.pledges.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.pledge.ReadinessLevel;
import org.peacekeeping.pledges.pledge.SelfSustainment;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.PersonnelKind;
import org.peacekeeping.pledges.reference.RegionalGroup;
import org.peacekeeping.pledges.requirement.Priority;

class ReportLayoutTest {

    /** The layouts as committed in the top-level reports/ folder. */
    static ReportLayout committed(String... names) {
        return new ReportFiles(Path.of("reports")).layout(names);
    }

    @Test
    void theCommittedLayoutsLoadTogetherWithoutClashingKeys() {
        ReportLayout layout = committed(ReportService.SUMMARY_LAYOUT);
        assertEquals("Overview", layout.text("overview.sheet"));
        assertEquals("Register", layout.text("register.sheet"));
    }

    @Test
    void everyCodeShownInAWorkbookHasALabel() {
        ReportLayout layout = committed("labels");
        Map<String, Class<? extends Enum<?>>> prefixes = Map.of("category", Category.class,
                "regionalGroup", RegionalGroup.class, "status", PledgeStatus.class,
                "readinessLevel", ReadinessLevel.class, "selfSustainment", SelfSustainment.class,
                "personnelKind", PersonnelKind.class, "priority", Priority.class);
        prefixes.forEach((prefix, type) -> {
            for (Enum<?> code : type.getEnumConstants()) {
                assertTrue(layout.has(prefix + "." + code.name()), "no label for " + prefix + "." + code.name());
            }
        });
        assertTrue(layout.has("regionalGroup.NONE"));
        assertEquals("Formed police units", layout.label("category", Category.FORMED_POLICE_UNIT));
    }

    @Test
    void everyRegisterColumnHasAHeaderAndAWidth() {
        ReportLayout layout = committed("register");
        for (RegisterColumn column : RegisterColumn.values()) {
            assertTrue(layout.has("column." + column.code() + ".header"), column.code());
            assertTrue(layout.integer("column." + column.code() + ".width") > 0, column.code());
        }
        List<RegisterColumn> chosen = RegisterColumn.of(layout);
        assertTrue(chosen.size() >= 16, "at least 16 columns, got " + chosen.size());
        assertEquals(RegisterColumn.REFERENCE, chosen.get(0));
    }

    @Test
    void aFolderNamedInTheConfigurationOverridesTheBuiltInLayout(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("labels.properties"), "category.MEDICAL=Sant\u00e9\n");
        ReportLayout layout = new ReportFiles(folder).layout("labels", "register");
        assertEquals("Sant\u00e9", layout.label("category", Category.MEDICAL));
        assertEquals("Register", layout.text("register.sheet"), "files absent from the folder come from the WAR");
        assertEquals("AVIATION", layout.label("category", Category.AVIATION), "an unlabelled code reads as itself");
    }

    @Test
    void aMissingKeyIsAnErrorNamingTheKeyAndTheFiles() {
        ReportLayout layout = committed("labels");
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> layout.text("nowhere.key"));
        assertTrue(missing.getMessage().contains("nowhere.key") && missing.getMessage().contains("labels.properties"),
                missing.getMessage());
    }

    @Test
    void aKeyDefinedInTwoFilesIsAnError(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("a.properties"), "same.key=1\n");
        Files.writeString(folder.resolve("b.properties"), "same.key=2\n");
        assertThrows(IllegalStateException.class, () -> new ReportFiles(folder).layout("a", "b"));
    }

    @Test
    void coloursListsAndPlaceholdersAreRead() {
        ReportLayout layout = new ReportLayout(Map.of("c", "#1F3864", "bad", "blue", "l", " a, b ,,c ",
                "t", "{name} in {city}"), "test");
        assertArrayEquals(new byte[] {0x1F, 0x38, 0x64}, layout.rgb("c"));
        assertThrows(IllegalStateException.class, () -> layout.rgb("bad"));
        assertEquals(List.of("a", "b", "c"), layout.list("l"));
        assertEquals("Berlin in Berlin", layout.text("t", "name", "Berlin", "city", "Berlin"));
    }

    @Test
    void anUnknownRegisterColumnIsNamed() {
        ReportLayout layout = new ReportLayout(Map.of("register.columns", "reference, colour"), "test");
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> RegisterColumn.of(layout));
        assertTrue(error.getMessage().contains("'colour'"), error.getMessage());
    }
}
