package org.nkpetition.list.search;

/** String distances for the search: a quick "one typo apart?" test and a similarity for ranking. */
final class EditDistance {
    private EditDistance() {
    }

    /**
     * Whether two different strings are one typo apart: one letter inserted, deleted, replaced, or
     * two neighbours swapped (Damerau). Linear time, no allocation: it runs over many candidates.
     */
    static boolean oneApart(String a, String b) {
        int lengthA = a.length();
        int lengthB = b.length();
        if (Math.abs(lengthA - lengthB) > 1 || a.equals(b)) {
            return false;
        }
        int start = 0;
        while (start < Math.min(lengthA, lengthB) && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        if (lengthA == lengthB) {
            // Replaced: the rest after the difference is equal; swapped: the next two are crossed.
            if (a.regionMatches(start + 1, b, start + 1, lengthA - start - 1)) {
                return true;
            }
            return start + 1 < lengthA && a.charAt(start) == b.charAt(start + 1) && a.charAt(start + 1) == b.charAt(start)
                    && a.regionMatches(start + 2, b, start + 2, lengthA - start - 2);
        }
        // Inserted or deleted: skipping the letter in the longer one makes the rest equal.
        String longer = lengthA > lengthB ? a : b;
        String shorter = lengthA > lengthB ? b : a;
        return longer.regionMatches(start + 1, shorter, start, shorter.length() - start);
    }

    /**
     * 1 for equal strings, down to 0 for nothing in common: 1 − edit distance ÷ longer length, where
     * two swapped neighbours count as one edit like any other typo (optimal string alignment).
     */
    static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        int longer = Math.max(a.length(), b.length());
        if (longer == 0) {
            return 1;
        }
        return 1 - (double) distance(a, b) / longer;
    }

    /** Levenshtein distance with swaps of neighbours as one edit (optimal string alignment). */
    static int distance(String a, String b) {
        int[] beforePrevious = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            char c = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                int replace = previous[j - 1] + (c == b.charAt(j - 1) ? 0 : 1);
                int best = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
                if (i > 1 && j > 1 && c == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, beforePrevious[j - 2] + 1);
                }
                current[j] = best;
            }
            int[] recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.length()];
    }
}
