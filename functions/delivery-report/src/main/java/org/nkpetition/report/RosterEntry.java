package org.nkpetition.report;

import java.time.Instant;
import java.util.Optional;
import org.nkpetition.signature.ConfirmedSignature;
import org.nkpetition.signature.DisplayName;

/**
 * One signer as a report shows them: the name only as they chose it to be delivered (none for
 * anonymous signers), city, country, comment and when they confirmed. It has no field that could
 * hold an email address, IP or signer key, and free text is passed through {@link EmailRedaction}.
 */
public record RosterEntry(
        Instant confirmedAt,
        Optional<String> name,
        DisplayName display,
        String country,
        Optional<String> city,
        Optional<String> comment) {

    public static RosterEntry of(ConfirmedSignature signature) {
        Optional<String> name = signature.displayName() == DisplayName.ANONYMOUS
                ? Optional.empty() : EmailRedaction.redact(signature.rosterName());
        return new RosterEntry(signature.confirmedAt(), name, signature.displayName(), signature.country(),
                EmailRedaction.redact(signature.city()), EmailRedaction.redact(signature.comment()));
    }

    public boolean hasComment() {
        return comment.isPresent() && !comment.get().isBlank();
    }
}
