package org.nkpetition.bench.coldstart.trace;

import java.lang.management.ManagementFactory;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * {@code bin/bench-cold-start --trace}: prints every SDK call a product or floor main makes, one
 * stderr line each ({@code sdk-call +812ms DynamoDb.UpdateItem ...request}), so the floors can be
 * checked to make the same calls as the products. Registered as an SDK global interceptor by the
 * resource under {@code trace/} (on the class path only in trace mode, never in a measured run).
 * Benchmark data only: the requests it prints carry no one's personal data.
 */
public final class SdkCallTrace implements ExecutionInterceptor {
    private static final int MAX_REQUEST_CHARS = 2000;

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        print("", context.request().toString(), attributes);
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        print(" FAILED " + context.exception(), context.request().toString(), attributes);
    }

    private static void print(String outcome, String request, ExecutionAttributes attributes) {
        long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        String shown = request.length() > MAX_REQUEST_CHARS ? request.substring(0, MAX_REQUEST_CHARS) + "..." : request;
        System.err.printf("sdk-call +%dms %s.%s%s %s%n", sinceStart,
                attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME),
                attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME), outcome, shown);
    }
}
