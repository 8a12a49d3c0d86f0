package org.peacekeeping.pledges.intake;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.peacekeeping.pledges.platform.Problem.FieldError;
import org.peacekeeping.pledges.pledge.LineItem;
import org.peacekeeping.pledges.pledge.LineKind;

/**
 * Reads a raw row of the sheet of detail lines as a line: the pledge it belongs to (a row key, or a whole number for a
 * row of the pledge sheet), its kind (the readable label the drop-down offers, English or French, or the code), its
 * description and its quantity. Every cell that cannot be read is an error naming sheet, row, column and reason;
 * whether the named pledge row exists is the service's to check, against the pledge rows read.
 */
final class LineRowMapper {

    /** The labels the kind drop-down offers, in the list's order. */
    static final Map<LineKind, String> LABELS = Map.of(LineKind.MAJOR_EQUIPMENT, "Major equipment",
            LineKind.SELF_SUSTAINMENT, "Self-sustainment");
    private static final Map<LineKind, String> LABELS_FR = Map.of(LineKind.MAJOR_EQUIPMENT, "Mat\u00e9riel majeur",
            LineKind.SELF_SUSTAINMENT, "Soutien autonome");

    /** As the detail line itself allows. */
    static final int DESCRIPTION_MAX = 500;

    private final LineSheet sheet;

    LineRowMapper(LineSheet sheet) {
        this.sheet = sheet;
    }

    /** The kind drop-down's values. */
    static List<String> kindLabels() {
        return List.of(LABELS.get(LineKind.MAJOR_EQUIPMENT), LABELS.get(LineKind.SELF_SUSTAINMENT));
    }

    FormLine map(FormReader.RawRow raw) {
        int number = raw.number();
        Map<LineField, RawCell> cells = new EnumMap<>(LineField.class);
        Map<LineField, FieldError> errors = new EnumMap<>(LineField.class);
        raw.cells().forEach((column, cell) -> {
            LineField field = sheet.fields().get(column);
            if (field != null) {
                cells.put(field, cell);
            }
        });
        cells.forEach((field, cell) -> {
            if (cell.hasFormula()) {
                errors.put(field, sheet.problem(field, number, "holds a formula" + (cell.formula().isBlank() ? ""
                        : " (=" + cell.formula() + ")") + "; type the value itself"));
            } else if (cell.type() == RawCell.Type.ERROR) {
                errors.put(field, sheet.problem(field, number, "holds the error value " + cell.value()
                        + "; type the value itself"));
            } else if (cell.type() == RawCell.Type.BOOLEAN) {
                errors.put(field, sheet.problem(field, number, "holds TRUE or FALSE, which this column does not "
                        + "take"));
            }
        });

        String pledgeKey = null;
        Integer pledgeRow = null;
        RawCell pledge = usable(cells, errors, LineField.PLEDGE_ROW);
        if (pledge == null) {
            errors.putIfAbsent(LineField.PLEDGE_ROW, sheet.problem(LineField.PLEDGE_ROW, number, "name the pledge "
                    + "the line belongs to: its row key (column A of the sheet Pledges) or its row number there"));
        } else if (pledge.type() == RawCell.Type.NUMBER) {
            String text = FormRowMapper.plainNumber(pledge.value());
            try {
                pledgeRow = Integer.valueOf(text);
            } catch (NumberFormatException e) {
                errors.put(LineField.PLEDGE_ROW, sheet.problem(LineField.PLEDGE_ROW, number, text + " is not a row "
                        + "number; give the pledge's row key or its whole row number on the sheet Pledges"));
            }
        } else {
            String text = pledge.value().strip();
            if (text.matches("\\d{1,7}")) {
                pledgeRow = Integer.valueOf(text);
            } else if (FormRowMapper.ROW_KEY.matcher(text).matches()) {
                pledgeKey = text;
            } else {
                errors.put(LineField.PLEDGE_ROW, sheet.problem(LineField.PLEDGE_ROW, number, "\u201c" + text
                        + "\u201d is neither a row key nor a row number of the sheet Pledges"));
            }
        }

        LineKind kind = null;
        RawCell kindCell = usable(cells, errors, LineField.KIND);
        if (kindCell == null) {
            errors.putIfAbsent(LineField.KIND, sheet.problem(LineField.KIND, number, "choose the kind of line from "
                    + "the list: " + String.join(" or ", kindLabels())));
        } else {
            kind = kind(kindCell.value());
            if (kind == null) {
                errors.put(LineField.KIND, sheet.problem(LineField.KIND, number, "\u201c" + kindCell.value().strip()
                        + "\u201d is not a kind of line; choose " + String.join(" or ", kindLabels())));
            }
        }

        String description = null;
        RawCell descriptionCell = usable(cells, errors, LineField.DESCRIPTION);
        if (descriptionCell == null) {
            errors.putIfAbsent(LineField.DESCRIPTION, sheet.problem(LineField.DESCRIPTION, number, "say what the "
                    + "line is, e.g. Armoured personnel carrier"));
        } else {
            description = descriptionCell.type() == RawCell.Type.NUMBER
                    ? FormRowMapper.plainNumber(descriptionCell.value()) : descriptionCell.value().strip();
            if (description.length() > DESCRIPTION_MAX) {
                errors.put(LineField.DESCRIPTION, sheet.problem(LineField.DESCRIPTION, number, "at most "
                        + DESCRIPTION_MAX + " characters, not " + description.length()));
                description = null;
            }
        }

        Integer quantity = null;
        RawCell quantityCell = usable(cells, errors, LineField.QUANTITY);
        if (quantityCell == null) {
            errors.putIfAbsent(LineField.QUANTITY, sheet.problem(LineField.QUANTITY, number, "give the quantity, "
                    + "a whole number of 0 or more"));
        } else {
            String text = quantityCell.value().strip();
            try {
                double value = Double.parseDouble(text);
                if (value != Math.rint(value) || value < 0 || value > Integer.MAX_VALUE) {
                    errors.put(LineField.QUANTITY, sheet.problem(LineField.QUANTITY, number, "must be a whole "
                            + "number of 0 or more, not " + FormRowMapper.plainNumber(text)));
                } else {
                    quantity = (int) value;
                }
            } catch (NumberFormatException e) {
                errors.put(LineField.QUANTITY, sheet.problem(LineField.QUANTITY, number, "must be a whole number "
                        + "of 0 or more, not \u201c" + text + "\u201d"));
            }
        }
        LineItem item = kind != null && description != null && quantity != null && errors.isEmpty()
                ? new LineItem(kind, description, quantity) : null;
        return new FormLine(number, pledgeKey, pledgeRow, item, new ArrayList<>(errors.values()));
    }

    /** The field's cell when it holds a value that may be read (not empty, no formula, no error value). */
    private static RawCell usable(Map<LineField, RawCell> cells, Map<LineField, FieldError> errors, LineField field) {
        RawCell cell = cells.get(field);
        if (cell == null || errors.containsKey(field) || cell.value() == null || cell.value().isBlank()) {
            return null;
        }
        return cell;
    }

    /** The kind a label or code names; case, spaces, hyphens and underscores do not matter. */
    static LineKind kind(String text) {
        String key = FormLists.key(text);
        for (LineKind kind : LineKind.values()) {
            if (key.equals(FormLists.key(kind.name())) || key.equals(FormLists.key(LABELS.get(kind)))
                    || key.equals(FormLists.key(LABELS_FR.get(kind)))) {
                return kind;
            }
        }
        return null;
    }
}
