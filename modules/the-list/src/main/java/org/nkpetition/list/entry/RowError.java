package org.nkpetition.list.entry;

/** Why a row of an import file was refused: its line in the file, the field, what is wrong. */
public record RowError(int line, String field, String message) implements Comparable<RowError> {
    @Override
    public int compareTo(RowError other) {
        return Integer.compare(line, other.line);
    }

    @Override
    public String toString() {
        return "line " + line + (field.isEmpty() ? "" : ", " + field) + ": " + message;
    }
}
