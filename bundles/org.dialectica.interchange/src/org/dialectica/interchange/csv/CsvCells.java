package org.dialectica.interchange.csv;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 records, with the OWASP guard against formula injection in spreadsheets. */
public final class CsvCells {

    private CsvCells() {
    }

    /**
     * A cell that a spreadsheet would run as a formula (starting with = + - @, or a tab or carriage return that
     * some spreadsheets skip before one) gets a leading apostrophe, so it is shown as text.
     */
    public static String defuse(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }

    /** Quotes a cell when it holds a comma, a quote or a line break; quotes inside are doubled. */
    public static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    /** One record, CRLF-terminated as RFC 4180 asks. */
    public static String record(List<String> cells) {
        return cells.stream().map(CsvCells::defuse).map(CsvCells::quote).collect(Collectors.joining(",")) + "\r\n";
    }
}
