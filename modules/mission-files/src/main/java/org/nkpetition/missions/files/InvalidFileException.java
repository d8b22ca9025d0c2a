package org.nkpetition.missions.files;

import org.nkpetition.missions.RowError;
import java.util.List;

/** An organiser's file (missions or deliveries) with errors: nothing of it was written. */
public final class InvalidFileException extends RuntimeException {
    private final transient List<RowError> errors;

    public InvalidFileException(List<RowError> errors) {
        super(errors.size() + " error(s); first: " + errors.get(0));
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
