package org.nkpetition.export;

/**
 * Neutralises spreadsheet formula injection (CSV injection): a cell a signer wrote that starts with
 * = + - @ or a control character would run as a formula when an organiser opens the file in a
 * spreadsheet; prefixed with an apostrophe it shows as the text it is.
 */
public final class SpreadsheetSafe {
    private SpreadsheetSafe() {
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        boolean dangerous = first == '=' || first == '+' || first == '-' || first == '@' || Character.isISOControl(first);
        return dangerous ? "'" + value : value;
    }
}
