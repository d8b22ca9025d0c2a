package org.nkpetition.list.search;

import java.util.Set;
import org.nkpetition.list.names.Correspondence;
import org.nkpetition.list.names.NamePart;
import org.nkpetition.list.names.PhoneticKey;
import org.nkpetition.list.names.Script;
import org.nkpetition.list.names.SurnameVariants;

/**
 * Whether a query's name part and a listed one, whose sound keys agree, are the same name: what a
 * full match needs of both parts (docs/LIST.md, "How a name is matched"). Sound keys are coarse
 * (ㅗ/ㅜ, doubled sounds) and find candidates; this decides.
 */
final class PartCorrespondence {
    private PartCorrespondence() {
    }

    /**
     * Surnames: Hangul forms of one surname (리/이); a Latin spelling the surname table knows only
     * for the listed surname's Hangul (Woo is 우, never 오); else the letters spell the Hangul.
     * Two Latin spellings correspond unless the table knows both for different surnames.
     */
    static boolean surname(NamePart query, IndexedPart listed) {
        return surname(query, listed.part, listed.spellings);
    }

    /** {@link #surname(NamePart, IndexedPart)} for a listed part not (yet) in the index, with its spellings. */
    static boolean surname(NamePart query, NamePart other, Set<String> otherSpellings) {
        if (query.letters().equals(other.letters())) {
            return true;
        }
        SurnameVariants table = SurnameVariants.table();
        Script a = query.script();
        Script b = other.script();
        if (a == Script.HANGUL && b == Script.HANGUL) {
            return table.hangulFormsOf(query.letters()).contains(other.letters())
                    || Correspondence.sameHangul(query.letters(), other.letters());
        }
        if (a == Script.LATIN && b == Script.HANGUL) {
            return latinSurnameSpells(query.letters(), other.letters(), otherSpellings);
        }
        if (a == Script.HANGUL && b == Script.LATIN) {
            return latinSurnameSpells(other.letters(), query.letters(), query.spellings(true));
        }
        if (a == Script.LATIN && b == Script.LATIN) {
            Set<String> queried = table.hangulFor(query.letters());
            Set<String> listedAs = table.hangulFor(other.letters());
            return queried.isEmpty() || listedAs.isEmpty() || queried.stream().anyMatch(listedAs::contains);
        }
        return true;
    }

    /**
     * Given names: the same syllables (Hangul), or letters that spell the Hangul; two Latin spellings
     * by their keys and as many vowel sounds.
     */
    static boolean given(NamePart query, IndexedPart listed) {
        return given(query, listed.part, listed.spellings);
    }

    /** {@link #given(NamePart, IndexedPart)} for a listed part not (yet) in the index, with its spellings. */
    static boolean given(NamePart query, NamePart other, Set<String> otherSpellings) {
        if (query.letters().equals(other.letters())) {
            return true;
        }
        Script a = query.script();
        Script b = other.script();
        if (a == Script.HANGUL && b == Script.HANGUL) {
            return Correspondence.sameHangul(query.letters(), other.letters());
        }
        if (a == Script.LATIN && b == Script.HANGUL) {
            return otherSpellings.contains(query.letters()) || Correspondence.latinSpellsHangul(query.letters(), other.letters());
        }
        if (a == Script.HANGUL && b == Script.LATIN) {
            return Correspondence.latinSpellsHangul(other.letters(), query.letters());
        }
        if (a == Script.LATIN && b == Script.LATIN) {
            return PhoneticKey.vowelSounds(query.letters()) == PhoneticKey.vowelSounds(other.letters());
        }
        return true;
    }

    private static boolean latinSurnameSpells(String letters, String hangul, Set<String> spellingsOfHangul) {
        if (spellingsOfHangul.contains(letters)) {
            return true;
        }
        SurnameVariants table = SurnameVariants.table();
        if (!table.hangulFor(letters).isEmpty()) {
            // A spelling the table knows, but for other surnames.
            return false;
        }
        return Correspondence.latinSpellsHangul(letters, hangul);
    }
}
