package org.nkpetition.list.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Name parts by the letters they may be typed as ({@link org.nkpetition.list.names.NamePart#typedForms}),
 * to find a part written exactly so or with one typo (a letter inserted, dropped, replaced, or two
 * neighbours swapped) in whichever romanization the writer used.
 *
 * <p>Near spellings are found the SymSpell way: two strings one typo apart share a one-letter
 * deletion (or one is a deletion of the other). The deletions are kept as 32-bit hashes packed
 * with the spelling's number into one sorted {@code long[]}, about 12 bytes each, and looked up by
 * binary search; a hash collision only adds a candidate that the exact check then drops.
 */
final class SpellingIndex {
    private static final int[] NO_PARTS = new int[0];

    /** Spelling number → the spelling. */
    private final String[] spellings;
    /** Spelling number → the ids of the parts typed so. */
    private final int[][] partsBySpelling;
    private final Map<String, Integer> numberOf;
    /** (hash of the spelling or of one of its one-letter deletions) << 32 | spelling number, sorted. */
    private final long[] deletions;

    private SpellingIndex(String[] spellings, int[][] partsBySpelling, Map<String, Integer> numberOf, long[] deletions) {
        this.spellings = spellings;
        this.partsBySpelling = partsBySpelling;
        this.numberOf = numberOf;
        this.deletions = deletions;
    }

    /** Builds the index; {@code typedForms.get(id)} are the spellings of the part with that id. */
    static SpellingIndex of(List<Set<String>> typedForms) {
        Map<String, Integer> numberOf = new HashMap<>();
        List<String> spellings = new ArrayList<>();
        List<List<Integer>> parts = new ArrayList<>();
        for (int id = 0; id < typedForms.size(); id++) {
            for (String spelling : typedForms.get(id)) {
                int number = numberOf.computeIfAbsent(spelling, s -> {
                    spellings.add(s);
                    parts.add(new ArrayList<>(1));
                    return spellings.size() - 1;
                });
                parts.get(number).add(id);
            }
        }
        int total = 0;
        for (String spelling : spellings) {
            total += spelling.length() + 1;
        }
        long[] deletions = new long[total];
        int n = 0;
        for (int number = 0; number < spellings.size(); number++) {
            String spelling = spellings.get(number);
            deletions[n++] = pack(spelling.hashCode(), number);
            for (int i = 0; i < spelling.length(); i++) {
                deletions[n++] = pack(deletion(spelling, i).hashCode(), number);
            }
        }
        Arrays.sort(deletions);
        int[][] partsBySpelling = new int[parts.size()][];
        for (int i = 0; i < parts.size(); i++) {
            partsBySpelling[i] = parts.get(i).stream().distinct().mapToInt(Integer::intValue).toArray();
        }
        return new SpellingIndex(spellings.toArray(String[]::new), partsBySpelling, Map.copyOf(numberOf), deletions);
    }

    /** The ids of the parts that may be typed exactly as {@code letters}. */
    int[] exact(String letters) {
        Integer number = numberOf.get(letters);
        return number == null ? NO_PARTS : partsBySpelling[number];
    }

    /**
     * The ids of the parts with a spelling exactly one typo from {@code letters}, in index order
     * without repeats (a part may also be typed exactly so: see {@link #exact}).
     */
    Set<Integer> near(String letters) {
        Set<Integer> numbers = new LinkedHashSet<>();
        collect(letters.hashCode(), letters, numbers);
        for (int i = 0; i < letters.length(); i++) {
            collect(deletion(letters, i).hashCode(), letters, numbers);
        }
        Set<Integer> parts = new LinkedHashSet<>();
        for (int number : numbers) {
            for (int part : partsBySpelling[number]) {
                parts.add(part);
            }
        }
        return parts;
    }

    private void collect(int hash, String letters, Set<Integer> numbers) {
        long low = (long) hash << 32;
        int at = Arrays.binarySearch(deletions, low);
        if (at < 0) {
            at = -at - 1;
        }
        for (; at < deletions.length && (int) (deletions[at] >> 32) == hash; at++) {
            int number = (int) deletions[at];
            if (!numbers.contains(number) && EditDistance.oneApart(letters, spellings[number])) {
                numbers.add(number);
            }
        }
    }

    private static long pack(int hash, int number) {
        return (long) hash << 32 | (number & 0xFFFFFFFFL);
    }

    private static String deletion(String s, int i) {
        return s.substring(0, i) + s.substring(i + 1);
    }
}
