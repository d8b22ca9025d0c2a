package org.nkpetition.i18n;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nkpetition.domain.Language;

/**
 * Every message bundle says everything English says, with the same arguments, in patterns MessageFormat can read:
 * a language added as data (docs/adr/0071) cannot ship half-translated or with a broken placeholder.
 */
class MessageBundlesTest {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @Test
    void everyBundleHasExactlyTheKeysOfTheEnglishOne() throws IOException {
        Set<String> english = read(Language.EN).keySet();
        for (Language language : Language.values()) {
            Set<String> keys = read(language).keySet();
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(keys);
            Set<String> extra = new TreeSet<>(keys);
            extra.removeAll(english);
            assertEquals(Set.of(), missing, "missing in messages_" + language.code());
            assertEquals(Set.of(), extra, "unknown keys in messages_" + language.code());
        }
    }

    @Test
    void everyPatternParsesAndTakesTheSameArgumentsAsEnglish() throws IOException {
        Map<String, String> english = read(Language.EN);
        for (Language language : Language.values()) {
            for (Map.Entry<String, String> entry : read(language).entrySet()) {
                String where = "messages_" + language.code() + ": " + entry.getKey();
                assertDoesNotThrow(() -> new MessageFormat(entry.getValue(), language.locale()), where);
                assertEquals(arguments(english.get(entry.getKey())), arguments(entry.getValue()), where);
                assertFalse(entry.getValue().contains("'"), where + ": MessageFormat drops a straight apostrophe; write ’");
            }
        }
    }

    @Test
    void theLanguagesAreTheBundlesWithJapaneseAmongThem() {
        assertEquals("en, ko, es, ja", Language.codes());
        Language japanese = Language.fromCode("ja-JP").orElseThrow();
        assertEquals("日本語", japanese.nativeName());
        assertTrue(japanese.isReadIn("JP"));
        assertSame(japanese, Language.fromAcceptLanguage("ja,en;q=0.5").orElseThrow());
        assertEquals("次の言語から選んでください：English (en), 한국어 (ko), Español (es), 日本語 (ja)。",
                Messages.of(japanese).get("error_lang", Language.choices()));
    }

    private static Set<String> arguments(String pattern) {
        Set<String> arguments = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            arguments.add(matcher.group(1));
        }
        return arguments;
    }

    private static Map<String, String> read(Language language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader()
                .getResourceAsStream("i18n/messages_" + language.code() + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> texts = new TreeMap<>();
        properties.forEach((key, value) -> texts.put((String) key, (String) value));
        return texts;
    }
}
