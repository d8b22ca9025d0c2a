package org.nkpetition.email;

import com.sanctionco.jmail.Email;
import com.sanctionco.jmail.EmailValidator;
import com.sanctionco.jmail.JMail;
import java.util.Optional;
import org.nkpetition.text.InvisibleCharacters;
import org.nkpetition.text.UnicodeText;

/**
 * Reads an email address a signer typed: exactly one mailbox that Amazon SES can deliver to.
 *
 * <p>Syntax is checked by JMail (com.sanctionco.jmail, docs/adr/0401), an RFC 5321/5322 parser
 * without regular expressions or dependencies, in its strict mode (no IP-address domains, a
 * top-level domain required, no source routes) plus our rules: no comments, no whitespace, no
 * display name ("Ann &lt;ann@example.org&gt;"), so what is accepted is one bare address that can
 * go into a To: header as it is. On top of that, for SES: an ASCII local part and an IDN domain
 * converted to ASCII ({@link AsciiDomain}). A quoted local part is accepted only when the quotes
 * are not needed ({@code "ann"@example.org} is {@code ann@example.org}).
 *
 * <p>Total: any string (including {@code null}) gives a {@link MailboxCheck}, never an exception.
 */
public final class Mailboxes {
    /** RFC 5321 section 4.5.3.1: 64 octets of local part, 254 of path (less the angle brackets). */
    private static final int MAX_LOCAL = 64;
    private static final int MAX_ADDRESS = 254;
    private static final EmailValidator VALIDATOR = JMail.strictValidator()
            .disallowQuotedIdentifiers()
            .disallowObsoleteWhitespace()
            .withRule(email -> email.comments().isEmpty())
            .withRule(email -> !email.containsWhitespace());

    private Mailboxes() {
    }

    public static MailboxCheck check(String typed) {
        if (typed == null) {
            return new MailboxCheck.Refused(MailboxCheck.Reason.SYNTAX);
        }
        String text = UnicodeText.nfc(typed).strip();
        if (InvisibleCharacters.anyIn(text, "") || text.indexOf('\uFFFD') >= 0) {
            return new MailboxCheck.Refused(MailboxCheck.Reason.INVISIBLE);
        }
        Optional<Email> parsed = parse(text);
        if (parsed.isEmpty()) {
            return new MailboxCheck.Refused(MailboxCheck.Reason.SYNTAX);
        }
        Optional<String> local = unquoted(parsed.get());
        if (local.isEmpty()) {
            return new MailboxCheck.Refused(MailboxCheck.Reason.SYNTAX);
        }
        if (!local.get().chars().allMatch(c -> c < 0x80)) {
            return new MailboxCheck.Refused(MailboxCheck.Reason.NON_ASCII_LOCAL_PART);
        }
        Optional<String> domain = AsciiDomain.of(parsed.get().domain());
        if (domain.isEmpty()) {
            return new MailboxCheck.Refused(MailboxCheck.Reason.DOMAIN);
        }
        String address = local.get() + "@" + domain.get();
        if (local.get().length() > MAX_LOCAL || address.length() > MAX_ADDRESS) {
            return new MailboxCheck.Refused(MailboxCheck.Reason.SYNTAX);
        }
        return new MailboxCheck.Deliverable(new Mailbox(address, CanonicalMailbox.of(local.get(), domain.get())));
    }

    /** The parsed address, or empty when JMail (with our rules) refuses it. */
    static Optional<Email> parse(String text) {
        try {
            return VALIDATOR.tryParse(text);
        } catch (RuntimeException e) {
            // A library bug must not become a 5xx: an address it cannot judge is not accepted.
            return Optional.empty();
        }
    }

    /**
     * The local part without quotes when they only wrap a plain dot-atom ({@code "ann"} is
     * {@code ann}); empty when the quotes are needed (spaces, commas, "@" inside): such addresses
     * are legal but cannot be told apart reliably and many systems mangle them, so we refuse them.
     */
    static Optional<String> unquoted(Email email) {
        String local = email.localPart();
        if (!(local.length() >= 2 && local.startsWith("\"") && local.endsWith("\""))) {
            return Optional.of(local);
        }
        String inner = local.substring(1, local.length() - 1).replaceAll("\\\\(.)", "$1");
        Optional<Email> plain = parse(inner + "@" + email.domain());
        return plain.filter(p -> !p.localPart().startsWith("\"")).map(Email::localPart)
                .filter(inner::equals);
    }
}
