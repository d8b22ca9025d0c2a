package org.nkpetition.mailer;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.Map;
import org.nkpetition.config.Environment;
import org.nkpetition.mail.batches.MailBatch;
import org.nkpetition.mail.batches.MailBatches;

/**
 * The mailer function: the email queue's SQS event source (ReportBatchItemFailures, MaximumConcurrency
 * = MailerConcurrency) hands it batches of queued emails; {@link MailBatch} sends them to SES at this
 * instance's share of EmailSendRate and answers which ones to retry.
 */
public final class MailerHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
    private final MailBatch batch;

    /** Lambda's entry: configuration from the process environment. */
    public MailerHandler() {
        this(System.getenv());
    }

    /** The dev server and tests hand each function the variables template.yaml gives it. */
    public MailerHandler(Map<String, String> variables) {
        this.batch = MailBatches.fromEnvironment(new Environment(variables));
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return batch.process(event);
    }
}
