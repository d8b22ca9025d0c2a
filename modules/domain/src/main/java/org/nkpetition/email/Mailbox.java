package org.nkpetition.email;

/**
 * One mailbox a signer gave, checked and ready for use.
 *
 * @param address   what mail is sent to: the local part as typed (unquoted when quoting was not
 *                  needed), "@", the domain in ASCII ({@link AsciiDomain}); ASCII only, at most
 *                  254 characters, one mailbox
 * @param canonical the key that tells signers apart ({@link CanonicalMailbox}); never shown, only hashed
 */
public record Mailbox(String address, String canonical) {
}
