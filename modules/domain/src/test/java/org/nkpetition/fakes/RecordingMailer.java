package org.nkpetition.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.nkpetition.mail.EmailMessage;
import org.nkpetition.mail.Mailer;

/** A mailer that keeps what it is given; it can be told to fail for some recipients (a bounce, an SES fault). */
public final class RecordingMailer implements Mailer {
    private final List<EmailMessage> sent = new ArrayList<>();
    private Predicate<EmailMessage> failing = message -> false;

    @Override
    public synchronized void send(EmailMessage message) {
        if (failing.test(message)) {
            throw new IllegalStateException("mail refused (test)");
        }
        sent.add(message);
    }

    /** From now on, sending a message that matches throws, and it is not recorded. */
    public synchronized void failWhen(Predicate<EmailMessage> condition) {
        failing = condition;
    }

    public synchronized List<EmailMessage> sent() {
        return List.copyOf(sent);
    }

    public synchronized List<EmailMessage> sentTo(String address) {
        return sent.stream().filter(message -> message.to().equals(address)).toList();
    }

    public synchronized EmailMessage last() {
        if (sent.isEmpty()) {
            throw new AssertionError("no email was sent");
        }
        return sent.get(sent.size() - 1);
    }

    public synchronized void clear() {
        sent.clear();
    }
}
