package org.nkpetition.list.search;

import java.util.Set;

/**
 * One reading of one name form of a listed person, as the index keeps it: the sound keys that
 * find it and the spellings that rank it. Spelling sets are shared between readings with the same
 * surname or given name, which keeps the index small and lets a search score each set once.
 */
final class IndexedReading {
    static final String[] NONE = new String[0];

    final int entry;
    final int form;
    final String[] surnameKeys;
    final String[] givenKeys;
    final Set<String> surnameSpellings;
    final Set<String> givenSpellings;
    /** The name form as written (letters only), to prefer it when several forms match equally well. */
    final String surnameLetters;
    final String givenLetters;

    IndexedReading(int entry, int form, String[] surnameKeys, String[] givenKeys, Set<String> surnameSpellings,
            Set<String> givenSpellings, String surnameLetters, String givenLetters) {
        this.entry = entry;
        this.form = form;
        this.surnameKeys = surnameKeys;
        this.givenKeys = givenKeys;
        this.surnameSpellings = surnameSpellings;
        this.givenSpellings = givenSpellings;
        this.surnameLetters = surnameLetters;
        this.givenLetters = givenLetters;
    }

    boolean isFull() {
        return surnameKeys.length > 0 && givenKeys.length > 0;
    }

    static boolean contains(String[] keys, String key) {
        for (String candidate : keys) {
            if (candidate.equals(key)) {
                return true;
            }
        }
        return false;
    }

    static boolean anyOneApart(String[] keys, String key) {
        for (String candidate : keys) {
            if (EditDistance.oneApart(candidate, key)) {
                return true;
            }
        }
        return false;
    }
}
