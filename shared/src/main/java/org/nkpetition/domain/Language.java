package org.nkpetition.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the campaign speaks. English is the fallback for anything missing. */
public enum Language {
    EN("en", "English"),
    KO("ko", "한국어"),
    ES("es", "Español");

    public static final Language DEFAULT = EN;

    private final String code;
    private final String nativeName;

    Language(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
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

    /** The language for a code such as "ko", "ko-KR" or "ES"; empty when we do not speak it. */
    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String primary = code.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return Arrays.stream(values()).filter(l -> l.code.equals(primary)).findFirst();
    }

    /**
     * Picks the best language from an Accept-Language header (RFC 9110 quality values), or
     * empty when none of its entries is one we speak.
     */
    public static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        Language best = null;
        double bestQuality = 0;
        for (String part : header.split(",")) {
            // limit -1: a part of only ";" must still give an (empty) language range, not no pieces
            String[] pieces = part.trim().split(";", -1);
            double quality = 1.0;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].trim();
                if (parameter.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        quality = 0;
                    }
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
}
