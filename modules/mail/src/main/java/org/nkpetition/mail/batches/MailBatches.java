package org.nkpetition.mail.batches;

import org.nkpetition.mailqueue.SqsClients;
import org.nkpetition.storage.dynamodb.DynamoDbClients;
import org.nkpetition.mail.composing.TemplatedEmailComposer;
import org.nkpetition.config.Environment;
import org.nkpetition.mail.EmailComposer;
import org.nkpetition.mail.sending.Mailers;
import org.nkpetition.signature.SignatureEmails;
import org.nkpetition.security.KeyedHash;
import org.nkpetition.storage.dynamodb.DynamoDbStores;
import org.nkpetition.storage.dynamodb.DynamoDbSuppressions;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The mailer's batch processing from its environment (template.yaml MailerFunction):
 * MAIL_QUEUE_URL, MAIL_DEAD_LETTER_QUEUE_URL, EMAIL_SEND_RATE (emails/s for the whole account),
 * MAILER_CONCURRENCY (the event source's MaximumConcurrency, so each instance takes its share),
 * MAIL_MAX_ATTEMPTS (default 8), MAIL_RETRY_BASE_SECONDS (default 10), MAIL_RETRY_MAX_SECONDS (default
 * and at most 900; tests shorten it), plus the mail settings of
 * {@link Mailers} and the tables of {@link DynamoDbStores}.
 */
public final class MailBatches {
    private MailBatches() {
    }

    public static MailBatch fromEnvironment(Environment env) {
        DynamoDbClient dynamo = DynamoDbClients.create(env);
        SignatureEmails emails = new SignatureEmails(DynamoDbStores.signatures(env, dynamo),
                Mailers.fromEnvironment(env), new TemplatedEmailComposer(), new DynamoDbSuppressions(dynamo,
                        env.require("SIGNATURES_TABLE"), new KeyedHash(org.nkpetition.secrets.Secrets.fromEnvironment(env, "SIGNER_HASH_KEY"))));
        double rate = Double.parseDouble(env.get("EMAIL_SEND_RATE", "14"));
        int concurrency = Math.max(1, env.getInt("MAILER_CONCURRENCY", 1));
        return new MailBatch(emails, SqsClients.create(env), env.require("MAIL_QUEUE_URL"),
                env.require("MAIL_DEAD_LETTER_QUEUE_URL"), env.getInt("MAIL_MAX_ATTEMPTS", 8),
                env.getInt("MAIL_RETRY_BASE_SECONDS", 10),
                env.getInt("MAIL_RETRY_MAX_SECONDS", MailBatch.MAX_RETRY_SECONDS), rate / concurrency);
    }
}
