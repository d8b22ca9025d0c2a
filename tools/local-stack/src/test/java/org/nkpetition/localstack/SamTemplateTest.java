package org.nkpetition.localstack;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dev server and the tests take routes, tables and environments from template.yaml itself. */
class SamTemplateTest {
    private final SamTemplate template = SamTemplate.read(ProjectFiles.template());

    @Test
    void functionsCarryTheirHandlerAndRoutes() {
        SamTemplate.Function sign = template.functions().stream().filter(f -> f.logicalId().equals("SignFunction"))
                .findFirst().orElseThrow();
        assertEquals("org.nkpetition.sign.SignHandler", sign.handlerClass());
        assertTrue(sign.routes().contains(new SamTemplate.Route("POST", "/petitions/{petitionId}/signatures")));
        assertTrue(sign.routes().contains(new SamTemplate.Route("GET", "/signatures/confirm")));
    }

    @Test
    void localEnvironmentsResolveTablesAndParameterDefaultsAndLeaveAwsOnlyValuesOut() {
        SamTemplate.Function sign = template.functions().stream().filter(f -> f.logicalId().equals("SignFunction"))
                .findFirst().orElseThrow();
        Map<String, String> environment = template.localEnvironment(sign);
        assertEquals("SignaturesTable", environment.get("SIGNATURES_TABLE"), "globals apply, tables by logical id");
        assertEquals("PetitionsTable", environment.get("PETITIONS_TABLE"));
        assertEquals("10", environment.get("COUNTER_SHARDS"), "parameters resolve to their defaults");
        assertEquals("petition@example.org", environment.get("SENDER_EMAIL"));
        assertFalse(environment.containsKey("SIGNER_HASH_KEY"), "never the key itself (docs/adr/0050)");
        assertEquals("SignerHashKey", environment.get("SIGNER_HASH_KEY_SECRET_ARN"), "a secret by its local name");
        assertFalse(environment.containsKey("PUBLIC_BASE_URL"));
    }

    @Test
    void everyRouteOfTheTemplateIsDocumentedInTheOpenApiDescription() throws Exception {
        String openApi = java.nio.file.Files.readString(ProjectFiles.root().resolve("docs/openapi.yaml"));
        for (SamTemplate.Function function : template.functions()) {
            for (SamTemplate.Route route : function.routes()) {
                int path = openApi.indexOf("\n  " + route.path() + ":\n");
                assertTrue(path >= 0, route.path() + " is missing from docs/openapi.yaml");
                int next = openApi.indexOf("\n  /", path + 1);
                String operations = openApi.substring(path, next < 0 ? openApi.indexOf("\ncomponents:") : next);
                assertTrue(operations.contains("\n    " + route.method().toLowerCase() + ":"),
                        route.method() + " " + route.path() + " is missing from docs/openapi.yaml");
            }
        }
    }

    @Test
    void tablesKeepTheirKeysIndexesAndTtl() {
        SamTemplate.Resource signatures = template.tables().stream().filter(t -> t.logicalId().equals("SignaturesTable"))
                .findFirst().orElseThrow();
        assertEquals("expiresAt", SamTemplate.map(signatures.properties().get("TimeToLiveSpecification")).get("AttributeName"));
        assertEquals(1, ((List<?>) signatures.properties().get("GlobalSecondaryIndexes")).size());
    }
}
