package org.nkpetition.links;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.nkpetition.domain.Language;

/** Absolute links back into the API, for emails and share buttons. */
public record Links(String baseUrl) {
    public Links {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String confirm(String token, Language language) {
        return baseUrl + "/signatures/confirm?token=" + token + "&lang=" + language.code();
    }

    public String withdraw(String token, Language language) {
        return baseUrl + "/signatures/withdraw?token=" + token + "&lang=" + language.code();
    }

    public String unsubscribe(String token, Language language) {
        return baseUrl + "/signatures/unsubscribe?token=" + token + "&lang=" + language.code();
    }

    public String petition(String petitionId, Language language) {
        return baseUrl + "/petitions/" + encode(petitionId) + "?lang=" + language.code();
    }

    /** The public deliveries page of a petition (absolute). */
    public String deliveries(String petitionId, Language language) {
        return baseUrl + deliveriesPath(petitionId, language);
    }

    /** The public deliveries page of a petition, as a path for links within the site. */
    public static String deliveriesPath(String petitionId, Language language) {
        return "/deliveries?petition=" + encode(petitionId) + "&lang=" + language.code();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
