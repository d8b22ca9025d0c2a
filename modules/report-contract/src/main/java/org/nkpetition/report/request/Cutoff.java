package org.nkpetition.report.request;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The moment a report counts up to (signatures confirmed strictly before it), in whole seconds.
 * Whole seconds matter: confirmation times sort as ISO strings in the index, and only at second
 * boundaries does string order agree with time order, so a whole-second cut-off selects exactly
 * the same signatures however often it is rerun.
 */
public record Cutoff(Instant instant) implements Comparable<Cutoff> {
    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    public Cutoff {
        instant = instant.truncatedTo(ChronoUnit.SECONDS);
    }

    public static Cutoff of(Instant instant) {
        return new Cutoff(instant);
    }

    /** An ISO-8601 instant ("2026-09-24T00:00:00Z") or date-time with offset ("2026-09-24T09:00:00+09:00"). */
    public static Optional<Cutoff> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Cutoff(OffsetDateTime.parse(text.trim()).toInstant()));
        } catch (DateTimeParseException notIso) {
            return Optional.empty();
        }
    }

    /** The folder name under reports/{petitionId}/: compact, sortable, safe in any file system. */
    public String folderName() {
        return FOLDER.format(instant);
    }

    public boolean includes(Instant confirmedAt) {
        return confirmedAt.isBefore(instant);
    }

    @Override
    public int compareTo(Cutoff other) {
        return instant.compareTo(other.instant);
    }

    @Override
    public String toString() {
        return instant.toString();
    }
}
