package org.peacekeeping.pledges.reference;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Checks the reference data in the Flyway migration {@code sql/V2__member_states.sql}
 * by parsing its INSERT statements, without a database.
 *
 * <p>Accented names are written with Unicode escapes so that the expectations do not
 * depend on the encoding the compiler uses for this source file.
 */
class MemberStateDataTest {

    private static final Path MIGRATION = Path.of("sql", "V2__member_states.sql");

    private static final List<String> COLUMNS = List.of(
            "iso3", "iso2", "m49", "name_en", "name_fr", "regional_group", "electoral_group", "un_member");

    private static final String AFRICAN = "AFRICAN";
    private static final String ASIA_PACIFIC = "ASIA_PACIFIC";
    private static final String EASTERN_EUROPEAN = "EASTERN_EUROPEAN";
    private static final String LATIN_AMERICAN_AND_CARIBBEAN = "LATIN_AMERICAN_AND_CARIBBEAN";
    private static final String WEOG = "WESTERN_EUROPEAN_AND_OTHERS";

    private static List<MemberState> rows;
    private static String migrationText;

    /** One row of the member_state table, as written in the migration. */
    record MemberState(String iso3, String iso2, String m49, String nameEn, String nameFr,
                       String regionalGroup, String electoralGroup, boolean unMember) {
    }

    @BeforeAll
    static void parseMigration() throws IOException {
        migrationText = Files.readString(MIGRATION, StandardCharsets.UTF_8);
        rows = new InsertParser(migrationText).memberStates();
    }

    // ---------------------------------------------------------------- membership

    @Test
    void listsAll193MemberStatesAndTwoObservers() {
        Set<String> observers = rows.stream()
                .filter(row -> !row.unMember())
                .map(MemberState::iso3)
                .collect(Collectors.toSet());

        assertAll(
                () -> assertEquals(195, rows.size(), "rows"),
                () -> assertEquals(193, rows.stream().filter(MemberState::unMember).count(), "UN members"),
                () -> assertEquals(Set.of("VAT", "PSE"), observers, "non-member observer states"));
    }

    @Test
    void listsRowsInAlphabeticalOrderOfEnglishName() {
        for (int i = 1; i < rows.size(); i++) {
            String previous = sortKey(rows.get(i - 1).nameEn());
            String current = sortKey(rows.get(i).nameEn());
            assertTrue(previous.compareTo(current) < 0,
                    () -> "out of order: " + previous + " before " + current);
        }
    }

    // ---------------------------------------------------------------- codes and names

    @Test
    void usesEveryCodeAndNameOnlyOnce() {
        assertAll(
                () -> assertNoDuplicates("iso3", MemberState::iso3),
                () -> assertNoDuplicates("iso2", MemberState::iso2),
                () -> assertNoDuplicates("m49", MemberState::m49),
                () -> assertNoDuplicates("name_en", MemberState::nameEn),
                () -> assertNoDuplicates("name_fr", MemberState::nameFr));
    }

    @Test
    void writesIsoCodesAsUpperCaseLettersAndM49AsThreeDigits() {
        List<Executable> checks = new ArrayList<>();
        for (MemberState row : rows) {
            checks.add(() -> assertTrue(row.iso3().matches("[A-Z]{3}"), "iso3 of " + row.nameEn()));
            checks.add(() -> assertTrue(row.iso2().matches("[A-Z]{2}"), "iso2 of " + row.nameEn()));
            checks.add(() -> assertTrue(row.m49().matches("[0-9]{3}"), "m49 of " + row.nameEn()));
        }
        assertAll(checks);
    }

    @Test
    void givesEveryStateNonBlankNamesInComposedUnicode() {
        List<Executable> checks = new ArrayList<>();
        for (MemberState row : rows) {
            for (String name : List.of(row.nameEn(), row.nameFr())) {
                checks.add(() -> assertFalse(name.isBlank(), "blank name for " + row.iso3()));
                checks.add(() -> assertEquals(name.strip(), name, "padded name for " + row.iso3()));
                checks.add(() -> assertTrue(Normalizer.isNormalized(name, Normalizer.Form.NFC),
                        "not NFC: " + name));
            }
        }
        assertAll(checks);
    }

    @Test
    void startsWithoutByteOrderMark() {
        assertFalse(migrationText.startsWith("\uFEFF"));
    }

    @Test
    void matchesKnownCodesOfSpotCheckedStates() {
        List<Executable> checks = new ArrayList<>();
        for (String expected : List.of(
                "PAK/PK/586", "JPN/JP/392", "KOR/KR/410", "GHA/GH/288", "DEU/DE/276",
                "CIV/CI/384", "TUR/TR/792", "STP/ST/678", "USA/US/840", "KIR/KI/296")) {
            String[] codes = expected.split("/");
            checks.add(() -> {
                MemberState row = byIso3(codes[0]);
                assertEquals(expected, row.iso3() + "/" + row.iso2() + "/" + row.m49());
            });
        }
        assertAll(checks);
    }

    @Test
    void spellsCoteDIvoireTurkiyeAndSaoTomeAndPrincipeExactly() {
        assertAll(
                () -> assertNames("CIV", "C\u00f4te d'Ivoire", "C\u00f4te d'Ivoire"),
                () -> assertNames("TUR", "T\u00fcrkiye", "T\u00fcrkiye"),
                () -> assertNames("STP", "S\u00e3o Tom\u00e9 and Pr\u00edncipe", "Sao Tom\u00e9-et-Principe"));
    }

    @Test
    void usesOfficialUnNamesForStatesWithLongFormShortNames() {
        assertAll(
                () -> assertNames("BOL", "Bolivia (Plurinational State of)", "Bolivie (\u00c9tat plurinational de)"),
                () -> assertNames("GBR", "United Kingdom of Great Britain and Northern Ireland",
                        "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord"),
                () -> assertNames("USA", "United States of America", "\u00c9tats-Unis d'Am\u00e9rique"),
                () -> assertNames("KOR", "Republic of Korea", "R\u00e9publique de Cor\u00e9e"),
                () -> assertNames("PRK", "Democratic People's Republic of Korea",
                        "R\u00e9publique populaire d\u00e9mocratique de Cor\u00e9e"),
                () -> assertNames("NLD", "Netherlands (Kingdom of the)", "Pays-Bas (Royaume des)"),
                () -> assertNames("VAT", "Holy See", "Saint-Si\u00e8ge"),
                () -> assertNames("PSE", "State of Palestine", "\u00c9tat de Palestine"),
                () -> assertNames("ZAF", "South Africa", "Afrique du Sud"));
    }

    // ---------------------------------------------------------------- groups

    @Test
    void givesEachRegionalGroupItsPublishedSizeAmongMembers() {
        Map<String, Long> sizes = rows.stream()
                .filter(MemberState::unMember)
                .filter(row -> row.regionalGroup() != null)
                .collect(Collectors.groupingBy(MemberState::regionalGroup, TreeMap::new, Collectors.counting()));

        Map<String, Long> expected = new TreeMap<>(Map.of(
                AFRICAN, 54L,
                ASIA_PACIFIC, 53L,
                EASTERN_EUROPEAN, 23L,
                LATIN_AMERICAN_AND_CARIBBEAN, 33L,
                WEOG, 28L));
        assertEquals(expected, sizes);
    }

    @Test
    void usesOnlyTheFiveKnownGroupNames() {
        Set<String> known = Set.of(AFRICAN, ASIA_PACIFIC, EASTERN_EUROPEAN, LATIN_AMERICAN_AND_CARIBBEAN, WEOG);
        List<Executable> checks = new ArrayList<>();
        for (MemberState row : rows) {
            checks.add(() -> assertTrue(row.regionalGroup() == null || known.contains(row.regionalGroup()),
                    "regional group of " + row.nameEn() + ": " + row.regionalGroup()));
            checks.add(() -> assertTrue(row.electoralGroup() == null || known.contains(row.electoralGroup()),
                    "electoral group of " + row.nameEn() + ": " + row.electoralGroup()));
        }
        assertAll(checks);
    }

    @Test
    void leavesKiribatiOutOfEveryGroup() {
        MemberState kiribati = byIso3("KIR");
        assertAll(
                () -> assertTrue(kiribati.unMember()),
                () -> assertNull(kiribati.regionalGroup()),
                () -> assertNull(kiribati.electoralGroup()));
    }

    @Test
    void countsTheUnitedStatesWithWesternEuropeanAndOthersOnlyForElections() {
        MemberState unitedStates = byIso3("USA");
        assertAll(
                () -> assertTrue(unitedStates.unMember()),
                () -> assertNull(unitedStates.regionalGroup()),
                () -> assertEquals(WEOG, unitedStates.electoralGroup()));
    }

    @Test
    void placesTurkiyeInWesternEuropeanAndOthers() {
        MemberState turkiye = byIso3("TUR");
        assertAll(
                () -> assertEquals(WEOG, turkiye.regionalGroup()),
                () -> assertEquals(WEOG, turkiye.electoralGroup()));
    }

    @Test
    void placesIsraelInWesternEuropeanAndOthersAndCyprusInAsiaPacific() {
        assertAll(
                () -> assertEquals(WEOG, byIso3("ISR").regionalGroup()),
                () -> assertEquals(ASIA_PACIFIC, byIso3("CYP").regionalGroup()));
    }

    @Test
    void givesEveryOtherMemberTheSameElectoralAndRegionalGroup() {
        List<Executable> checks = new ArrayList<>();
        rows.stream()
                .filter(MemberState::unMember)
                .filter(row -> !Set.of("KIR", "USA").contains(row.iso3()))
                .forEach(row -> checks.add(() -> {
                    assertNotNull(row.regionalGroup(), "regional group of " + row.nameEn());
                    assertEquals(row.regionalGroup(), row.electoralGroup(), "electoral group of " + row.nameEn());
                }));
        assertAll(checks);
    }

    @Test
    void placesStateOfPalestineInAsiaPacificWithoutStandingInElections() {
        MemberState palestine = byIso3("PSE");
        assertAll(
                () -> assertFalse(palestine.unMember()),
                () -> assertEquals(ASIA_PACIFIC, palestine.regionalGroup()),
                () -> assertNull(palestine.electoralGroup()));
    }

    @Test
    void leavesTheHolySeeOutOfEveryGroup() {
        MemberState holySee = byIso3("VAT");
        assertAll(
                () -> assertFalse(holySee.unMember()),
                () -> assertNull(holySee.regionalGroup()),
                () -> assertNull(holySee.electoralGroup()));
    }

    // ---------------------------------------------------------------- the parser itself

    @Test
    void parserReadsDoubledQuotesNullsAndBooleans() {
        List<MemberState> parsed = new InsertParser("""
                -- a comment with 'quotes' and a ; in it
                INSERT INTO member_state (iso3, iso2, m49, name_en, name_fr, regional_group, electoral_group, un_member)
                VALUES ('AAA', 'AA', '001', 'It''s', 'L''\u00e9t\u00e9, -- pas un commentaire', NULL, null, true),
                       ('BBB', 'BB', '002', 'B', 'b', 'X', 'Y', FALSE);
                """).memberStates();

        assertAll(
                () -> assertEquals(2, parsed.size()),
                () -> assertEquals("It's", parsed.get(0).nameEn()),
                () -> assertEquals("L'\u00e9t\u00e9, -- pas un commentaire", parsed.get(0).nameFr()),
                () -> assertNull(parsed.get(0).regionalGroup()),
                () -> assertNull(parsed.get(0).electoralGroup()),
                () -> assertTrue(parsed.get(0).unMember()),
                () -> assertFalse(parsed.get(1).unMember()));
    }

    // ---------------------------------------------------------------- helpers

    private static MemberState byIso3(String iso3) {
        return rows.stream()
                .filter(row -> row.iso3().equals(iso3))
                .findFirst()
                .orElseGet(() -> fail("no row for " + iso3));
    }

    private static void assertNames(String iso3, String nameEn, String nameFr) {
        MemberState row = byIso3(iso3);
        assertEquals(nameEn, row.nameEn(), "English name of " + iso3);
        assertEquals(nameFr, row.nameFr(), "French name of " + iso3);
    }

    private static void assertNoDuplicates(String column, Function<MemberState, String> value) {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = rows.stream()
                .map(value)
                .filter(v -> !seen.add(v))
                .collect(Collectors.toList());
        assertTrue(duplicates.isEmpty(), () -> "duplicate " + column + ": " + duplicates);
    }

    /** Accent- and case-insensitive key, so that C&ocirc;te d'Ivoire sorts after Costa Rica. */
    private static String sortKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    /**
     * Reads the value tuples of {@code INSERT INTO member_state (...) VALUES (...), (...);}
     * statements. Understands single-quoted strings with doubled quotes, the keywords NULL,
     * TRUE and FALSE, and {@code --} line comments outside strings; anything else fails.
     */
    static final class InsertParser {

        private final String sql;
        private int pos;

        InsertParser(String sql) {
            this.sql = sql;
        }

        List<MemberState> memberStates() {
            List<MemberState> result = new ArrayList<>();
            skipBlanksAndComments();
            while (pos < sql.length()) {
                expectWord("INSERT");
                expectWord("INTO");
                expectWord("member_state");
                assertEquals(COLUMNS, columnList(), "column list of the INSERT at offset " + pos);
                expectWord("VALUES");
                do {
                    result.add(toMemberState(tuple()));
                } while (accept(','));
                expect(';');
                skipBlanksAndComments();
            }
            return result;
        }

        private List<String> columnList() {
            List<String> columns = new ArrayList<>();
            expect('(');
            do {
                columns.add(word().toLowerCase(Locale.ROOT));
            } while (accept(','));
            expect(')');
            return columns;
        }

        private List<Object> tuple() {
            List<Object> values = new ArrayList<>();
            expect('(');
            do {
                values.add(value());
            } while (accept(','));
            expect(')');
            return values;
        }

        private Object value() {
            skipBlanksAndComments();
            if (peek() == '\'') {
                return string();
            }
            int start = pos;
            String keyword = word().toUpperCase(Locale.ROOT);
            switch (keyword) {
                case "NULL":
                    return null;
                case "TRUE":
                    return Boolean.TRUE;
                case "FALSE":
                    return Boolean.FALSE;
                default:
                    throw error("unexpected value '" + keyword + "'", start);
            }
        }

        private String string() {
            int start = pos;
            pos++; // opening quote
            StringBuilder text = new StringBuilder();
            while (true) {
                if (pos >= sql.length()) {
                    throw error("unterminated string", start);
                }
                char c = sql.charAt(pos++);
                if (c == '\'') {
                    if (pos < sql.length() && sql.charAt(pos) == '\'') {
                        text.append('\'');
                        pos++;
                    } else {
                        return text.toString();
                    }
                } else {
                    text.append(c);
                }
            }
        }

        private String word() {
            skipBlanksAndComments();
            int start = pos;
            while (pos < sql.length() && (Character.isLetterOrDigit(sql.charAt(pos)) || sql.charAt(pos) == '_')) {
                pos++;
            }
            if (start == pos) {
                throw error("expected a word", start);
            }
            return sql.substring(start, pos);
        }

        private void expectWord(String expected) {
            int start = pos;
            String actual = word();
            if (!actual.equalsIgnoreCase(expected)) {
                throw error("expected " + expected + " but found " + actual, start);
            }
        }

        private boolean accept(char c) {
            skipBlanksAndComments();
            if (peek() == c) {
                pos++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!accept(c)) {
                throw error("expected '" + c + "'", pos);
            }
        }

        private char peek() {
            return pos < sql.length() ? sql.charAt(pos) : '\0';
        }

        private void skipBlanksAndComments() {
            while (pos < sql.length()) {
                if (Character.isWhitespace(sql.charAt(pos)) || sql.charAt(pos) == '\uFEFF') {
                    pos++;
                } else if (sql.startsWith("--", pos)) {
                    int end = sql.indexOf('\n', pos);
                    pos = end < 0 ? sql.length() : end + 1;
                } else {
                    return;
                }
            }
        }

        private MemberState toMemberState(List<Object> values) {
            if (values.size() != COLUMNS.size()) {
                throw error("expected " + COLUMNS.size() + " values but found " + values.size() + ": " + values, pos);
            }
            if (!(values.get(7) instanceof Boolean)) {
                throw error("un_member must be TRUE or FALSE: " + values, pos);
            }
            Map<String, String> text = new LinkedHashMap<>();
            for (int i = 0; i < 7; i++) {
                Object value = values.get(i);
                if (value != null && !(value instanceof String)) {
                    throw error(COLUMNS.get(i) + " must be a string or NULL: " + values, pos);
                }
                text.put(COLUMNS.get(i), (String) value);
            }
            for (String required : List.of("iso3", "iso2", "m49", "name_en", "name_fr")) {
                if (text.get(required) == null) {
                    throw error(required + " must not be NULL: " + values, pos);
                }
            }
            return new MemberState(text.get("iso3"), text.get("iso2"), text.get("m49"),
                    text.get("name_en"), text.get("name_fr"),
                    text.get("regional_group"), text.get("electoral_group"), (Boolean) values.get(7));
        }

        private IllegalStateException error(String message, int at) {
            int line = 1;
            for (int i = 0; i < Math.min(at, sql.length()); i++) {
                if (sql.charAt(i) == '\n') {
                    line++;
                }
            }
            return new IllegalStateException(message + " (line " + line + " of " + MIGRATION + ")");
        }
    }
}
