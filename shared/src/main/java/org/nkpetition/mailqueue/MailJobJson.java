package org.nkpetition.mailqueue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.time.LocalDate;
import org.nkpetition.domain.Destination;
import org.nkpetition.domain.Language;
import org.nkpetition.mail.MailJob;

/**
 * A {@link MailJob} as the body of a queue message:
 * {@code {"v":1,"kind":"confirmation","petitionId","signerKey","lang","title","to","token","baseUrl"}}
 * ({@code token} only for confirmations), plus {@code "destination":{"missionId","name","city","date"}} when a
 * confirmation names its mission ({@code date} YYYY-MM-DD or absent; an older reader ignores it, a message
 * without it reads as no destination). Version 1; an unknown version or shape is unreadable.
 */
public final class MailJobJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int VERSION = 1;

    private MailJobJson() {
    }

    public static String write(MailJob job) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("v", VERSION);
        node.put("kind", job.kind().code());
        node.put("petitionId", job.petitionId());
        node.put("signerKey", job.signerKey());
        node.put("lang", job.language().code());
        node.put("title", job.title());
        node.put("to", job.to());
        job.token().ifPresent(token -> node.put("token", token));
        node.put("baseUrl", job.baseUrl());
        job.destination().ifPresent(destination -> {
            ObjectNode place = node.putObject("destination");
            place.put("missionId", destination.missionId());
            place.put("name", destination.missionName());
            place.put("city", destination.city());
            destination.date().ifPresent(date -> place.put("date", date.toString()));
        });
        return node.toString();
    }

    /** The job in a message body, or empty when the body is not one (never says why: it may quote an address). */
    public static Optional<MailJob> read(String body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || node.path("v").asInt() != VERSION) {
                return Optional.empty();
            }
            Optional<MailJob.Kind> kind = MailJob.Kind.fromCode(node.path("kind").asText());
            Optional<Language> language = Language.fromCode(node.path("lang").asText());
            if (kind.isEmpty() || language.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new MailJob(kind.get(), text(node, "petitionId"), text(node, "signerKey"), language.get(),
                    text(node, "title"), text(node, "to"),
                    node.hasNonNull("token") ? Optional.of(node.get("token").asText()) : Optional.empty(),
                    text(node, "baseUrl"), destination(node.get("destination"))));
        } catch (JsonProcessingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The destination, or none when absent or malformed: a decoration must never cost the signer their email. */
    private static Optional<Destination> destination(JsonNode place) {
        if (place == null || !place.isObject()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Destination(text(place, "missionId"), text(place, "name"), text(place, "city"),
                    place.hasNonNull("date") ? Optional.of(LocalDate.parse(place.get("date").asText())) : Optional.empty()));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode node, String field) {
        if (!node.hasNonNull(field)) {
            throw new IllegalArgumentException("missing " + field);
        }
        return node.get(field).asText();
    }
}
