package org.nkpetition.i18n;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.nkpetition.domain.Language;

/** ISO 3166-1 countries with their names in each language, sorted as a reader of that language expects. */
public final class CountryNames {
    public record Country(String code, String name) {
    }

    private static final Map<Language, List<Country>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private CountryNames() {
    }

    /** A country's name in the language, or its code when the JDK has no name for it. */
    public static String name(String code, Language language) {
        String name = new Locale("", code).getDisplayCountry(language.locale());
        return name.isEmpty() || name.equals(code) ? code : name;
    }

    /** Every country with its name in {@code language}, sorted by that language's collation (computed once a language). */
    public static synchronized List<Country> in(Language language) {
        return CACHE.computeIfAbsent(language, CountryNames::load);
    }

    private static List<Country> load(Language language) {
        Collator collator = Collator.getInstance(language.locale());
        return Stream.of(Locale.getISOCountries())
                .map(code -> new Country(code, name(code, language)))
                .sorted(Comparator.comparing(Country::name, collator))
                .toList();
    }
}
