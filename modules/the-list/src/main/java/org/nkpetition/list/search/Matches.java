package org.nkpetition.list.search;

import java.util.Arrays;

/**
 * The best match per person during one search, in arrays indexed by entry rather than a map: a
 * surname alone can match thousands of readings, and this is the inner loop. One per thread,
 * reused; {@link #clear()} resets only what the last search touched.
 *
 * <p>Order: score, then the reading of the query that matched (surname first before surname last,
 * as {@link org.nkpetition.list.names.NameReadings#ofQuery} lists them: the way people read a
 * name), and only for people whose names are written alike, list order.
 */
final class Matches {
    /** Reading ranks above this share the last slot of the sort key (no query has this many readings). */
    private static final int MAX_RANK = 255;

    private final double[] score;
    private final int[] form;
    private final int[] rank;
    private final boolean[] writtenAsQueried;
    private int[] touched = new int[64];
    private int count;

    Matches(int entries) {
        score = new double[entries];
        form = new int[entries];
        rank = new int[entries];
        writtenAsQueried = new boolean[entries];
        Arrays.fill(score, -1);
    }

    /**
     * Keeps the match if it is the person's best so far: a higher score, or an equal score from an
     * earlier reading of the query, or from the same reading with the name form written as queried.
     *
     * @param readingRank the position of the query reading that matched (0 = surname first)
     */
    void offer(int entry, int nameForm, double matchScore, int readingRank, boolean asQueried) {
        double current = score[entry];
        if (current < 0) {
            if (count == touched.length) {
                touched = Arrays.copyOf(touched, count * 2);
            }
            touched[count++] = entry;
        } else if (matchScore < current || matchScore == current && (readingRank > rank[entry]
                || readingRank == rank[entry] && (!asQueried || writtenAsQueried[entry]))) {
            return;
        }
        score[entry] = matchScore;
        form[entry] = nameForm;
        rank[entry] = readingRank;
        writtenAsQueried[entry] = asQueried;
    }

    int count() {
        return count;
    }

    /** The matched entries, best first (score, then reading rank, then index order), at most {@code limit}. */
    int[] ranked(int limit) {
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            int entry = touched[i];
            // Scores have three decimals: invert them so that an ascending sort puts the best first.
            long inverted = 1000 - Math.round(score[entry] * 1000);
            keys[i] = inverted << 40 | (long) Math.min(rank[entry], MAX_RANK) << 32 | entry;
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
