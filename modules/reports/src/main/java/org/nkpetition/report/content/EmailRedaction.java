package org.nkpetition.report.content;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Removes anything shaped like an email address from what signers typed (name, city, comment)
 * before it reaches a report: reports travel to embassies of the government the petition
 * addresses, and an address a signer wrote into a comment would expose them there.
 */
public final class EmailRedaction {
    /** "[…]" is the editorial mark for an omission in English, Korean and Spanish alike. */
    public static final String MARK = "[…]";
    /** Anything before the @ that is not a separator; a domain of letters, digits and hyphens with at least one dot. */
    private static final Pattern EMAIL_SHAPE = Pattern.compile("[^\\s@<>()\\[\\],;:\"]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");

    private EmailRedaction() {
    }

    public static String redact(String text) {
        return text.indexOf('@') < 0 ? text : EMAIL_SHAPE.matcher(text).replaceAll(MARK);
    }

    public static Optional<String> redact(Optional<String> text) {
        return text.map(EmailRedaction::redact);
    }
}
