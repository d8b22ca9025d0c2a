package org.nkpetition.export;

/**
 * Neutralises spreadsheet formula injection (CSV injection) in a cell someone else wrote.
 *
 * <p>A spreadsheet runs a cell as a formula when it starts with {@code = + - @} (or a tab or
 * carriage return before one, and some also take the full-width {@code ＝ ＋ － ＠}). Where a
 * cell starts depends on who opens the file: our CSV separates with commas, but Excel and
 * LibreOffice in many locales (de, fr, es, ko with some settings ...) split on semicolons, some
 * imports split on tabs, and a careless one on line breaks. So a trigger is neutralised wherever
 * any of those readers could see a cell begin: at the start of the value, and after every
 * {@code , ; TAB CR LF} in it (spaces and double quotes in between, which importers trim, do not
 * protect). Neutralised means an apostrophe is put in front of the trigger, which spreadsheets
 * show as plain text and which keeps every character of what was written.
 *
 * <p>Idempotent ({@code cell(cell(x)).equals(cell(x))}) and total (null is "").
 */
public final class SpreadsheetSafe {
    private SpreadsheetSafe() {
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        StringBuilder safe = null;
        boolean cellStart = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (cellStart && isTrigger(c)) {
                if (safe == null) {
                    safe = new StringBuilder(value.length() + 8).append(value, 0, i);
                }
                safe.append('\'');
            }
            if (safe != null) {
                safe.append(c);
            }
            if (isSeparator(c)) {
                cellStart = true;
            } else if (!isPadding(c)) {
                cellStart = false;
            }
        }
        return safe == null ? value : safe.toString();
    }

    /** A character that makes a spreadsheet read the cell as a formula when the cell starts with it. */
    static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
                || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20';
    }

    /** Spaces and quotes an importer may trim or strip: a trigger after them still starts a cell. */
    static boolean isPadding(char c) {
        return c == ' ' || c == '"' || c == '\u00A0' || c == '\u3000';
    }

    /** A character some reader of the file may split cells or rows on. */
    static boolean isSeparator(char c) {
        return c == ',' || c == ';' || c == '\t' || c == '\r' || c == '\n';
    }
}
