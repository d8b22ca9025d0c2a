package org.nkpetition.signature;

import java.util.Map;
import org.nkpetition.i18n.Message;

/** The outcome of checking a submitted signature: a request to act on, or what is wrong, field by field. */
public sealed interface SignatureValidation {
    record Valid(SignatureRequest request) implements SignatureValidation {
    }

    record Invalid(Map<String, Message> fieldErrors) implements SignatureValidation {
        public Invalid {
            fieldErrors = Map.copyOf(fieldErrors);
        }
    }
}
