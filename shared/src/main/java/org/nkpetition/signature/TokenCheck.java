package org.nkpetition.signature;

import java.util.Optional;
import org.nkpetition.domain.Language;

/** A confirmation link looked at without acting on it (for the page with the button). */
public sealed interface TokenCheck {
    record Pending(String petitionId, Language language) implements TokenCheck {
    }

    record AlreadyConfirmed(String petitionId, Language language) implements TokenCheck {
    }

    record Expired(Optional<Language> language) implements TokenCheck {
    }

    /** The signature this link belonged to was withdrawn (or erased). */
    record Withdrawn(String petitionId, Language language) implements TokenCheck {
    }

    record Invalid() implements TokenCheck {
    }
}
