package org.nkpetition.email;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * A domain in the form mail is sent to: ASCII, lower-case, internationalised labels as A-labels
 * ("xn--..."), because Amazon SES accepts only ASCII domains. "Straße.Example", its NFD spelling
 * and "xn--strae-oqa.example" all give "xn--strae-oqa.example".
 *
 * <p>Labels are mapped as IDNA does (compatibility forms and case folded, then NFC) and checked
 * by the JDK's IDNA implementation ({@link IDN#toASCII} with the STD3 rules: letters, digits,
 * hyphens, no leading or trailing hyphen). See {@link Punycode} for the two letters IDNA2003 and
 * IDNA2008 disagree on.
 */
public final class AsciiDomain {
    private static final int MAX_LABEL = 63;
    private static final int MAX_DOMAIN = 253;

    private AsciiDomain() {
    }

    /** The ASCII form, or empty when the domain cannot be one (bad label, too long, prohibited characters). */
    public static Optional<String> of(String domain) {
        if (domain == null || domain.isEmpty()) {
            return Optional.empty();
        }
        // IDNA treats the ideographic and full-width full stops as dots (RFC 3490 section 3.1).
        String dotted = domain.replace('\u3002', '.').replace('\uFF0E', '.').replace('\uFF61', '.');
        String[] labels = dotted.split("\\.", -1);
        StringBuilder ascii = new StringBuilder();
        for (String label : labels) {
            Optional<String> converted = label(label);
            if (converted.isEmpty()) {
                return Optional.empty();
            }
            if (ascii.length() > 0) {
                ascii.append('.');
            }
            ascii.append(converted.get());
        }
        return ascii.length() <= MAX_DOMAIN ? Optional.of(ascii.toString()) : Optional.empty();
    }

    private static Optional<String> label(String label) {
        String mapped = Normalizer.normalize(
                Normalizer.normalize(label, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        if (mapped.isEmpty()) {
            return Optional.empty();
        }
        String ascii;
        try {
            if (mapped.indexOf('ß') >= 0 || mapped.indexOf('ς') >= 0) {
                // Checked by the JDK with the letters it would map, encoded as written (IDNA2008).
                IDN.toASCII(mapped.replace("ß", "ss").replace('ς', 'σ'), IDN.USE_STD3_ASCII_RULES);
                ascii = "xn--" + Punycode.encode(mapped);
            } else {
                ascii = IDN.toASCII(mapped, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (ascii.isEmpty() || ascii.length() > MAX_LABEL || ascii.startsWith("-") || ascii.endsWith("-")
                || !ascii.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
            return Optional.empty();
        }
        return Optional.of(ascii);
    }
}
