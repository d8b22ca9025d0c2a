package org.nkpetition.report.handler;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.nkpetition.localstack.ProjectFiles;
import org.nkpetition.report.ReportFixture;
import org.nkpetition.signature.DisplayName;

/**
 * The worker function as Lambda builds it: template.yaml's Handler string and environment, the sample
 * scheduler event in, the worker's answer out. What the worker does is tested in modules/reports.
 */
class DeliveryReportHandlerTest {
    private final ReportFixture fixture = new ReportFixture();

    @Test
    void theSampleSchedulerEventReachesTheWorkerThroughTheDeployedHandler() throws IOException {
        fixture.reset();
        fixture.signer("이서연", "seoyeon@example.org", "KR", "부산", null, DisplayName.FULL, Instant.parse("2026-09-20T01:00:00Z"));
        RequestHandler<Map<String, Object>, Map<String, Object>> deployed =
                fixture.stack.handler("DeliveryReportFunction", fixture.extra);
        assertInstanceOf(DeliveryReportHandler.class, deployed);

        Map<String, Object> result = deployed.handleRequest(new ObjectMapper().readValue(
                ProjectFiles.root().resolve("events/delivery-report-schedule.json").toFile(),
                new TypeReference<Map<String, Object>>() { }), null);

        assertEquals("2026-09-24T00:15:00Z", result.get("scheduledTime"));
        Map<?, ?> report = (Map<?, ?>) ((List<?>) result.get("reports")).get(0);
        assertEquals("emailed", report.get("outcome"));
        assertEquals(1L, report.get("total"));
        assertEquals(1, fixture.emails().size());
    }
}
