package org.nkpetition.mail;

import java.util.Objects;
import java.util.Optional;
import org.nkpetition.domain.Destination;
import org.nkpetition.domain.Language;

/**
 * One email to a signer, waiting in the email queue: only what composing it needs (docs/adr/0040).
 * The address and the link token live in the queued message and nowhere else (the table keeps only
 * the token's hash); {@link #toString()} never shows them, so they cannot reach a log.
 *
 * @param kind         which email
 * @param petitionId   the petition signed
 * @param signerKey    the keyed hash identifying the signer of this petition (counts the email against its limit)
 * @param language     the email's language
 * @param title        the petition's title in that language (public text; saves the mailer a read)
 * @param to           the signer's address, as given
 * @param token        the raw link token, for {@link Kind#CONFIRMATION} only
 * @param baseUrl      where links point (the API's URL, or PUBLIC_BASE_URL)
 * @param destination  for a confirmation: the mission that will receive the signature and its next delivery date
 *                     (public facts, in the email's language; issue 14), when the signer's country has a mission
 */
public record MailJob(Kind kind, String petitionId, String signerKey, Language language, String title, String to,
        Optional<String> token, String baseUrl, Optional<Destination> destination) {

    /** Without a destination. */
    public MailJob(Kind kind, String petitionId, String signerKey, Language language, String title, String to,
            Optional<String> token, String baseUrl) {
        this(kind, petitionId, signerKey, language, title, to, token, baseUrl, Optional.empty());
    }

    public enum Kind {
        /** "Please confirm", with the confirm and withdraw links of a new token. */
        CONFIRMATION("confirmation"),
        /** "You have already signed": the same response as a first signing, so the site never tells. */
        ALREADY_SIGNED("already-signed");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Optional<Kind> fromCode(String code) {
            for (Kind kind : values()) {
                if (kind.code.equals(code)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    public MailJob {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(petitionId);
        Objects.requireNonNull(signerKey);
        Objects.requireNonNull(language);
        Objects.requireNonNull(title);
        Objects.requireNonNull(to);
        Objects.requireNonNull(baseUrl);
        token = token == null ? Optional.empty() : token;
        destination = destination == null ? Optional.empty() : destination;
        if (kind == Kind.CONFIRMATION && token.isEmpty()) {
            throw new IllegalArgumentException("a confirmation needs its token");
        }
    }

    @Override
    public String toString() {
        return "MailJob[" + kind.code() + ", petition " + petitionId + ", redacted]";
    }
}
