package org.nkpetition.report;

import java.util.Set;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;

/**
 * The language of a packet's headings: the delivery team's, where the petition speaks it (Korean
 * for KR, Spanish for Spanish-speaking countries), else English. The petition text itself appears
 * in every language the petition has, whatever this says.
 */
final class PacketLanguage {
    private static final Set<String> SPANISH_SPEAKING = Set.of("AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC", "ES",
            "GQ", "GT", "HN", "MX", "NI", "PA", "PE", "PR", "PY", "SV", "UY", "VE");

    private PacketLanguage() {
    }

    static Language of(String country, Petition petition) {
        Language wanted = "KR".equals(country) ? Language.KO
                : SPANISH_SPEAKING.contains(country) ? Language.ES : Language.EN;
        return petition.texts().containsKey(wanted) ? wanted : Language.EN;
    }
}
