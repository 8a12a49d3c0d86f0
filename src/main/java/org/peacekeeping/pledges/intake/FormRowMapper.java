package org.peacekeeping.pledges.intake;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DateUtil;
import org.peacekeeping.pledges.platform.Problem.FieldError;
import org.peacekeeping.pledges.pledge.Partner;
import org.peacekeeping.pledges.pledge.PledgeInput;
import org.peacekeeping.pledges.pledge.ReadinessLevel;
import org.peacekeeping.pledges.pledge.SelfSustainment;
import org.peacekeeping.pledges.reference.Category;

/**
 * Reads a raw form row as a pledge: each cell as its column's kind of value (text, whole number, date), codes and
 * names against the lists, and every cell that cannot be read is an error naming sheet, row, column and reason.
 * Formulas are refused wherever a value is expected. The pledge rules themselves (ranges, women within personnel,
 * lengths) are the pledge service's, checked afterwards.
 */
final class FormRowMapper {

    /** A row key: letters, digits, dot, hyphen, underscore; up to 40 characters. */
    static final Pattern ROW_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private final FormSheet sheet;
    private final FormLists lists;

    FormRowMapper(FormSheet sheet, FormLists lists) {
        this.sheet = sheet;
        this.lists = lists;
    }

    FormRow map(FormReader.RawRow raw) {
        Row row = new Row(raw);
        String key = row.text(FormField.ROW_KEY);
        if (key == null) {
            if (!row.failed(FormField.ROW_KEY)) {
                row.error(FormField.ROW_KEY, "the row has no key; give it one (letters, digits, - . _), or use one of "
                        + "the prepared rows that have a key");
            }
        } else if (!ROW_KEY.matcher(key).matches()) {
            row.error(FormField.ROW_KEY, "the row key \u201c" + key + "\u201d may hold only letters, digits, - . _ "
                    + "(up to 40 characters)");
            key = null;
        }
        String title = row.text(FormField.TITLE);
        if (title == null && !row.failed(FormField.TITLE)) {
            row.error(FormField.TITLE, "give the pledge a title");
        }
        String type = null;
        String typeText = row.text(FormField.CAPABILITY_TYPE);
        Optional<FormLists.Type> found = typeText == null ? Optional.empty() : lists.type(typeText);
        if (typeText == null) {
            if (!row.failed(FormField.CAPABILITY_TYPE)) {
                row.error(FormField.CAPABILITY_TYPE, "choose a capability type from the list");
            }
        } else if (found.isEmpty()) {
            row.error(FormField.CAPABILITY_TYPE, "\u201c" + typeText + "\u201d is not a capability type; choose one "
                    + "from the list");
        } else {
            type = found.get().code();
        }
        Category category = row.code(FormField.CATEGORY, Category.class);
        if (category != null && found.isPresent() && found.get().category() != category) {
            row.error(FormField.CATEGORY, found.get().name() + " is in the category " + found.get().category()
                    + ", not " + category + " (the category may also be left empty)");
        }
        String event = null;
        String eventText = row.text(FormField.EVENT);
        if (eventText != null) {
            Optional<FormLists.Event> known = lists.event(eventText);
            if (known.isEmpty()) {
                row.error(FormField.EVENT, "\u201c" + eventText + "\u201d is not an event; choose one from the list or "
                        + "leave it empty for a standing pledge");
            } else {
                event = known.get().code();
            }
        }
        ReadinessLevel readiness = row.code(FormField.READINESS_LEVEL, ReadinessLevel.class);
        SelfSustainment selfSustainment = row.code(FormField.SELF_SUSTAINMENT, SelfSustainment.class);
        String missions = row.text(FormField.PREFERRED_MISSIONS);
        List<String> missionCodes = missions == null ? null : Arrays.stream(missions.split("[,;\\s]+"))
                .filter(code -> !code.isBlank()).map(code -> code.toUpperCase(Locale.ROOT)).toList();
        PledgeInput input = new PledgeInput(null, event, type, title, row.text(FormField.DESCRIPTION),
                row.whole(FormField.UNITS), row.whole(FormField.PERSONNEL), row.whole(FormField.WOMEN),
                row.date(FormField.AVAILABLE_FROM), row.whole(FormField.DAYS_TO_DEPLOY),
                row.whole(FormField.DURATION_MONTHS), selfSustainment, row.text(FormField.CAVEATS), missionCodes,
                null, null);
        if (sheet.column(FormField.PARTNERS).isPresent() && !row.failed(FormField.PARTNERS)) {
            // A form with the column says who the partners are (none when it is empty); roles stay the app's.
            String partners = row.text(FormField.PARTNERS);
            input = input.withPartners(partners == null ? List.of() : Arrays.stream(partners.split("[,;\\s]+"))
                    .filter(code -> !code.isBlank()).map(code -> new Partner(code.toUpperCase(Locale.ROOT), null))
                    .toList());
        }
        return new FormRow(raw.number(), key, input, readiness, row.errors());
    }

    /** The cells of one row by field, and the errors found reading them (one per cell at most). */
    private final class Row {

        private final int number;
        private final Map<FormField, RawCell> cells = new EnumMap<>(FormField.class);
        private final Map<FormField, FieldError> errors = new EnumMap<>(FormField.class);

        Row(FormReader.RawRow raw) {
            this.number = raw.number();
            raw.cells().forEach((column, cell) -> {
                FormField field = sheet.fields().get(column);
                if (field != null) {
                    cells.put(field, cell);
                }
            });
            cells.forEach((field, cell) -> {
                if (cell.hasFormula()) {
                    error(field, "holds a formula" + (cell.formula().isBlank() ? "" : " (=" + cell.formula() + ")")
                            + "; type the value itself");
                } else if (cell.type() == RawCell.Type.ERROR) {
                    error(field, "holds the error value " + cell.value() + "; type the value itself");
                } else if (cell.type() == RawCell.Type.BOOLEAN) {
                    error(field, "holds TRUE or FALSE, which this column does not take");
                }
            });
        }

        void error(FormField field, String reason) {
            errors.putIfAbsent(field, sheet.problem(field, number, reason));
        }

        boolean failed(FormField field) {
            return errors.containsKey(field);
        }

        List<FieldError> errors() {
            return new ArrayList<>(errors.values());
        }

        /** The cell as text (a number written without a trailing ".0"), null when empty or unreadable. */
        String text(FormField field) {
            RawCell cell = cells.get(field);
            if (cell == null || failed(field)) {
                return null;
            }
            String text = cell.type() == RawCell.Type.NUMBER ? plainNumber(cell.value()) : cell.value().strip();
            return text.isEmpty() ? null : text;
        }

        Integer whole(FormField field) {
            RawCell cell = cells.get(field);
            if (cell == null || failed(field)) {
                return null;
            }
            String text = cell.value().strip();
            try {
                double number = Double.parseDouble(text);
                if (number != Math.rint(number) || Math.abs(number) > Integer.MAX_VALUE) {
                    error(field, "must be a whole number, not " + plainNumber(text));
                    return null;
                }
                return (int) number;
            } catch (NumberFormatException e) {
                error(field, "must be a whole number, not \u201c" + text + "\u201d");
                return null;
            }
        }

        LocalDate date(FormField field) {
            RawCell cell = cells.get(field);
            if (cell == null || failed(field)) {
                return null;
            }
            String text = cell.value().strip();
            LocalDate date = null;
            if (cell.type() == RawCell.Type.NUMBER) {
                try {
                    double serial = Double.parseDouble(text);
                    if (DateUtil.isValidExcelDate(serial)) {
                        date = DateUtil.getLocalDateTime(serial, sheet.date1904()).toLocalDate();
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
            } else {
                try {
                    date = LocalDate.parse(text.length() > 10 && cell.type() == RawCell.Type.ISO_DATE
                            ? text.substring(0, 10) : text);
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            if (date == null) {
                error(field, "must be a date like 2027-03-31, not \u201c" + text + "\u201d");
                return null;
            }
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                error(field, date + " is not a plausible date (between " + EARLIEST + " and " + LATEST + ")");
                return null;
            }
            return date;
        }

        /** One of an enumeration's codes; case, spaces and hyphens do not matter ("Level 1" is LEVEL_1). */
        <E extends Enum<E>> E code(FormField field, Class<E> type) {
            String text = text(field);
            if (text == null) {
                return null;
            }
            String code = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
            try {
                return Enum.valueOf(type, code);
            } catch (IllegalArgumentException e) {
                error(field, "\u201c" + text + "\u201d is not one of " + Arrays.stream(type.getEnumConstants())
                        .map(Enum::name).collect(Collectors.joining(", ")));
                return null;
            }
        }
    }

    /** "12" for 12.0, "12.5" for 12.5: a number as the person typed it. */
    static String plainNumber(String text) {
        try {
            double number = Double.parseDouble(text.strip());
            if (number == Math.rint(number) && Math.abs(number) < 1e15) {
                return String.valueOf((long) number);
            }
            return java.math.BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return text.strip();
        }
    }
}
