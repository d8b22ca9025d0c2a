package org.nkpetition.list.entry;

import java.util.Arrays;
import java.util.Optional;

/** Who a listed person is, as the import file and the API spell it. */
public enum Category {
    REFUGEE("refugee"),
    HUMANITARIAN_WORKER("humanitarian-worker"),
    CHILD("child");

    private final String code;

    Category(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The key of this category's words in the language bundles. */
    public String messageKey() {
        return "list_category_" + code.replace('-', '_');
    }

    public static Optional<Category> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Category::code).toList());
    }
}
