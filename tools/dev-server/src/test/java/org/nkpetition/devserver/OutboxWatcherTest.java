package org.nkpetition.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxWatcherTest {
    @Test
    void confirmAndWithdrawLinksComeWithTheirTokenAndAPasteableCurl() {
        String text = """
                Please confirm: http://localhost:3917/signatures/confirm?token=AbC_d-1.xYz&lang=ko
                Changed your mind? http://localhost:3917/signatures/withdraw?token=AbC_d-1.xYz&lang=ko
                The petition: http://localhost:3917/petitions/stop-forced-repatriation?lang=ko
                """;
        assertEquals(List.of(
                "Link:  http://localhost:3917/signatures/confirm?token=AbC_d-1.xYz&lang=ko",
                "Token: AbC_d-1.xYz",
                "Confirm with curl: curl -s -X POST 'http://localhost:3917/signatures/confirm'"
                        + " -H 'content-type: application/json' -d '{\"token\":\"AbC_d-1.xYz\"}'",
                "Link:  http://localhost:3917/signatures/withdraw?token=AbC_d-1.xYz&lang=ko",
                "Token: AbC_d-1.xYz",
                "Withdraw with curl: curl -s -X POST 'http://localhost:3917/signatures/withdraw'"
                        + " -H 'content-type: application/json' -d '{\"token\":\"AbC_d-1.xYz\"}'",
                "Link:  http://localhost:3917/petitions/stop-forced-repatriation?lang=ko"),
                OutboxWatcher.describe(text));
    }
}
