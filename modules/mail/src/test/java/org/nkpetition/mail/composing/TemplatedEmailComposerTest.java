package org.nkpetition.mail.composing;

import org.nkpetition.mail.EmailMessage;
import static org.junit.jupiter.api.Assertions.*;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.domain.PetitionText;

class TemplatedEmailComposerTest {
    private static final Petition PETITION = new Petition("p", Petition.Status.OPEN, OptionalLong.empty(), Map.of(
            Language.EN, new PetitionText("Free <them> & now", "", ""),
            Language.KO, new PetitionText("그들을 석방하라", "", ""),
            Language.ES, new PetitionText("Libérenlos", "", "")), List.of(), List.of(),
            Petition.DEFAULT_DELIVERY_DATES, ZoneOffset.UTC);
    /** Every language the platform speaks (message bundles, docs/adr/0071), not only the three above. */
    static java.util.stream.Stream<Language> languages() {
        return Language.values().stream();
    }

    private static final String LINK = "https://api.example.org/signatures/confirm?token=abc.def&lang=";
    private static final String WITHDRAW = "https://api.example.org/signatures/withdraw?token=abc.def&lang=";

    @ParameterizedTest
    @MethodSource("languages")
    void confirmationEmailsRenderInEveryLanguage(Language language) {
        EmailMessage email = new TemplatedEmailComposer().confirmation(PETITION, language, "s@example.org", LINK + language.code(),
                WITHDRAW + language.code());
        assertEquals("s@example.org", email.to());
        assertTrue(email.subject().contains(PETITION.text(language).title()));
        assertTrue(email.text().contains(LINK + language.code()), "plain text carries the raw link");
        assertTrue(email.html().contains("href=\"" + LINK.replace("&", "&amp;") + language.code() + "\""));
        assertTrue(email.html().contains("<html lang=\"" + language.code() + "\">"));
        assertTrue(email.text().contains(WITHDRAW + language.code()), "the signer can withdraw later");
        assertTrue(email.html().contains("href=\"" + WITHDRAW.replace("&", "&amp;") + language.code() + "\""));
        assertFalse(email.text().contains("{{"), "every placeholder filled");
        assertFalse(email.html().contains("{{"));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void alreadySignedNotesRenderInEveryLanguageWithoutAConfirmationLink(Language language) {
        EmailMessage email = new TemplatedEmailComposer().alreadySigned(PETITION, language, "s@example.org", "https://x/petitions/p");
        assertTrue(email.text().contains("https://x/petitions/p"));
        assertFalse(email.text().contains("token="));
    }

    @org.junit.jupiter.api.Test
    void aConfirmationEmailInJapanese() {
        Language japanese = Language.fromCode("ja").orElseThrow();
        Petition petition = new Petition("p", Petition.Status.OPEN, OptionalLong.empty(), Map.of(
                Language.EN, new PetitionText("Free them", "", ""),
                japanese, new PetitionText("北朝鮮難民の強制送還をやめてください", "", "")), List.of(), List.of(),
                Petition.DEFAULT_DELIVERY_DATES, ZoneOffset.UTC);
        EmailMessage email = new TemplatedEmailComposer().confirmation(petition, japanese, "s@example.org", LINK + "ja", WITHDRAW + "ja");
        assertEquals("署名の確認：北朝鮮難民の強制送還をやめてください", email.subject());
        assertTrue(email.text().contains("署名を確認するには、このリンクを開いてページのボタンを押してください："), email.text());
        assertTrue(email.text().contains("リンクの有効期限は 7 日間です。"));
        assertTrue(email.html().contains("<html lang=\"ja\">"));
        assertTrue(email.html().contains(">署名を確認する<"), email.html());
    }

    @org.junit.jupiter.api.Test
    void htmlEscapesWhatOrganisersWrote() {
        EmailMessage email = new TemplatedEmailComposer().confirmation(PETITION, Language.EN, "s@example.org", LINK + "en",
                WITHDRAW + "en");
        assertTrue(email.html().contains("Free &lt;them&gt; &amp; now"));
        assertTrue(email.text().contains("Free <them> & now"), "plain text is not HTML-escaped");
    }
}
