package org.nkpetition.petition;

/** A petition file that does not follow the documented format; names the offending field. */
public final class InvalidPetitionException extends RuntimeException {
    private final String field;

    public InvalidPetitionException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
