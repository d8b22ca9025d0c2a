package org.nkpetition.list.search;

import java.util.Arrays;

/**
 * The best match per person during one search, in arrays indexed by entry rather than a map: a
 * surname alone can match thousands of readings, and this is the inner loop. One per thread,
 * reused; {@link #clear()} resets only what the last search touched.
 */
final class Matches {
    private final double[] score;
    private final int[] form;
    private final boolean[] writtenAsQueried;
    private int[] touched = new int[64];
    private int count;

    Matches(int entries) {
        score = new double[entries];
        form = new int[entries];
        writtenAsQueried = new boolean[entries];
        Arrays.fill(score, -1);
    }

    /** Keeps the match if it is the person's best so far; on equal scores, the form written as queried. */
    void offer(int entry, int nameForm, double matchScore, boolean asQueried) {
        double current = score[entry];
        if (current < 0) {
            if (count == touched.length) {
                touched = Arrays.copyOf(touched, count * 2);
            }
            touched[count++] = entry;
        } else if (matchScore < current || matchScore == current && (!asQueried || writtenAsQueried[entry])) {
            return;
        }
        score[entry] = matchScore;
        form[entry] = nameForm;
        writtenAsQueried[entry] = asQueried;
    }

    int count() {
        return count;
    }

    /** The matched entries, best first (score, then index order, which is id order), at most {@code limit}. */
    int[] ranked(int limit) {
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            int entry = touched[i];
            // Scores have three decimals: invert them so that an ascending sort puts the best first.
            long inverted = 1000 - Math.round(score[entry] * 1000);
            keys[i] = inverted << 32 | entry;
        }
        Arrays.sort(keys);
        int[] ranked = new int[Math.min(limit, count)];
        for (int i = 0; i < ranked.length; i++) {
            ranked[i] = (int) keys[i];
        }
        return ranked;
    }

    double score(int entry) {
        return score[entry];
    }

    int form(int entry) {
        return form[entry];
    }

    void clear() {
        for (int i = 0; i < count; i++) {
            score[touched[i]] = -1;
        }
        count = 0;
    }
}
