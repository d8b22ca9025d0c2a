package org.nkpetition.storage.dynamodb;

import org.nkpetition.config.Environment;
import org.nkpetition.count.CountStore;
import org.nkpetition.petition.PetitionStore;
import org.nkpetition.signature.SignatureStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The stores a function needs, with table names and shard count from its environment (template.yaml). */
public final class DynamoDbStores {
    public static final int DEFAULT_COUNTER_SHARDS = 10;

    private DynamoDbStores() {
    }

    public static PetitionStore petitions(Environment env, DynamoDbClient dynamo) {
        return new DynamoDbPetitionStore(dynamo, env.require("PETITIONS_TABLE"));
    }

    public static SignatureStore signatures(Environment env, DynamoDbClient dynamo) {
        return new DynamoDbSignatureStore(dynamo, env.require("SIGNATURES_TABLE"), counterShards(env));
    }

    public static CountStore counts(Environment env, DynamoDbClient dynamo) {
        return new DynamoDbCountStore(dynamo, env.require("SIGNATURES_TABLE"), counterShards(env));
    }

    private static int counterShards(Environment env) {
        return env.getInt("COUNTER_SHARDS", DEFAULT_COUNTER_SHARDS);
    }
}
