package org.nkpetition.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A language the platform speaks. The set is data, not code (docs/adr/0071): every message bundle
 * {@code i18n/messages_xx.properties} on the class path is a language, named by its
 * {@code language_name} key, listed in {@code language_order} order (then by code), and read by the
 * delivery teams of the countries in its {@code language_countries} key (ISO 3166-1 codes, comma
 * separated; see the delivery report's packet language). Adding a bundle (and petition texts in that
 * language) adds a language to pages, emails and packets. English is required and is the fallback
 * for anything missing. One instance per code: {@code ==} and {@code equals} agree.
 */
public final class Language implements Comparable<Language> {
    private static final List<Language> ALL = discover();
    /** By code, for the lookups every request makes (a map, not a stream per call: cheap at a cold start too). */
    private static final Map<String, Language> BY_CODE = byCode();

    public static final Language EN = require("en");
    /** Korean and Spanish, the campaign's first languages, named for code and tests that need them. */
    public static final Language KO = require("ko");
    public static final Language ES = require("es");
    public static final Language DEFAULT = EN;

    private final String code;
    private final String nativeName;
    private final int order;
    private final Set<String> countries;

    private Language(String code, String nativeName, int order, Set<String> countries) {
        this.code = code;
        this.nativeName = nativeName;
        this.order = order;
        this.countries = Set.copyOf(countries);
    }

    private static List<Language> discover() {
        List<Language> languages = new ArrayList<>();
        for (LanguageBundles.Bundle bundle : LanguageBundles.discover()) {
            languages.add(new Language(bundle.code(), bundle.name(), bundle.order(), bundle.countries()));
        }
        languages.sort(Comparator.comparingInt((Language language) -> language.order).thenComparing(Language::code));
        return List.copyOf(languages);
    }

    private static Map<String, Language> byCode() {
        Map<String, Language> byCode = new HashMap<>();
        for (Language language : ALL) {
            byCode.put(language.code, language);
        }
        return Map.copyOf(byCode);
    }

    private static Language require(String code) {
        Language language = BY_CODE.get(code);
        if (language == null) {
            throw new IllegalStateException("No message bundle i18n/messages_" + code + ".properties");
        }
        return language;
    }

    /** Every language spoken, English first, in the bundles' {@code language_order}. */
    public static List<Language> values() {
        return ALL;
    }

    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** Whether delivery teams in {@code country} (ISO 3166-1 alpha-2) read this language ({@code language_countries}). */
    public boolean isReadIn(String country) {
        return countries.contains(country);
    }

    /** The codes of every language spoken, for error messages: "en, ko, es". */
    public static String codes() {
        return String.join(", ", ALL.stream().map(Language::code).toList());
    }

    /** Every language with its code, for "choose one of" messages: "English (en), 한국어 (ko), Español (es)". */
    public static String choices() {
        return String.join(", ", ALL.stream().map(l -> l.nativeName + " (" + l.code + ")").toList());
    }

    @Override
    public int compareTo(Language other) {
        return Integer.compare(ALL.indexOf(this), ALL.indexOf(other));
    }

    @Override
    public String toString() {
        return code;
    }

    /**
     * The language for a code such as "ko", "ko-KR" or "ES"; empty when we do not speak it.
     * Total: any string, {@code null} included, gives an answer, never an exception.
     */
    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String tag = code.strip();
        int end = 0;
        while (end < tag.length() && end < 8 && isAsciiLetter(tag.charAt(end))) {
            end++;
        }
        // The primary subtag must be followed by nothing or a subtag separator: "kor" is not "ko".
        if (end == 0 || (end < tag.length() && tag.charAt(end) != '-' && tag.charAt(end) != '_')) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_CODE.get(tag.substring(0, end).toLowerCase(Locale.ROOT)));
    }

    /**
     * Picks the best language from an Accept-Language header (RFC 9110 section 12.5.4: ranges
     * separated by commas, each with an optional {@code ;q=} weight from 0 to 1), or empty when
     * none of its entries is one we speak.
     *
     * <p>Total: clients and scanners send anything ({@code ";"}, {@code ";;;,,,"}, {@code "q=NaN"},
     * megabytes of commas); a range or weight that cannot be read is skipped, never thrown.
     * Ties keep the earlier range, as the RFC's order of preference suggests.
     */
    public static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        Language best = null;
        double bestQuality = 0;
        int ranges = 0;
        for (String part : header.split(",", -1)) {
            if (++ranges > MAX_RANGES) {
                break;
            }
            String[] pieces = part.split(";", -1);
            if (pieces.length == 0) {
                continue;
            }
            double quality = 1.0;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].strip();
                if (parameter.length() >= 2 && (parameter.charAt(0) == 'q' || parameter.charAt(0) == 'Q')
                        && parameter.charAt(1) == '=') {
                    quality = quality(parameter.substring(2).strip());
                }
            }
            Optional<Language> language = fromCode(pieces[0]);
            if (language.isPresent() && quality > bestQuality) {
                best = language.get();
                bestQuality = quality;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Ranges looked at in one header: a longer list is noise or an attack, not a person's preferences. */
    private static final int MAX_RANGES = 50;

    /** A weight as RFC 9110 writes it ("0", "0.8", "1.000"); anything else counts as 0 (not acceptable). */
    private static double quality(String value) {
        if (value.isEmpty() || value.length() > 5) {
            return 0;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c == '.' && i == 1)) {
                return 0;
            }
        }
        double quality = Double.parseDouble(value);
        return quality >= 0 && quality <= 1 ? quality : 0;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
