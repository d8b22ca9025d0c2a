package org.nkpetition.mailer;

import org.nkpetition.mail.sending.SesClients;
import org.nkpetition.storage.dynamodb.DynamoDbClients;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nkpetition.config.Environment;
import org.nkpetition.mail.Suppressions;
import org.nkpetition.security.KeyedHash;
import org.nkpetition.storage.dynamodb.DynamoDbSuppressions;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.SuppressionListReason;

/**
 * SES bounce and complaint events (configuration set → SNS → here): a permanent bounce or a
 * complaint suppresses the address for this project (keyed hash, {@link DynamoDbSuppressions}) and
 * in SES's account-level suppression list, so it is never emailed again. Transient bounces (mailbox
 * full, out of office) change nothing. Logs counts only, never an address.
 */
public final class BounceHandler implements RequestHandler<SNSEvent, Void> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Suppressions suppressions;
    private final SesV2Client ses;

    public BounceHandler() {
        this(System.getenv());
    }

    public BounceHandler(Map<String, String> variables) {
        Environment env = new Environment(variables);
        this.suppressions = new DynamoDbSuppressions(DynamoDbClients.create(env), env.require("SIGNATURES_TABLE"),
                new KeyedHash(org.nkpetition.secrets.Secrets.fromEnvironment(env, "SIGNER_HASH_KEY")));
        this.ses = SesClients.create(env);
    }

    @Override
    public Void handleRequest(SNSEvent event, Context context) {
        int suppressed = 0;
        int ignored = 0;
        for (SNSEvent.SNSRecord record : event == null || event.getRecords() == null ? List.<SNSEvent.SNSRecord>of() : event.getRecords()) {
            Suppression found = parse(record.getSNS().getMessage());
            for (String address : found.addresses()) {
                suppressions.suppress(address, found.reason());
                try {
                    ses.putSuppressedDestination(b -> b.emailAddress(address).reason(
                            found.reason().equals("complaint") ? SuppressionListReason.COMPLAINT : SuppressionListReason.BOUNCE));
                } catch (RuntimeException e) {
                    // Our own suppression already holds; SES's list is a second net.
                }
                suppressed++;
            }
            if (found.addresses().isEmpty()) {
                ignored++;
            }
        }
        System.out.println("{\"time\":\"" + Instant.now() + "\",\"level\":\"INFO\",\"sesEvents\":"
                + (event == null || event.getRecords() == null ? 0 : event.getRecords().size())
                + ",\"suppressed\":" + suppressed + ",\"ignored\":" + ignored + "}");
        return null;
    }

    record Suppression(String reason, List<String> addresses) {
    }

    /**
     * An SES event (configuration set event publishing, {@code eventType}) or notification
     * ({@code notificationType}): recipients of permanent bounces and of complaints.
     */
    static Suppression parse(String message) {
        List<String> addresses = new ArrayList<>();
        try {
            JsonNode event = JSON.readTree(message);
            String type = event.path("eventType").asText(event.path("notificationType").asText());
            if ("Bounce".equals(type) && "Permanent".equals(event.path("bounce").path("bounceType").asText())) {
                event.path("bounce").path("bouncedRecipients").forEach(r -> addresses.add(r.path("emailAddress").asText()));
                return new Suppression("bounce", addresses);
            }
            if ("Complaint".equals(type)) {
                event.path("complaint").path("complainedRecipients").forEach(r -> addresses.add(r.path("emailAddress").asText()));
                return new Suppression("complaint", addresses);
            }
        } catch (IOException | RuntimeException unreadable) {
            // Not an SES event: nothing to suppress.
        }
        return new Suppression("none", List.of());
    }
}
