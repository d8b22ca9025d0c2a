package org.nkpetition.devserver;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.List;
import org.nkpetition.localstack.LocalFunctions;
import org.nkpetition.localstack.LocalQueuePoller;
import org.nkpetition.localstack.SamTemplate;
import org.nkpetition.localstack.TemplateResources;

/**
 * The functions of template.yaml that an SQS queue triggers (the mailer), run the way Lambda's event
 * source mapping runs them: a poller per queue hands batches to the real handler class.
 */
final class QueueWorkers implements AutoCloseable {
    private final List<LocalQueuePoller> pollers;

    private QueueWorkers(List<LocalQueuePoller> pollers) {
        this.pollers = pollers;
    }

    static QueueWorkers start(SamTemplate template, LocalFunctions functions, TemplateResources resources) {
        List<LocalQueuePoller> pollers = new ArrayList<>();
        for (SamTemplate.Function function : template.functions()) {
            if (function.queues().isEmpty()) {
                continue;
            }
            RequestHandler<SQSEvent, SQSBatchResponse> handler = functions.handler(function);
            for (String queue : function.queues()) {
                pollers.add(new LocalQueuePoller(resources.sqs(), resources.queueUrl(queue), SamTemplate.localQueueArn(queue),
                        event -> handler.handleRequest(event, null), 10).start(function.logicalId()));
            }
        }
        return new QueueWorkers(pollers);
    }

    @Override
    public void close() {
        pollers.forEach(LocalQueuePoller::close);
    }
}
