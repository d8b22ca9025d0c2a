package org.nkpetition.signature;

/** The names of the signing form's fields, shared by the JSON API, the HTML form and the validator. */
public final class SignatureFields {
    public static final String NAME = "name";
    public static final String EMAIL = "email";
    public static final String COUNTRY = "country";
    /** ISO 3166-2 subdivision of the country ("US-IL"): decides which mission receives the signature (issue 14). */
    public static final String REGION = "region";
    public static final String CITY = "city";
    public static final String POSTAL_CODE = "postalCode";
    public static final String COMMENT = "comment";
    public static final String LANG = "lang";
    public static final String DISPLAY_NAME = "displayName";
    public static final String UPDATES = "updates";
    public static final String CONSENT = "consent";
    /** Hidden from people by the page; bots fill it in. */
    public static final String HONEYPOT = "website";

    public static final int NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final int CITY_MAX = 100;
    /** Longer than any ISO 3166-2 code ("US-IL", "JP-13", "GB-ENG"). */
    public static final int REGION_MAX = 10;
    public static final int POSTAL_CODE_MAX = 16;
    public static final int COMMENT_MAX = 500;

    private SignatureFields() {
    }
}
