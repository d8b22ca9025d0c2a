package org.nkpetition.signature;

import java.util.stream.Stream;

/** Reads a petition's confirmed signatures in confirmation order, a page at a time (memory stays flat). */
public interface ConfirmedSignatures {
    /** A lazy stream: close it (try-with-resources) when not read to the end. */
    Stream<ConfirmedSignature> of(String petitionId);
}
