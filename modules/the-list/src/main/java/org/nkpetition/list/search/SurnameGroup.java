package org.nkpetition.list.search;

import java.util.Set;

/**
 * Everyone filed under one surname key whose surname is written the same way (리 … or Ri …): a
 * query that is a surname alone scores each group once and then walks plain arrays, since "Kim"
 * matches a fifth of the list.
 */
final class SurnameGroup {
    final Set<String> spellings;
    final String letters;
    final int[] entries;
    final int[] forms;

    SurnameGroup(Set<String> spellings, String letters, int[] entries, int[] forms) {
        this.spellings = spellings;
        this.letters = letters;
        this.entries = entries;
        this.forms = forms;
    }
}
