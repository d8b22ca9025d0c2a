package org.nkpetition.list.names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the surname is in a written name. Listed names are read the way they were most likely
 * written; queries are read every plausible way, since visitors write names in either order,
 * run together or in part.
 */
public final class NameReadings {
    /** A run-together Latin query ("kimsolhwa") is split only after a surname this long at most. */
    private static final int MAX_SURNAME_LETTERS = 8;

    private NameReadings() {
    }

    /**
     * Readings of a name on THE LIST. Hangul is surname-first; in Latin the surname is the first
     * word when the surname table knows it ("Ri Sol Ju"), else the last ("Seol-ju Lee"), and
     * either when the table cannot tell. A hyphenated word is a given name, a comma follows the
     * surname. One word alone is read as a surname or a given name.
     */
    public static List<NameReading> ofListedName(WrittenName name) {
        List<NameWord> words = name.words();
        Set<NameReading> readings = new LinkedHashSet<>();
        if (words.isEmpty()) {
            return List.of();
        }
        if (name.commaAfterFirst() && words.size() > 1) {
            readings.add(split(words, 0, 1));
        } else if (words.size() == 1) {
            readings.addAll(ofOneWord(words.get(0), false));
        } else if (words.get(0).script() == Script.HANGUL && words.get(0).letters().length() <= 2) {
            readings.add(split(words, 0, 1));
        } else {
            boolean firstIsSurname = isSurname(words.get(0));
            boolean lastIsSurname = isSurname(words.get(words.size() - 1));
            if (firstIsSurname || !lastIsSurname) {
                readings.add(split(words, 0, 1));
            }
            if (lastIsSurname || !firstIsSurname) {
                readings.add(split(words, words.size() - 1, words.size()));
            }
            addCompoundSurname(words, readings);
        }
        return List.copyOf(readings);
    }

    /**
     * Readings of a query: surname first and surname last, the whole as a given name, and for one
     * word also as a surname alone and split after (or before) a known surname ("kimsolhwa").
     */
    public static List<NameReading> ofQuery(WrittenName query) {
        List<NameWord> words = query.words();
        Set<NameReading> readings = new LinkedHashSet<>();
        if (words.isEmpty()) {
            return List.of();
        }
        if (query.commaAfterFirst() && words.size() > 1) {
            readings.add(split(words, 0, 1));
        } else if (words.size() == 1) {
            readings.addAll(ofOneWord(words.get(0), true));
        } else {
            readings.add(split(words, 0, 1));
            readings.add(split(words, words.size() - 1, words.size()));
            addCompoundSurname(words, readings);
            readings.add(NameReading.givenOnly(NamePart.of(words)));
        }
        return List.copyOf(readings);
    }

    private static List<NameReading> ofOneWord(NameWord word, boolean query) {
        String letters = word.letters();
        List<NameReading> readings = new ArrayList<>();
        switch (word.script()) {
            case HANGUL, HAN -> {
                // Written as one word, a Korean or Chinese name is surname-first: 리설화, 李雪花.
                SurnameVariants table = SurnameVariants.table();
                if (letters.length() == 1 || letters.length() == 2 && table.isCompoundHangulSurname(letters)) {
                    readings.add(NameReading.surnameOnly(new NamePart(word.script(), letters)));
                }
                // A known two-syllable surname is the likelier reading (남궁혁 = 남궁 + 혁), so it comes first.
                if (letters.length() >= 3 && table.isCompoundHangulSurname(letters.substring(0, 2))) {
                    readings.add(NameReading.full(new NamePart(word.script(), letters.substring(0, 2)),
                            new NamePart(word.script(), letters.substring(2))));
                }
                if (letters.length() >= 2) {
                    readings.add(NameReading.full(new NamePart(word.script(), letters.substring(0, 1)),
                            new NamePart(word.script(), letters.substring(1))));
                }
                if (query && letters.length() >= 2) {
                    readings.add(NameReading.givenOnly(new NamePart(word.script(), letters)));
                }
            }
            case LATIN, OTHER -> {
                NamePart whole = new NamePart(word.script(), letters, word.pieces());
                readings.add(NameReading.surnameOnly(whole));
                readings.add(NameReading.givenOnly(whole));
                if (query && word.script() == Script.LATIN) {
                    readings.addAll(runTogether(letters));
                }
            }
        }
        return readings;
    }

    /** "kimsolhwa" → Kim + solhwa; "solhwari" → Ri + solhwa. */
    private static List<NameReading> runTogether(String letters) {
        SurnameVariants table = SurnameVariants.table();
        List<NameReading> readings = new ArrayList<>();
        for (int length = 1; length <= Math.min(MAX_SURNAME_LETTERS, letters.length() - 2); length++) {
            String prefix = letters.substring(0, length);
            if (table.isSurnameSpelling(prefix)) {
                readings.add(NameReading.full(new NamePart(Script.LATIN, prefix),
                        new NamePart(Script.LATIN, letters.substring(length))));
            }
            String suffix = letters.substring(letters.length() - length);
            if (table.isSurnameSpelling(suffix)) {
                readings.add(NameReading.full(new NamePart(Script.LATIN, suffix),
                        new NamePart(Script.LATIN, letters.substring(0, letters.length() - length))));
            }
        }
        return readings;
    }

    /** "Nam Gung Min": a two-syllable surname written as two words. */
    private static void addCompoundSurname(List<NameWord> words, Set<NameReading> readings) {
        if (words.size() >= 3 && words.get(0).script() == Script.LATIN && words.get(1).script() == Script.LATIN) {
            String joined = words.get(0).letters() + words.get(1).letters();
            for (String hangul : SurnameVariants.table().hangulFor(joined)) {
                if (hangul.length() == 2) {
                    readings.add(split(words, 0, 2));
                    return;
                }
            }
        }
    }

    /** Words [from, to) are the surname; the rest, in order, the given name. */
    private static NameReading split(List<NameWord> words, int from, int to) {
        List<NameWord> given = new ArrayList<>(words.subList(0, from));
        given.addAll(words.subList(to, words.size()));
        NamePart surname = NamePart.of(words.subList(from, to));
        return given.isEmpty() ? NameReading.surnameOnly(surname) : NameReading.full(surname, NamePart.of(given));
    }

    private static boolean isSurname(NameWord word) {
        if (word.joined()) {
            return false;
        }
        return switch (word.script()) {
            case HANGUL -> word.letters().length() == 1 || SurnameVariants.table().isHangulSurname(word.letters());
            case HAN -> word.letters().length() == 1;
            case LATIN -> SurnameVariants.table().isSurnameSpelling(word.letters());
            case OTHER -> false;
        };
    }
}
