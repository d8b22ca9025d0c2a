package org.nkpetition.i18n;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import org.nkpetition.domain.Language;

/**
 * Every user-facing string, per language, from {@code i18n/messages_XX.properties} (UTF-8).
 * Keys use underscores so templates can address them as {@code {{t.some_key}}}.
 */
public final class Messages {
    private static final Map<Language, Messages> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private final Language language;
    private final Map<String, String> texts;

    private Messages(Language language, Map<String, String> texts) {
        this.language = language;
        this.texts = Collections.unmodifiableMap(texts);
    }

    public static synchronized Messages of(Language language) {
        return CACHE.computeIfAbsent(language, Messages::load);
    }

    private static Messages load(Language language) {
        // Start from English so a key missing in a translation still reads as something sensible.
        Map<String, String> texts = new HashMap<>(read(Language.EN));
        if (language != Language.EN) {
            texts.putAll(read(language));
        }
        return new Messages(language, texts);
    }

    private static Map<String, String> read(Language language) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> texts = new HashMap<>();
        for (String key : bundle.keySet()) {
            texts.put(key, bundle.getString(key));
        }
        return texts;
    }

    public Language language() {
        return language;
    }

    /** All texts of this language, for templates. */
    public Map<String, String> all() {
        return texts;
    }

    public String get(String key, Object... arguments) {
        String pattern = texts.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("No message " + key);
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(arguments);
    }

    public String get(Message message) {
        return get(message.key(), message.arguments().toArray());
    }
}
