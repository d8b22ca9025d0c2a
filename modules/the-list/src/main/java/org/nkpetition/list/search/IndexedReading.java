package org.nkpetition.list.search;

/**
 * One reading of one name form of a listed person, as the index keeps it: its surname and given
 * name (either may be absent, never both), shared with every other reading that has them.
 */
final class IndexedReading {
    final int entry;
    final int form;
    /** Null when the reading has no surname (a given name alone, an alias). */
    final IndexedPart surname;
    /** Null when the reading has no given name (a surname alone). */
    final IndexedPart given;

    IndexedReading(int entry, int form, IndexedPart surname, IndexedPart given) {
        this.entry = entry;
        this.form = form;
        this.surname = surname;
        this.given = given;
    }

    boolean isFull() {
        return surname != null && given != null;
    }

    /** The name form as written (letters only), to prefer it when several forms match equally well. */
    String surnameLetters() {
        return surname == null ? "" : surname.part.letters();
    }

    String givenLetters() {
        return given == null ? "" : given.part.letters();
    }
}
