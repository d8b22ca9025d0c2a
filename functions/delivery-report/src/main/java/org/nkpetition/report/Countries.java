package org.nkpetition.report;

import java.util.Locale;
import org.nkpetition.domain.Language;

/** Country names for ISO 3166-1 codes, in the report's language. */
final class Countries {
    private Countries() {
    }

    static String name(String code, Language language) {
        String name = new Locale("", code).getDisplayCountry(language.locale());
        return name.isEmpty() || name.equals(code) ? code : name;
    }
}
