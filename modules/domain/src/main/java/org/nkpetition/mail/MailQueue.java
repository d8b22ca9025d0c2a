package org.nkpetition.mail;

/**
 * Where emails wait for the mailer: SQS in AWS ({@code org.nkpetition.mailqueue.SqsMailQueue}).
 * Enqueueing is the whole of "sending" on a request's path, so the signer never waits on SES.
 */
public interface MailQueue {
    /**
     * Queues the email; returns once it is durably queued.
     *
     * @throws RuntimeException when the queue cannot take it now (the caller answers 503, the client retries)
     */
    void enqueue(MailJob job);
}
