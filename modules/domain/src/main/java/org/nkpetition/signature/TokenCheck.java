package org.nkpetition.signature;

import java.util.Optional;
import org.nkpetition.domain.Language;

/** A confirmation link looked at without acting on it (for the page with the button). */
public sealed interface TokenCheck {
    /**
     * A signature waiting for this link's confirmation, with what confirming it will count: the name
     * as it will be delivered (empty for an anonymous signer, {@link DisplayName#render}) and the
     * country (ISO 3166-1 alpha-2).
     */
    record Pending(String petitionId, Language language, Optional<String> deliveredName, DisplayName displayName,
            String country) implements TokenCheck {
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
