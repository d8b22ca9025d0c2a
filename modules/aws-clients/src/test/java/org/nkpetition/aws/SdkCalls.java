package org.nkpetition.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Records every AWS SDK call made in this JVM ("DynamoDb.UpdateItem", "SesV2.SendEmail" ...), from
 * any client, the handlers' own included: the SDK loads it as a global interceptor (listed in
 * software/amazon/awssdk/global/handlers/execution.interceptors, in this test-jar). For tests of code
 * that must only read (SnapStart priming): a write that leaves the data as it was is still a write.
 */
public final class SdkCalls implements ExecutionInterceptor {
    private static final List<String> CALLS = new ArrayList<>();
    private static final Pattern WRITE = Pattern.compile(
            "\\.(Put|Update|Delete|BatchWrite|TransactWrite|Send|Create|Copy|Complete|Upload|Publish|Restore|Tag)\\w*");
    private static boolean recording;

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        synchronized (CALLS) {
            if (recording) {
                CALLS.add(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME) + "."
                        + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
            }
        }
    }

    /** The SDK calls the action made (on any thread), in order. */
    public static List<String> during(Runnable action) {
        synchronized (CALLS) {
            CALLS.clear();
            recording = true;
        }
        try {
            action.run();
        } finally {
            synchronized (CALLS) {
                recording = false;
            }
        }
        synchronized (CALLS) {
            return List.copyOf(CALLS);
        }
    }

    /** The calls among them that write (put, update, delete, send ...). */
    public static List<String> writes(List<String> calls) {
        return calls.stream().filter(call -> WRITE.matcher(call).find()).toList();
    }
}
