package org.nkpetition.localstack;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nkpetition.storage.dynamodb.SignatureTableKeys;

/**
 * The IAM of template.yaml as docs/SECURITY.md describes it: every role reads only the signatures-table
 * keys it needs (dynamodb:LeadingKeys, with the prefixes the code really writes), the report API
 * invokes the worker's live alias, secrets are read one by one, and no IAM user or access key exists.
 */
class LeastPrivilegeTemplateTest {
    private final SamTemplate template = SamTemplate.read(ProjectFiles.template());

    @Test
    void theCountFunctionReadsCounterShardsOnlyNeverASignature() {
        List<Map<String, Object>> statements = onTable("CountAndPagesFunction", "SignaturesTable");
        assertEquals(1, statements.size());
        assertEquals(List.of("dynamodb:BatchGetItem"), actions(statements.get(0)));
        assertEquals(List.of(prefix(SignatureTableKeys.counterShard("p", 0))), leadingKeys(statements.get(0)),
                "COUNTER# only: no pending signature, no token");
    }

    @Test
    void everyRoleTouchingSignatureItemsIsLimitedToTheKeyPrefixesTheCodeUses() {
        List<String> known = List.of(prefix(SignatureTableKeys.signature("p", "s")), prefix(SignatureTableKeys.token("t")),
                prefix(SignatureTableKeys.counterShard("p", 0)), prefix(SignatureTableKeys.report("p", "c")),
                prefix(SignatureTableKeys.suppressed("h")), "RATE#*");
        for (SamTemplate.Function function : template.functions()) {
            for (Map<String, Object> statement : onTable(function.logicalId(), "SignaturesTable")) {
                List<String> prefixes = leadingKeys(statement);
                assertFalse(prefixes.isEmpty(), function.logicalId() + " " + statement.get("Sid") + " has no LeadingKeys condition");
                assertTrue(known.containsAll(prefixes), function.logicalId() + ": " + prefixes + " not among " + known);
            }
        }
        assertFalse(leadingKeys(onTable("SignFunction", "SignaturesTable").get(0)).contains("REPORT#*"));
    }

    @Test
    void theReportApiInvokesTheWorkersLiveAliasNotLatest() {
        SamTemplate.Function api = function("DeliveryReportApiFunction");
        assertEquals(new Intrinsic("Ref", "DeliveryReportFunction.Alias"), api.environment().get("REPORT_WORKER_FUNCTION"));
        Map<String, Object> invoke = statements("DeliveryReportApiFunction").stream()
                .filter(s -> actions(s).contains("lambda:InvokeFunction")).findFirst().orElseThrow();
        assertEquals(new Intrinsic("Ref", "DeliveryReportFunction.Alias"), invoke.get("Resource"));
    }

    @Test
    void secretsAreReadOneByOneAndNoLongLivedKeyExists() {
        assertEquals(List.of(), template.resourcesOfType("AWS::IAM::User"));
        assertEquals(List.of(), template.resourcesOfType("AWS::IAM::AccessKey"));
        for (SamTemplate.Function function : template.functions()) {
            for (Map<String, Object> statement : statements(function.logicalId())) {
                if (actions(statement).stream().anyMatch(a -> a.startsWith("secretsmanager:"))) {
                    assertEquals(List.of("secretsmanager:GetSecretValue"), actions(statement));
                    Intrinsic resource = assertInstanceOf(Intrinsic.class, statement.get("Resource"), function.logicalId());
                    assertEquals("Ref", resource.function());
                    Object secret = resource.argument();
                    assertTrue(template.resourcesOfType("AWS::SecretsManager::Secret").stream()
                            .anyMatch(r -> r.logicalId().equals(secret)), function.logicalId() + " reads one secret");
                    assertTrue(function.environment().containsValue(new Intrinsic("Ref", secret)),
                            function.logicalId() + " is given the ARN of the secret it may read");
                }
            }
        }
    }

    @Test
    void tablesCannotBeDeletedByAStackUpdate() {
        for (SamTemplate.Resource table : template.tables()) {
            assertEquals(true, table.properties().get("DeletionProtectionEnabled"), table.logicalId());
        }
    }

    private SamTemplate.Function function(String logicalId) {
        return template.functions().stream().filter(f -> f.logicalId().equals(logicalId)).findFirst().orElseThrow();
    }

    /** The inline policy statements of a function, from the raw template. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> statements(String functionId) {
        Map<String, Object> properties = template.resourcesOfType("AWS::Serverless::Function").stream()
                .filter(r -> r.logicalId().equals(functionId)).findFirst().orElseThrow().properties();
        List<Map<String, Object>> found = new ArrayList<>();
        for (Object policy : (List<Object>) properties.getOrDefault("Policies", List.of())) {
            found.addAll((List<Map<String, Object>>) SamTemplate.map(policy).getOrDefault("Statement", List.of()));
        }
        return found;
    }

    /** Statements whose resource is the table itself (!GetAtt Table.Arn), not one of its indexes. */
    private List<Map<String, Object>> onTable(String functionId, String table) {
        return statements(functionId).stream()
                .filter(s -> s.get("Resource") instanceof Intrinsic i && i.function().equals("GetAtt")
                        && String.valueOf(i.argument()).equals(table + ".Arn"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> actions(Map<String, Object> statement) {
        Object action = statement.get("Action");
        return action instanceof List<?> list ? (List<String>) list : List.of(String.valueOf(action));
    }

    @SuppressWarnings("unchecked")
    private static List<String> leadingKeys(Map<String, Object> statement) {
        Map<String, Object> like = SamTemplate.map(SamTemplate.map(statement.get("Condition")).get("ForAllValues:StringLike"));
        Object keys = like.get("dynamodb:LeadingKeys");
        return keys instanceof List<?> list ? (List<String>) list : Stream.ofNullable(keys).map(String::valueOf).toList();
    }

    private static String prefix(Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> key) {
        String pk = key.get(SignatureTableKeys.PK).s();
        return pk.substring(0, pk.indexOf('#') + 1) + "*";
    }
}
