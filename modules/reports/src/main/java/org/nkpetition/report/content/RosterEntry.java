package org.nkpetition.report.content;

import java.time.Instant;
import java.util.Optional;
import org.nkpetition.signature.ConfirmedSignature;
import org.nkpetition.signature.DisplayName;
import org.nkpetition.text.UnicodeText;

/**
 * One signer as a report shows them: the name only as they chose it to be delivered (none for
 * anonymous signers), city, country, comment and when they confirmed. It has no field that could
 * hold an email address, IP or signer key, and free text is passed through {@link EmailRedaction}.
 * {@code missionId} is the mission the signature is assigned to (empty: none in the signer's country).
 */
public record RosterEntry(
        Instant confirmedAt,
        Optional<String> name,
        DisplayName display,
        String country,
        Optional<String> city,
        Optional<String> comment,
        Optional<String> missionId) {

    public RosterEntry(Instant confirmedAt, Optional<String> name, DisplayName display, String country,
            Optional<String> city, Optional<String> comment) {
        this(confirmedAt, name, display, country, city, comment, Optional.empty());
    }

    public static RosterEntry of(ConfirmedSignature signature) {
        // NFC here too: signatures stored before text was normalised on the way in may be decomposed.
        Optional<String> name = signature.displayName() == DisplayName.ANONYMOUS
                ? Optional.empty() : EmailRedaction.redact(signature.rosterName()).map(UnicodeText::nfc);
        return new RosterEntry(signature.confirmedAt(), name, signature.displayName(), signature.country(),
                EmailRedaction.redact(signature.city()).map(UnicodeText::nfc),
                EmailRedaction.redact(signature.comment()).map(UnicodeText::nfc), signature.missionId());
    }

    public boolean hasComment() {
        return comment.isPresent() && !comment.get().isBlank();
    }
}
