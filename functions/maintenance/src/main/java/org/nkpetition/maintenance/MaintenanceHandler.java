package org.nkpetition.maintenance;

import org.nkpetition.storage.dynamodb.DynamoDbClients;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nkpetition.config.Environment;
import org.nkpetition.count.CountStore;
import org.nkpetition.count.Recount;
import org.nkpetition.count.RecountResult;
import org.nkpetition.domain.Petition;
import org.nkpetition.petition.PetitionStore;
import org.nkpetition.signature.Anonymisation;
import org.nkpetition.signature.ConfirmedSignatures;
import org.nkpetition.storage.dynamodb.DynamoDbConfirmedSignatures;
import org.nkpetition.storage.dynamodb.DynamoDbStores;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Scheduled housekeeping, invoked by EventBridge Scheduler with {"task": "recount"} (nightly:
 * repair counter drift on every petition) or {"task": "anonymise"} (daily: strip signers' details
 * from petitions closed longer than ANONYMISE_AFTER_DAYS).
 */
public final class MaintenanceHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PetitionStore petitions;
    private final Recount recount;
    private final Anonymisation anonymisation;
    private final Clock clock;

    public MaintenanceHandler() {
        this(System.getenv());
    }

    public MaintenanceHandler(Map<String, String> variables) {
        this(new Environment(variables), Clock.systemUTC());
    }

    MaintenanceHandler(Environment env, Clock clock) {
        DynamoDbClient dynamo = DynamoDbClients.create(env);
        this.petitions = DynamoDbStores.petitions(env, dynamo);
        CountStore counts = DynamoDbStores.counts(env, dynamo);
        ConfirmedSignatures confirmed = new DynamoDbConfirmedSignatures(dynamo, env.require("SIGNATURES_TABLE"));
        this.recount = new Recount(confirmed, counts);
        this.anonymisation = new Anonymisation(petitions, confirmed, DynamoDbStores.signatures(env, dynamo),
                Duration.ofDays(env.getInt("ANONYMISE_AFTER_DAYS", 180)));
        this.clock = clock;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        String task = input == null ? "" : String.valueOf(input.getOrDefault("task", ""));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("task", task);
        switch (task) {
            case "recount" -> summary.put("repaired", recountAll());
            case "anonymise" -> summary.put("anonymised", anonymisation.run(clock.instant()).stream()
                    .map(done -> Map.of("petitionId", done.petitionId(), "signatures", done.signatures())).toList());
            default -> throw new IllegalArgumentException("Unknown task; expected \"recount\" or \"anonymise\"");
        }
        log(summary);
        return summary;
    }

    private List<Map<String, Object>> recountAll() {
        return petitions.list().stream()
                .map(Petition::id)
                .map(recount::recount)
                .filter(RecountResult::changed)
                .map(result -> Map.<String, Object>of("petitionId", result.after().petitionId(),
                        "before", result.before().total(), "after", result.after().total()))
                .toList();
    }

    /** Petition ids and numbers only: nothing about any signer. */
    private static void log(Map<String, Object> summary) {
        ObjectNode line = JSON.valueToTree(summary);
        line.put("level", "INFO");
        System.out.println(line);
    }
}
