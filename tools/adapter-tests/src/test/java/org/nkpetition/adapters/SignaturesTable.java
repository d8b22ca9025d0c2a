package org.nkpetition.adapters;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One signatures table (template.yaml's {@code SignaturesTable}) for a test class: made before its
 * first test, deleted after its last. {@code @RegisterExtension static final SignaturesTable
 * SIGNATURES = new SignaturesTable();}
 */
final class SignaturesTable implements BeforeAllCallback, AfterAllCallback {
    private DynamoDbTestTables tables;
    private String name;

    @Override
    public void beforeAll(ExtensionContext context) {
        tables = new DynamoDbTestTables();
        name = tables.create("SignaturesTable");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        tables.close();
    }

    DynamoDbClient dynamo() {
        return tables.dynamo();
    }

    /** The table's name. */
    String name() {
        return name;
    }

    /** The tables' helper: which endpoint, how many calls were made. */
    DynamoDbTestTables tables() {
        return tables;
    }
}
