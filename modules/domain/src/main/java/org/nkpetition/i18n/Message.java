package org.nkpetition.i18n;

import java.util.List;

/** A user-facing message not yet put into words: a key into the language bundles and its arguments. */
public record Message(String key, List<Object> arguments) {
    public Message {
        arguments = List.copyOf(arguments);
    }

    public static Message of(String key, Object... arguments) {
        return new Message(key, List.of(arguments));
    }
}
