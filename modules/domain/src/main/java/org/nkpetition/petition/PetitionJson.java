package org.nkpetition.petition;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.domain.PetitionText;
import org.nkpetition.text.UnicodeText;

/**
 * Reads and writes the petition file format of DESIGN.md ("Petition file"), with jackson-jr (plain maps
 * and lists: a repeated key is invalid JSON here).
 */
public final class PetitionJson {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}[a-z0-9]");
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    private PetitionJson() {
    }

    /** Whether a text could be a petition id (checked before it goes anywhere near a table key). */
    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** The petition in a file's text; {@link InvalidPetitionException} naming the field that is wrong. */
    public static Petition read(String json) {
        Object parsed;
        try {
            parsed = JSON.std.anyFrom(json);
        } catch (IOException | RuntimeException e) {
            throw new InvalidPetitionException("(file)", "not valid JSON");
        }
        if (!(parsed instanceof Map<?, ?> root)) {
            throw new InvalidPetitionException("(file)", "must be a JSON object");
        }
        String id = requiredText(root, "id");
        if (!isValidId(id)) {
            throw new InvalidPetitionException("id", "use 3-64 lower-case letters, digits and hyphens");
        }
        return new Petition(id, status(root), goal(root), texts(root), stringList(root, "recipients"),
                stringList(root, "organisers"), deliveryDates(root), timeZone(root));
    }

    public static String write(Petition petition) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("id", petition.id());
        root.put("status", petition.status().code());
        petition.goal().ifPresent(goal -> root.put("goal", goal));
        Map<String, Object> texts = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            PetitionText text = petition.texts().get(language);
            if (text != null) {
                Map<String, Object> node = new LinkedHashMap<>();
                node.put("title", text.title());
                node.put("summary", text.summary());
                node.put("body", text.body());
                if (!text.recipients().isEmpty()) {
                    node.put("recipients", text.recipients());
                }
                texts.put(language.code(), node);
            }
        }
        root.put("texts", texts);
        root.put("recipients", petition.recipients());
        root.put("organisers", petition.organisers());
        root.put("deliveryDates", petition.deliveryDates().stream().map(date -> date.format(MONTH_DAY)).toList());
        root.put("timeZone", petition.timeZone().getId());
        try {
            return JSON.std.asString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Petition.Status status(Map<?, ?> root) {
        String status = requiredText(root, "status");
        try {
            return Petition.Status.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidPetitionException("status", "must be \"open\" or \"closed\"");
        }
    }

    private static OptionalLong goal(Map<?, ?> root) {
        Object goal = root.get("goal");
        if (goal == null) {
            return OptionalLong.empty();
        }
        if (!(goal instanceof Integer || goal instanceof Long) || ((Number) goal).longValue() <= 0) {
            throw new InvalidPetitionException("goal", "must be a positive whole number");
        }
        return OptionalLong.of(((Number) goal).longValue());
    }

    private static Map<Language, PetitionText> texts(Map<?, ?> root) {
        if (!(root.get("texts") instanceof Map<?, ?> texts)) {
            throw new InvalidPetitionException("texts", "required, an object keyed by language");
        }
        Map<Language, PetitionText> result = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : texts.entrySet()) {
            String code = entry.getKey().toString();
            String path = "texts." + code;
            Language language = Language.fromCode(code)
                    .filter(l -> l.code().equals(code))
                    .orElseThrow(() -> new InvalidPetitionException(path, "language must be one the platform speaks (a message"
                            + " bundle i18n/messages_xx.properties): " + Language.codes()));
            if (!(entry.getValue() instanceof Map<?, ?> text)) {
                throw new InvalidPetitionException(path, "must be an object with title, summary and body");
            }
            result.put(language, new PetitionText(requiredText(text, "title", path),
                    optionalText(text, "summary", path), optionalText(text, "body", path),
                    stringList(text, "recipients")));
        }
        if (!result.containsKey(Language.EN)) {
            throw new InvalidPetitionException("texts.en", "required");
        }
        return result;
    }

    private static List<MonthDay> deliveryDates(Map<?, ?> root) {
        if (root.get("deliveryDates") == null) {
            return Petition.DEFAULT_DELIVERY_DATES;
        }
        List<MonthDay> result = new ArrayList<>();
        for (String value : stringList(root, "deliveryDates")) {
            try {
                result.add(MonthDay.parse("--" + value));
            } catch (DateTimeParseException e) {
                throw new InvalidPetitionException("deliveryDates", "\"" + value + "\" is not a MM-DD date");
            }
        }
        return result;
    }

    private static ZoneId timeZone(Map<?, ?> root) {
        Object zone = root.get("timeZone");
        if (zone == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(zone.toString());
        } catch (DateTimeException e) {
            throw new InvalidPetitionException("timeZone", "\"" + zone + "\" is not a time zone such as Asia/Seoul");
        }
    }

    private static List<String> stringList(Map<?, ?> root, String field) {
        Object list = root.get(field);
        if (list == null) {
            return List.of();
        }
        if (!(list instanceof List<?> items)) {
            throw new InvalidPetitionException(field, "must be a list of strings");
        }
        List<String> result = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof String text) || text.isBlank()) {
                throw new InvalidPetitionException(field, "must be a list of non-empty strings");
            }
            result.add(UnicodeText.nfc(text.trim()));
        }
        return result;
    }

    private static String requiredText(Map<?, ?> node, String field) {
        return requiredText(node, field, null);
    }

    private static String requiredText(Map<?, ?> node, String field, String parent) {
        String path = parent == null ? field : parent + "." + field;
        if (!(node.get(field) instanceof String value) || value.isBlank()) {
            throw new InvalidPetitionException(path, "required, a non-empty string");
        }
        // Organisers' files are text as typed too (a Mac's editor may save NFD): stored in NFC like everything else.
        return UnicodeText.nfc(value.trim());
    }

    private static String optionalText(Map<?, ?> node, String field, String parent) {
        Object value = node.get(field);
        if (value == null) {
            return "";
        }
        if (!(value instanceof String text)) {
            throw new InvalidPetitionException(parent + "." + field, "must be a string");
        }
        return UnicodeText.nfc(text.trim());
    }
}
