package org.nkpetition.list.entry;

import java.text.Normalizer;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.nkpetition.domain.Language;

/**
 * The fields of an import row (CSV cell texts, or the values of a JSON object) checked and turned
 * into a {@link ListEntry}, or every problem found with them. The same rules apply to CSV, JSON and
 * what the store gives back, so nothing reaches the index that an import would have refused.
 */
public final class EntryFields {
    /**
     * The columns of the import format, in their documented order (docs/LIST.md). The place columns
     * in Korean and Spanish came later (issue 13) and go last, so older files and tools still line up;
     * {@code event_place} and {@code detention_place} are English.
     */
    public static final List<String> COLUMNS = List.of("id", "names", "gender", "birth_year", "category", "status",
            "status_date", "event_date", "event_place", "detention_place", "notes_en", "notes_ko", "notes_es",
            "sources", "consent", "event_place_ko", "event_place_es", "detention_place_ko", "detention_place_es");
    public static final List<String> REQUIRED = List.of("id", "names", "consent");
    /** Separates several values in one cell (names, sources). */
    public static final String SEPARATOR = ";";

    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final int MAX_NAMES = 20;
    static final int MAX_NAME_LENGTH = 120;
    static final int MAX_PLACE_LENGTH = 200;
    static final int MAX_NOTES_LENGTH = 4000;
    static final int MAX_SOURCES = 30;
    static final int MAX_SOURCE_LENGTH = 500;
    private static final Pattern CONTROL_EXCEPT_LINE_BREAKS = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");
    private static final Pattern ANY_CONTROL = Pattern.compile("\\p{Cc}");

    /** An entry, or why there is none. */
    public record Result(Optional<ListEntry> entry, List<RowError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private final int line;
    private final Map<String, Object> values;
    private final List<RowError> errors = new ArrayList<>();

    private EntryFields(int line, Map<String, Object> values) {
        this.line = line;
        this.values = values;
    }

    /**
     * Checks one row. Values are texts (a CSV cell), lists of texts (a JSON array for names or
     * sources) or absent; {@code line} is where the row starts in its file, for the errors.
     */
    public static Result parse(int line, Map<String, Object> values) {
        return new EntryFields(line, values).parse();
    }

    private Result parse() {
        String id = required("id", this::id);
        List<String> names = list("names", MAX_NAMES, MAX_NAME_LENGTH, true);
        if (names.isEmpty() && !hasError("names")) {
            error("names", "at least one name is required");
        }
        Optional<Gender> gender = optional("gender", text -> Gender.fromCode(text.toUpperCase(Locale.ROOT))
                .orElseGet(() -> fail("gender", "must be F, M, X or empty")));
        OptionalInt birthYear = optional("birth_year", this::year).map(OptionalInt::of).orElse(OptionalInt.empty());
        Optional<Category> category = optional("category", text -> Category.fromCode(text.toLowerCase(Locale.ROOT))
                .orElseGet(() -> fail("category", "must be one of " + Category.codes() + " or empty")));
        Optional<EntryStatus> status = optional("status", text -> EntryStatus.fromCode(text.toLowerCase(Locale.ROOT))
                .orElseGet(() -> fail("status", "must be one of " + EntryStatus.codes() + " or empty")));
        Optional<PartialDate> statusDate = optional("status_date", text -> date("status_date", text));
        Optional<PartialDate> eventDate = optional("event_date", text -> date("event_date", text));
        LocalizedText eventPlace = place("event_place");
        LocalizedText detentionPlace = place("detention_place");
        Map<Language, String> notes = new java.util.LinkedHashMap<>();
        for (Language language : ListLanguages.ALL) {
            String field = "notes_" + language.code();
            optional(field, text -> bounded(field, text, MAX_NOTES_LENGTH)).ifPresent(text -> notes.put(language, text));
        }
        List<String> sources = list("sources", MAX_SOURCES, MAX_SOURCE_LENGTH, false);
        Boolean consent = required("consent", this::consent);
        if (!errors.isEmpty()) {
            return new Result(Optional.empty(), List.copyOf(errors));
        }
        return new Result(Optional.of(new ListEntry(id, names, gender, birthYear, category, status, statusDate, eventDate,
                eventPlace, detentionPlace, notes, sources, consent)), List.of());
    }

    /** A place column in English ({@code field}) and in the other languages ({@code field_ko}, {@code field_es}). */
    private LocalizedText place(String field) {
        Map<Language, String> texts = new java.util.LinkedHashMap<>();
        for (Language language : ListLanguages.ALL) {
            String column = placeColumn(field, language);
            optional(column, text -> bounded(column, text, MAX_PLACE_LENGTH)).ifPresent(text -> texts.put(language, text));
        }
        return new LocalizedText(texts);
    }

    /** "event_place" for English, "event_place_ko" and "event_place_es" for the others. */
    public static String placeColumn(String field, Language language) {
        return language == Language.DEFAULT ? field : field + "_" + language.code();
    }

    private String id(String text) {
        if (!ID.matcher(text).matches()) {
            return fail("id", "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return text;
    }

    private Integer year(String text) {
        int latest = Year.now(ZoneOffset.UTC).getValue();
        if (!text.matches("\\d{4}") || Integer.parseInt(text) < 1900 || Integer.parseInt(text) > latest) {
            return fail("birth_year", "must be a year from 1900 to " + latest + ", or empty");
        }
        return Integer.parseInt(text);
    }

    private PartialDate date(String field, String text) {
        return PartialDate.parse(text).orElseGet(() -> fail(field, "must be YYYY, YYYY-MM or YYYY-MM-DD, or empty"));
    }

    private Boolean consent(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> fail("consent", "must be true or false");
        };
    }

    private String bounded(String field, String text, int maxLength) {
        if (text.length() > maxLength) {
            return fail(field, "is longer than " + maxLength + " characters");
        }
        if (CONTROL_EXCEPT_LINE_BREAKS.matcher(text).find()) {
            return fail(field, "contains control characters");
        }
        return text;
    }

    /** A list field: a JSON array of texts or one text with values separated by ';'. */
    private List<String> list(String field, int maxItems, int maxLength, boolean singleLine) {
        Object value = values.get(field);
        List<String> parts = new ArrayList<>();
        if (value instanceof List<?> items) {
            for (Object item : items) {
                if (!(item instanceof String text)) {
                    fail(field, "must be a list of texts");
                    return List.of();
                }
                if (text.contains(SEPARATOR)) {
                    // The CSV form separates values with ';': a value containing one could not be exported.
                    fail(field, "has a value containing '" + SEPARATOR + "'");
                    return List.of();
                }
                parts.add(text);
            }
        } else if (value instanceof String text) {
            parts.addAll(List.of(text.split(SEPARATOR, -1)));
        } else if (value != null) {
            fail(field, "must be a text or a list of texts");
            return List.of();
        }
        List<String> cleaned = new ArrayList<>();
        for (String part : parts) {
            String text = clean(part);
            if (text.isEmpty()) {
                continue;
            }
            if (text.length() > maxLength) {
                fail(field, "has a value longer than " + maxLength + " characters");
            } else if ((singleLine ? ANY_CONTROL : CONTROL_EXCEPT_LINE_BREAKS).matcher(text).find()) {
                fail(field, singleLine ? "has a value with line breaks or control characters"
                        : "has a value with control characters");
            } else if (!cleaned.contains(text)) {
                cleaned.add(text);
            }
        }
        if (cleaned.size() > maxItems) {
            fail(field, "has more than " + maxItems + " values");
        }
        return cleaned;
    }

    private <T> T required(String field, Function<String, T> parser) {
        Optional<T> value = optional(field, parser);
        if (value.isEmpty() && !hasError(field)) {
            error(field, "is required");
        }
        return value.orElse(null);
    }

    private <T> Optional<T> optional(String field, Function<String, T> parser) {
        Object value = values.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String raw)) {
            fail(field, "must be a single value");
            return Optional.empty();
        }
        String text = clean(raw);
        return text.isEmpty() ? Optional.empty() : Optional.ofNullable(parser.apply(text));
    }

    /** NFC, so that Hangul typed on a Mac (decomposed jamo) matches Hangul typed elsewhere; trimmed. */
    static String clean(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }

    private boolean hasError(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    private void error(String field, String message) {
        errors.add(new RowError(line, field, message));
    }

    /** Records the problem and yields null, so a parser can refuse inline. */
    private <T> T fail(String field, String message) {
        error(field, message);
        return null;
    }
}
