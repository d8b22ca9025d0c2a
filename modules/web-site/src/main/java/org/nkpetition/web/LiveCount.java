package org.nkpetition.web;

import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.nkpetition.i18n.Messages;

/**
 * The words the page's script needs to rewrite the count in the page's language, taken from the
 * bundle's own patterns so the script holds no words: the text for 0, for 1 and for any other
 * number with "{n}" where the number goes, and the digit-grouping separator Java uses.
 */
final class LiveCount {
    /** A number no real count reaches, formatted and then replaced by "{n}". */
    private static final long PLACEHOLDER = 987_654_321L;
    /** How often the script asks /count while the page is in view. */
    static final int REFRESH_SECONDS = 30;

    private LiveCount() {
    }

    static Map<String, Object> attributes(Messages messages, OptionalLong goal) {
        Map<String, Object> live = new LinkedHashMap<>();
        live.put("textZero", messages.get("signatures_count", 0L));
        live.put("textOne", messages.get("signatures_count", 1L));
        live.put("textMany", withPlaceholder(messages, messages.get("signatures_count", PLACEHOLDER)));
        if (goal.isPresent()) {
            live.put("goalTemplate", withPlaceholder(messages, messages.get("goal_progress", PLACEHOLDER, goal.getAsLong())));
        }
        live.put("grouping", String.valueOf(DecimalFormatSymbols.getInstance(messages.language().locale()).getGroupingSeparator()));
        live.put("refreshSeconds", REFRESH_SECONDS);
        return live;
    }

    private static String withPlaceholder(Messages messages, String text) {
        String formatted = NumberFormat.getIntegerInstance(messages.language().locale()).format(PLACEHOLDER);
        if (!text.contains(formatted)) {
            throw new IllegalStateException("The count pattern does not show the number in " + messages.language());
        }
        return text.replace(formatted, "{n}");
    }
}
