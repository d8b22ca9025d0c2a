package org.nkpetition.report.generation;

import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;

/**
 * The language of a packet's headings: the delivery team's, where the petition speaks it, else English.
 * Which countries read which language is data: the {@code language_countries} key of each message
 * bundle (Korean for KR, Japanese for JP, Spanish for Spanish-speaking countries). The petition text
 * itself appears in every language the petition has, whatever this says.
 */
public final class PacketLanguage {
    private PacketLanguage() {
    }

    public static Language of(String country, Petition petition) {
        for (Language language : Language.values()) {
            if (language.isReadIn(country) && petition.texts().containsKey(language)) {
                return language;
            }
        }
        return Language.EN;
    }
}
