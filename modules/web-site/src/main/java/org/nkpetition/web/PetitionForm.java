package org.nkpetition.web;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.nkpetition.i18n.Message;

/**
 * What a signer typed and what was wrong with it, to show the form again. Empty for a fresh page.
 * {@code regionCountries} are the countries whose signers choose a region (more than one active mission, issue 14):
 * the form carries a region select for each, shown for the chosen country.
 */
public record PetitionForm(Map<String, String> values, Map<String, Message> errors, Set<String> regionCountries) {
    public static final PetitionForm EMPTY = new PetitionForm(Map.of(), Map.of());

    public PetitionForm {
        values = Map.copyOf(values);
        errors = Map.copyOf(errors);
        regionCountries = Set.copyOf(new TreeSet<>(regionCountries == null ? Set.of() : regionCountries));
    }

    public PetitionForm(Map<String, String> values, Map<String, Message> errors) {
        this(values, errors, Set.of());
    }

    /** The same form, asking signers of {@code countries} for their region. */
    public PetitionForm askingRegionIn(Set<String> countries) {
        return new PetitionForm(values, errors, countries);
    }

    String value(String field) {
        return values.getOrDefault(field, "");
    }
}
