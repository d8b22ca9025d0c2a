package org.nkpetition.fakes;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nkpetition.mail.EmailMessage;

/** Finds the link tokens in an email, as a signer would copy them from the link. */
public final class EmailLinks {
    private static final Pattern CONFIRM = Pattern.compile("/signatures/confirm\\?token=([A-Za-z0-9_.-]+)");
    private static final Pattern UNSUBSCRIBE = Pattern.compile("/signatures/unsubscribe\\?token=([A-Za-z0-9_.-]+)");

    private EmailLinks() {
    }

    /** The confirmation (and withdrawal) token of a confirmation email, if it has one. */
    public static Optional<String> confirmToken(EmailMessage email) {
        return find(CONFIRM, email.text());
    }

    public static Optional<String> unsubscribeToken(EmailMessage email) {
        return find(UNSUBSCRIBE, email.text());
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
