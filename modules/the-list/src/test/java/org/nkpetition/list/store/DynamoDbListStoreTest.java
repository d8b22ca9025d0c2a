package org.nkpetition.list.store;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nkpetition.localstack.LocalStack;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The DynamoDB adapter on the ListTable of template.yaml, in the serialized moto the tests share. */
class DynamoDbListStoreTest extends ListStoreContract {
    private final LocalStack stack = LocalStack.get();

    @BeforeEach
    void reset() {
        stack.reset();
    }

    @Override
    protected ListStore store() {
        return new DynamoDbListStore(stack.dynamo(), "ListTable");
    }

    @Test
    void anItemThatNoLongerPassesTheChecksIsSkipped() {
        ListStore store = store();
        store.write("g1", List.of(entry("a-1", "Kim Sol"), entry("a-2", "Lee Min")), ListStore.Progress.NONE);
        stack.dynamo().putItem(b -> b.tableName("ListTable").item(Map.of(
                "pk", AttributeValue.fromS(DynamoDbListStore.ENTRIES_PREFIX + "g1"), "sk", AttributeValue.fromS("a-3"),
                "entry", AttributeValue.fromS("{\"id\":\"a-3\",\"names\":[],\"consent\":true}"))));
        assertEquals(List.of("a-1", "a-2"), store.entries("g1").stream().map(e -> e.id()).toList());
    }
}
