package org.nkpetition.web;

import java.util.Map;
import org.nkpetition.i18n.Message;

/** What a signer typed and what was wrong with it, to show the form again. Empty for a fresh page. */
public record PetitionForm(Map<String, String> values, Map<String, Message> errors) {
    public static final PetitionForm EMPTY = new PetitionForm(Map.of(), Map.of());

    public PetitionForm {
        values = Map.copyOf(values);
        errors = Map.copyOf(errors);
    }

    String value(String field) {
        return values.getOrDefault(field, "");
    }
}
