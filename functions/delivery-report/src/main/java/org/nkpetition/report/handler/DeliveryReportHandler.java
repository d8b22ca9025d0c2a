package org.nkpetition.report.handler;

import java.time.Clock;
import java.util.Map;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import org.nkpetition.config.Environment;
import org.nkpetition.report.job.ReportWorker;

/**
 * The report worker's Lambda entry point (DeliveryReportFunction): the schedule's
 * {@code {"scheduledTime","linkBase"}} or an admin job {@code {"petitionId","cutoff","lang","force","linkBase"}}
 * in, the outcomes out. All the work is {@link ReportWorker} (modules/reports), which bin/dev runs too.
 */
public final class DeliveryReportHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private final ReportWorker worker;

    public DeliveryReportHandler() {
        this(System.getenv());
    }

    public DeliveryReportHandler(Map<String, String> variables) {
        this.worker = ReportWorker.fromEnvironment(new Environment(variables), Clock.systemUTC());
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        return worker.handle(input);
    }
}
