package org.nkpetition.list.search;

/**
 * How a query met a listed name, from best to weakest. Each kind has a band of scores that do not
 * overlap, so a person whose whole name matches always ranks above people who merely share a
 * surname or a given name; within a band, the closer spelling ranks first.
 */
enum MatchKind {
    /** Surname and given name have the same sound keys (Lee Seol-hwa ↔ 리설화 ↔ Ri Sol Hwa). */
    FULL(0.80, 0.20),
    /** Surname and given name match but for one typo in a Latin query. */
    FULL_ONE_TYPO(0.60, 0.10),
    /** The query is a given name only, and it matches. */
    GIVEN(0.50, 0.09),
    /** The query is a given name only, one typo away. */
    GIVEN_ONE_TYPO(0.40, 0.05),
    /** The query is a surname only: everyone with that surname, after any fuller match. */
    SURNAME(0.30, 0.05);

    private final double base;
    private final double spellingWeight;

    MatchKind(double base, double spellingWeight) {
        this.base = base;
        this.spellingWeight = spellingWeight;
    }

    /** The score for a match of this kind whose spelling is this similar (0–1) to the listed one. */
    double score(double spellingSimilarity) {
        return Math.round((base + spellingWeight * spellingSimilarity) * 1000) / 1000.0;
    }
}
