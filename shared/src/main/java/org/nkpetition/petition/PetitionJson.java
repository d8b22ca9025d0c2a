package org.nkpetition.petition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.domain.PetitionText;
import org.nkpetition.text.UnicodeText;

/** Reads and writes the petition file format of DESIGN.md ("Petition file"). */
public final class PetitionJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}[a-z0-9]");
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    private PetitionJson() {
    }

    /** Whether a text could be a petition id (checked before it goes anywhere near a table key). */
    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    public static Petition read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidPetitionException("(file)", "not valid JSON");
        }
        if (root == null || !root.isObject()) {
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
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", petition.id());
        root.put("status", petition.status().code());
        petition.goal().ifPresent(goal -> root.put("goal", goal));
        ObjectNode texts = root.putObject("texts");
        for (Language language : Language.values()) {
            PetitionText text = petition.texts().get(language);
            if (text != null) {
                ObjectNode node = texts.putObject(language.code())
                        .put("title", text.title()).put("summary", text.summary()).put("body", text.body());
                if (!text.recipients().isEmpty()) {
                    text.recipients().forEach(node.putArray("recipients")::add);
                }
            }
        }
        petition.recipients().forEach(root.putArray("recipients")::add);
        petition.organisers().forEach(root.putArray("organisers")::add);
        ArrayNode dates = root.putArray("deliveryDates");
        petition.deliveryDates().forEach(date -> dates.add(date.format(MONTH_DAY)));
        root.put("timeZone", petition.timeZone().getId());
        return root.toString();
    }

    private static Petition.Status status(JsonNode root) {
        String status = requiredText(root, "status");
        try {
            return Petition.Status.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidPetitionException("status", "must be \"open\" or \"closed\"");
        }
    }

    private static OptionalLong goal(JsonNode root) {
        JsonNode goal = root.get("goal");
        if (goal == null || goal.isNull()) {
            return OptionalLong.empty();
        }
        if (!goal.canConvertToLong() || !goal.isIntegralNumber() || goal.asLong() <= 0) {
            throw new InvalidPetitionException("goal", "must be a positive whole number");
        }
        return OptionalLong.of(goal.asLong());
    }

    private static Map<Language, PetitionText> texts(JsonNode root) {
        JsonNode texts = root.get("texts");
        if (texts == null || !texts.isObject()) {
            throw new InvalidPetitionException("texts", "required, an object keyed by language");
        }
        Map<Language, PetitionText> result = new java.util.LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = texts.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            String path = "texts." + entry.getKey();
            Language language = Language.fromCode(entry.getKey())
                    .filter(l -> l.code().equals(entry.getKey()))
                    .orElseThrow(() -> new InvalidPetitionException(path, "language must be one the platform speaks (a message"
                            + " bundle i18n/messages_xx.properties): " + Language.codes()));
            JsonNode text = entry.getValue();
            if (!text.isObject()) {
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

    private static List<MonthDay> deliveryDates(JsonNode root) {
        JsonNode dates = root.get("deliveryDates");
        if (dates == null || dates.isNull()) {
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

    private static ZoneId timeZone(JsonNode root) {
        JsonNode zone = root.get("timeZone");
        if (zone == null || zone.isNull()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(zone.asText());
        } catch (DateTimeException e) {
            throw new InvalidPetitionException("timeZone", "\"" + zone.asText() + "\" is not a time zone such as Asia/Seoul");
        }
    }

    private static List<String> stringList(JsonNode root, String field) {
        JsonNode list = root.get(field);
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new InvalidPetitionException(field, "must be a list of strings");
        }
        List<String> result = new ArrayList<>();
        for (JsonNode item : list) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw new InvalidPetitionException(field, "must be a list of non-empty strings");
            }
            result.add(UnicodeText.nfc(item.asText().trim()));
        }
        return result;
    }

    private static String requiredText(JsonNode node, String field) {
        return requiredText(node, field, null);
    }

    private static String requiredText(JsonNode node, String field, String parent) {
        String path = parent == null ? field : parent + "." + field;
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new InvalidPetitionException(path, "required, a non-empty string");
        }
        // Organisers' files are text as typed too (a Mac's editor may save NFD): stored in NFC like everything else.
        return UnicodeText.nfc(value.asText().trim());
    }

    private static String optionalText(JsonNode node, String field, String parent) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            throw new InvalidPetitionException(parent + "." + field, "must be a string");
        }
        return UnicodeText.nfc(value.asText().trim());
    }
}
