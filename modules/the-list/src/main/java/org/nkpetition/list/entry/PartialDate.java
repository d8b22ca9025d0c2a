package org.nkpetition.list.entry;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day ("2019", "2019-04", "2019-04-17"): reports about
 * detentions are rarely more precise, and inventing a day would be worse than leaving it out.
 */
public record PartialDate(String text) implements Comparable<PartialDate> {
    private static final Pattern SHAPE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public PartialDate {
        if (!isValid(text)) {
            throw new IllegalArgumentException("Not a YYYY, YYYY-MM or YYYY-MM-DD date");
        }
    }

    public static Optional<PartialDate> parse(String text) {
        return isValid(text) ? Optional.of(new PartialDate(text)) : Optional.empty();
    }

    static boolean isValid(String text) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            return false;
        }
        try {
            switch (text.length()) {
                case 7 -> YearMonth.parse(text);
                case 10 -> LocalDate.parse(text);
                default -> {
                }
            }
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    @Override
    public int compareTo(PartialDate other) {
        return text.compareTo(other.text);
    }

    @Override
    public String toString() {
        return text;
    }
}
