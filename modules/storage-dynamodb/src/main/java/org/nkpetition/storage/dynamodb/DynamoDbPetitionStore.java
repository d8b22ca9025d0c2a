package org.nkpetition.storage.dynamodb;

import static org.nkpetition.storage.dynamodb.Attributes.s;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nkpetition.domain.Petition;
import org.nkpetition.petition.PetitionJson;
import org.nkpetition.petition.PetitionStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Petitions table: one item per petition, its definition kept as the documented JSON. */
public final class DynamoDbPetitionStore implements PetitionStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDbPetitionStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Optional<Petition> find(String petitionId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table)
                .key(Map.of("petitionId", s(petitionId)))).item();
        return item == null || !item.containsKey("definition") ? Optional.empty() : Optional.of(PetitionJson.read(item.get("definition").s()));
    }

    @Override
    public List<Petition> list() {
        // A handful of petitions: a scan of this small table is the simplest correct read.
        // Missions and deliveries share the table under their own key prefixes: skip any item without a definition.
        return dynamo.scanPaginator(b -> b.tableName(table)).items().stream()
                .filter(item -> item.containsKey("definition"))
                .map(item -> PetitionJson.read(item.get("definition").s()))
                .sorted(Comparator.comparing(Petition::id))
                .toList();
    }

    @Override
    public void put(Petition petition, Instant now) {
        UpdateExpression update = new UpdateExpression()
                .set("status", s(petition.status().code()))
                .set("definition", s(PetitionJson.write(petition)));
        String expression;
        if (petition.isOpen()) {
            expression = update.remove("closedAt").expression();
        } else {
            // Keep the first closing time: the anonymisation clock starts there, not at a later edit.
            expression = update.expression() + ", " + update.name("closedAt") + " = if_not_exists("
                    + update.name("closedAt") + ", :closedAt)";
            update.value(":closedAt", s(now.toString()));
        }
        dynamo.updateItem(b -> b.tableName(table).key(Map.of("petitionId", s(petition.id())))
                .updateExpression(expression)
                .expressionAttributeNames(update.names())
                .expressionAttributeValues(update.values().isEmpty() ? null : update.values()));
    }

    @Override
    public Optional<Instant> closedAt(String petitionId) {
        return instant(petitionId, "closedAt");
    }

    @Override
    public Optional<Instant> anonymisedAt(String petitionId) {
        return instant(petitionId, "anonymisedAt");
    }

    @Override
    public void markAnonymised(String petitionId, Instant at) {
        dynamo.updateItem(b -> b.tableName(table).key(Map.of("petitionId", s(petitionId)))
                .updateExpression("SET anonymisedAt = :at")
                .conditionExpression("attribute_exists(petitionId)")
                .expressionAttributeValues(Map.of(":at", s(at.toString()))));
    }

    private Optional<Instant> instant(String petitionId, String attribute) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table)
                .key(Map.of("petitionId", s(petitionId))).consistentRead(true)).item();
        return item == null ? Optional.empty() : Attributes.optionalInstant(item, attribute);
    }
}
