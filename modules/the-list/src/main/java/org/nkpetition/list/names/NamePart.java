package org.nkpetition.list.names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A surname or a given name in one script: its letters joined ("Sol Ju", "Sol-ju" and "Solju" are
 * all "solju"), the sound keys that find it and the spellings that rank it.
 *
 * @param pieces where the writer divided a Latin part (words, hyphens): sol, ju; empty for
 *     Hangul, whose syllables divide themselves
 */
public record NamePart(Script script, String letters, List<String> pieces) {
    public NamePart {
        pieces = List.copyOf(pieces);
    }

    NamePart(Script script, String letters) {
        this(script, letters, List.of(letters));
    }

    static NamePart of(List<NameWord> words) {
        StringBuilder letters = new StringBuilder();
        List<String> pieces = new ArrayList<>();
        for (NameWord word : words) {
            letters.append(word.letters());
            pieces.addAll(word.pieces());
        }
        return new NamePart(words.get(0).script(), letters.toString(), pieces);
    }

    /** The sound keys of this part as a surname: variants from the surname table included. */
    public Set<String> surnameKeys() {
        return switch (script) {
            case HANGUL -> {
                Set<String> keys = new LinkedHashSet<>();
                for (String form : SurnameVariants.table().hangulFormsOf(letters)) {
                    keys.addAll(PhoneticKey.ofHangul(form));
                }
                yield keys;
            }
            case LATIN -> {
                Set<String> keys = new LinkedHashSet<>(PhoneticKey.ofLatinPieces(pieces));
                keys.addAll(SurnameVariants.table().keysOfLatin(letters));
                yield keys;
            }
            case HAN, OTHER -> Set.of(letters);
        };
    }

    /** The sound keys of this part as a given name. */
    public Set<String> givenKeys() {
        return switch (script) {
            case HANGUL -> PhoneticKey.ofHangul(letters);
            case LATIN -> PhoneticKey.ofLatinPieces(pieces);
            case HAN, OTHER -> Set.of(letters);
        };
    }

    /**
     * The ways this part is written, for ranking by how close a query is to an actual spelling:
     * itself; for Hangul also its romanizations and, for a surname, its other Hangul form and
     * its common spellings (리 → 이, ri, lee, yi, rhee …).
     */
    public Set<String> spellings(boolean surname) {
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(letters);
        if (script == Script.HANGUL) {
            for (Romanization system : Romanization.values()) {
                spellings.add(LatinLetters.of(system.word(letters)));
            }
            if (surname) {
                SurnameVariants table = SurnameVariants.table();
                for (String form : table.hangulFormsOf(letters)) {
                    spellings.add(form);
                    spellings.addAll(table.spellingsOf(form));
                }
            }
        }
        return spellings;
    }

    /**
     * The Latin letters (a–z) this part may be typed as, for telling a typo from another name: the
     * ranking spellings plus, for Hangul, the passport and spoken spellings ({@link SpelledForms}).
     * Empty for Chinese characters and other scripts.
     */
    public Set<String> typedForms(boolean surname) {
        return typedForms(spellings(surname));
    }

    /** {@link #typedForms(boolean)} from this part's {@link #spellings} worked out already. */
    public Set<String> typedForms(Set<String> spellings) {
        Set<String> forms = new LinkedHashSet<>();
        if (script == Script.LATIN) {
            forms.add(letters);
        } else if (script == Script.HANGUL) {
            forms.addAll(SpelledForms.of(letters));
            for (String spelling : spellings) {
                if (!spelling.isEmpty() && spelling.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                    forms.add(spelling);
                }
            }
        }
        return forms;
    }

    /** The length that weighs this part's similarity against the other part's. */
    public int weight() {
        return script == Script.HANGUL || script == Script.HAN ? 3 * letters.length() : letters.length();
    }
}
