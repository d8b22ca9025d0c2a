package org.nkpetition.browser;

import java.util.UUID;
import org.nkpetition.domain.Language;
import org.nkpetition.i18n.Messages;

/**
 * A person signing in one language, with a fresh address each time so every test signs anew. {@code region} is
 * the ISO 3166-2 code the form asks for in countries with several missions (Korea), empty elsewhere.
 */
record Signer(String lang, String name, String email, String country, String city, String region) {
    static Signer in(String lang) {
        String email = "signer-" + lang + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        return switch (lang) {
            case "ko" -> new Signer(lang, "김민지", email, "KR", "서울", "KR-11");
            case "es" -> new Signer(lang, "Ana García", email, "ES", "Sevilla", "");
            default -> new Signer(lang, "Alex Morgan", email, "GB", "Manchester", "");
        };
    }

    Signer named(String otherName) {
        return new Signer(lang, otherName, email, country, city, region);
    }

    Signer at(String otherCountry, String otherRegion) {
        return new Signer(lang, name, email, otherCountry, city, otherRegion);
    }

    /** The site's words in this signer's language, straight from the bundles the pages use. */
    Messages words() {
        return Messages.of(Language.fromCode(lang).orElseThrow());
    }

    /** The demo petition's title in this language (tools/dev-server/seed/petitions). */
    String petitionTitle() {
        return switch (lang) {
            case "ko" -> "탈북 난민 강제송환을 중단하라";
            case "es" -> "Que cese la repatriación forzosa de refugiados norcoreanos";
            default -> "Stop the forced repatriation of North Korean refugees";
        };
    }
}
