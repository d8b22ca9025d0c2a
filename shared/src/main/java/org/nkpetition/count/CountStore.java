package org.nkpetition.count;

/** Reads a petition's counters (however they are sharded underneath). */
public interface CountStore {
    PetitionCount read(String petitionId);
}
