package org.nkpetition.list.names;

import java.util.Optional;

/**
 * One way to read a written name: which part is the surname and which the given name. A reading
 * may have only one of them (a query "Kim", an alias); never neither.
 */
public record NameReading(Optional<NamePart> surname, Optional<NamePart> given) {
    public NameReading {
        if (surname.isEmpty() && given.isEmpty()) {
            throw new IllegalArgumentException("A reading needs a surname or a given name");
        }
    }

    static NameReading full(NamePart surname, NamePart given) {
        return new NameReading(Optional.of(surname), Optional.of(given));
    }

    static NameReading surnameOnly(NamePart surname) {
        return new NameReading(Optional.of(surname), Optional.empty());
    }

    static NameReading givenOnly(NamePart given) {
        return new NameReading(Optional.empty(), Optional.of(given));
    }

    public boolean isFull() {
        return surname.isPresent() && given.isPresent();
    }
}
