package org.nkpetition.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** An email as moto's SES recorded it (moto keeps the HTML body when a message has both). */
public record SentEmail(String from, List<String> to, String subject, String body) {
    static SentEmail from(JsonNode message) {
        List<String> to = new ArrayList<>();
        message.path("destinations").path("ToAddresses").forEach(address -> to.add(address.asText()));
        return new SentEmail(message.path("source").asText(), to, message.path("subject").asText(),
                message.path("body").asText());
    }
}
