package org.peacekeeping.pledges.intake;

/**
 * A cell as the sheet's XML holds it, before it is read as the field it belongs to: its type, its value as written
 * (the text of a string, the digits of a number), and the formula if it has one.
 */
record RawCell(int column, Type type, String value, String formula) {

    /** The cell types of SpreadsheetML, as far as they matter here. */
    enum Type {
        TEXT, NUMBER, BOOLEAN, ERROR, ISO_DATE
    }

    boolean hasFormula() {
        return formula != null;
    }

    boolean blank() {
        return formula == null && (value == null || value.isBlank());
    }
}
