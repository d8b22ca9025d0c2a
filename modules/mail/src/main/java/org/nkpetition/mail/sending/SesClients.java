package org.nkpetition.mail.sending;

import org.nkpetition.aws.AwsClients;
import org.nkpetition.config.Environment;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * Builds the SES (v2) client once per container, configured as every client is ({@link AwsClients}): region
 * and endpoint from the function's environment, the URLConnection HTTP client, calls bounded in time.
 */
public final class SesClients {
    private SesClients() {
    }

    public static SesV2Client create(Environment env) {
        return AwsClients.bounded(AwsClients.configure(SesV2Client.builder(), env, "SESV2"), env).build();
    }
}
