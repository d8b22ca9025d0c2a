package org.nkpetition.email;

/** The outcome of reading an address a signer typed: a {@link Mailbox}, or why it is refused. */
public sealed interface MailboxCheck {
    /** The address can be delivered to. */
    record Deliverable(Mailbox mailbox) implements MailboxCheck {
    }

    /** The address is refused; {@code reason} picks the words shown to the signer. */
    record Refused(Reason reason) implements MailboxCheck {
    }

    enum Reason {
        /** Not one address: no "@", two of them, a list, a display name, spaces, a bad dot or hyphen ... */
        SYNTAX,
        /** Characters that draw nothing or reorder text (zero-width spaces, bidi controls). */
        INVISIBLE,
        /** A local part (before "@") in non-ASCII letters: our mail service (SES) cannot deliver it. */
        NON_ASCII_LOCAL_PART,
        /** A domain that is no valid internationalised domain name. */
        DOMAIN
    }
}
