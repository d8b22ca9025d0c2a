package org.nkpetition.missions;

/**
 * One problem in an organiser's file: the line it starts on (1 = the header; 0 when it concerns the whole
 * file) and what is wrong, in English (organisers' tool).
 */
public record RowError(int line, String message) implements Comparable<RowError> {
    @Override
    public int compareTo(RowError other) {
        return Integer.compare(line, other.line);
    }

    @Override
    public String toString() {
        return line > 0 ? "line " + line + ": " + message : message;
    }
}
