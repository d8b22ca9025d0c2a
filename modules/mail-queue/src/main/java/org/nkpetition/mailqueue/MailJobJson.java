package org.nkpetition.mailqueue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
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
    private static final int VERSION = 1;

    private MailJobJson() {
    }

    public static String write(MailJob job) {
        Map<String, Object> node = new LinkedHashMap<>();
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
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("missionId", destination.missionId());
            place.put("name", destination.missionName());
            place.put("city", destination.city());
            destination.date().ifPresent(date -> place.put("date", date.toString()));
            node.put("destination", place);
        });
        try {
            return JSON.std.asString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The job in a message body, or empty when the body is not one (never says why: it may quote an address). */
    public static Optional<MailJob> read(String body) {
        try {
            if (!(JSON.std.anyFrom(body) instanceof Map<?, ?> node) || !Integer.valueOf(VERSION).equals(node.get("v"))) {
                return Optional.empty();
            }
            Optional<MailJob.Kind> kind = MailJob.Kind.fromCode(String.valueOf(node.get("kind")));
            Optional<Language> language = Language.fromCode(String.valueOf(node.get("lang")));
            if (kind.isEmpty() || language.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new MailJob(kind.get(), text(node, "petitionId"), text(node, "signerKey"), language.get(),
                    text(node, "title"), text(node, "to"),
                    Optional.ofNullable(node.get("token")).map(Object::toString),
                    text(node, "baseUrl"), destination(node.get("destination"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The destination, or none when absent or malformed: a decoration must never cost the signer their email. */
    private static Optional<Destination> destination(Object value) {
        if (!(value instanceof Map<?, ?> place)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Destination(text(place, "missionId"), text(place, "name"), text(place, "city"),
                    Optional.ofNullable(place.get("date")).map(date -> LocalDate.parse(date.toString()))));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private static String text(Map<?, ?> node, String field) {
        Object value = node.get(field);
        if (value == null) {
            throw new IllegalArgumentException("missing " + field);
        }
        return value.toString();
    }
}
