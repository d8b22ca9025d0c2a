package org.nkpetition.email;

import java.util.Locale;
import java.util.Set;
import org.nkpetition.text.UnicodeText;

/**
 * The one key per mailbox, for dedupe (one signature per person) and erasure: signatures are
 * found again by a keyed hash of it, so every way of writing the same mailbox must give the same
 * key and different mailboxes must not.
 *
 * <ul>
 *   <li>quotes that are not needed are dropped ({@code "q"@example.org} is {@code q@example.org});
 *   <li>the domain is its ASCII (A-label) form, so Unicode, NFD and Punycode spellings agree;
 *   <li>the local part is case-folded (mail providers treat it case-insensitively in practice,
 *       and DESIGN.md decides so) and a "+tag" is removed (Ann+petition is Ann);
 *   <li>Gmail only: dots in the local part are ignored and googlemail.com is gmail.com, as Google
 *       documents; for any other provider dots matter and are kept.
 * </ul>
 */
public final class CanonicalMailbox {
    private static final Set<String> GMAIL = Set.of("gmail.com", "googlemail.com");

    private CanonicalMailbox() {
    }

    /**
     * The canonical form of any text given as an address, total: a deliverable address gives its
     * canonical mailbox; anything else (an operator's typing to {@code bin/admin signatures erase})
     * is read as leniently as possible, so erasure finds what signing stored.
     */
    public static String of(String typed) {
        if (typed == null) {
            return "";
        }
        MailboxCheck check = Mailboxes.check(typed);
        if (check instanceof MailboxCheck.Deliverable deliverable) {
            return deliverable.mailbox().canonical();
        }
        // Not deliverable (signing refused it, so no signature has this key): still a stable,
        // folded key, the domain converted when it can be.
        String text = UnicodeText.fold(typed.strip());
        int at = text.lastIndexOf('@');
        if (at <= 0) {
            return text;
        }
        String local = Mailboxes.parse(text).flatMap(Mailboxes::unquoted).orElse(text.substring(0, at));
        String domain = AsciiDomain.of(text.substring(at + 1)).orElse(text.substring(at + 1));
        return of(local, domain);
    }

    /** From a checked local part and an ASCII domain. */
    static String of(String local, String asciiDomain) {
        String folded = UnicodeText.fold(local);
        String domain = asciiDomain.toLowerCase(Locale.ROOT);
        int plus = folded.indexOf('+');
        if (plus > 0) {
            folded = folded.substring(0, plus);
        }
        if (GMAIL.contains(domain)) {
            folded = folded.replace(".", "");
            domain = "gmail.com";
        }
        return folded + "@" + domain;
    }
}
