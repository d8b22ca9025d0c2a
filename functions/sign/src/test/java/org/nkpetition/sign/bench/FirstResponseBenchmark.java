package org.nkpetition.sign.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.lang.management.ManagementFactory;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.nkpetition.sign.SignHandler;

/**
 * Not a test: the time from a fresh JVM to the first sign response, the figure a cold start pays
 * (without SnapStart). Run by bin/bench-first-response against the moto of a running bin/dev
 * ({@code -Dmoto=http://127.0.0.1:PORT}), with only the function's deployment jar on the classpath:
 * a class the jar lacks (a dependency left out of the shade) fails here. Builds its event by hand so
 * that no test library is loaded.
 */
public final class FirstResponseBenchmark {
    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainStart = System.currentTimeMillis();
        Map<String, String> env = new HashMap<>();
        env.put("AWS_REGION", "us-east-1");
        String moto = System.getProperty("moto", "http://127.0.0.1:4566");
        env.put("AWS_ENDPOINT_URL", moto);
        // moto's default account; bin/dev creates the template's queues under their logical ids.
        env.put("MAIL_QUEUE_URL", moto + "/123456789012/MailQueue");
        env.put("PETITIONS_TABLE", "PetitionsTable");
        env.put("SIGNATURES_TABLE", "SignaturesTable");
        env.put("SENDER_EMAIL", "petition@example.org");
        env.put("SIGNER_HASH_KEY", "benchmark-only-signer-hash-key-0123456789abcdef");
        System.setProperty("aws.accessKeyId", "local");
        System.setProperty("aws.secretAccessKey", "local");

        SignHandler handler = new SignHandler(env);
        long constructed = System.currentTimeMillis();
        String form = "name=Bench&email=bench-" + UUID.randomUUID() + "%40example.org&country=JP&consent=true";
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withRouteKey("POST /petitions/{petitionId}/signatures")
                .withPathParameters(Map.of("petitionId", "stop-forced-repatriation"))
                .withHeaders(Map.of("content-type", "application/x-www-form-urlencoded", "accept", "text/html"))
                .withBody(Base64.getEncoder().encodeToString(form.getBytes()))
                .withIsBase64Encoded(true)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder().withDomainName("localhost:3000")
                        .withRequestId("bench").build())
                .build();
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
        long answered = System.currentTimeMillis();
        long second = System.nanoTime();
        handler.handleRequest(event, null);
        long secondMicros = (System.nanoTime() - second) / 1000;
        System.err.printf("status=%d jvm-to-main=%d ms, construct=%d ms, first-request=%d ms, jvm-to-first-response=%d ms,"
                        + " second-request=%.1f ms%n", response.getStatusCode(), mainStart - jvmStart,
                constructed - mainStart, answered - constructed, answered - jvmStart, secondMicros / 1000.0);
    }
}
