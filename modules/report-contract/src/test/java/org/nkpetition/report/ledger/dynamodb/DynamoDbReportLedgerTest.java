package org.nkpetition.report.ledger.dynamodb;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.nkpetition.localstack.LocalStack;
import org.nkpetition.report.fakes.ReportLedgerContract;
import org.nkpetition.report.ledger.ReportLedger;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The DynamoDB adapter against moto (the template's signatures table), held to the ledger's contract. */
class DynamoDbReportLedgerTest extends ReportLedgerContract {
    private final LocalStack stack = LocalStack.get();
    private final DynamoDbReportLedger ledger = new DynamoDbReportLedger(stack.dynamo(), "SignaturesTable");

    @Override
    protected ReportLedger ledger() {
        return ledger;
    }

    @Override
    protected String freshPetitionId() {
        return "petition-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theItemHoldsNoSignerDataAndExpires() {
        String petition = freshPetitionId();
        ledger.lease(petition, CUTOFF, NOW, NOW.plusSeconds(960));
        Map<String, AttributeValue> item = stack.dynamo().getItem(b -> b.tableName("SignaturesTable")
                .key(org.nkpetition.storage.dynamodb.SignatureTableKeys.report(petition, CUTOFF.folderName()))).item();
        assertTrue(item.get("pk").s().startsWith("REPORT#"), item.toString());
        assertEquals(NOW.plusSeconds(400L * 24 * 3600).getEpochSecond(), Long.parseLong(item.get("expiresAt").n()));
        assertTrue(item.keySet().stream().noneMatch(name -> name.contains("email") && !name.equals("emailedAt")), item.toString());
    }
}
