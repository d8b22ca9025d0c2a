package org.nkpetition.signature;

import java.util.Optional;
import java.util.stream.Stream;
import org.nkpetition.missions.MissionAssignment;

/**
 * Confirmed signatures with a mission for each: the one assigned at sign time when the item has it,
 * else {@code MissionAssignment.assign(country, no region)} over the missions given (signatures stored
 * before issue 14 added the {@code missionId} attribute). Without a region such a signer goes to the
 * country's "rest of country" mission or embassy, as issue 14's rule says ("else the embassy"); a country
 * without an active mission stays without one. Pure: the missions are read once by whoever builds this.
 */
public final class MissionFallback implements ConfirmedSignatures {
    private final ConfirmedSignatures source;
    private final MissionAssignment assignment;

    public MissionFallback(ConfirmedSignatures source, MissionAssignment assignment) {
        this.source = source;
        this.assignment = assignment;
    }

    @Override
    public Stream<ConfirmedSignature> of(String petitionId) {
        return source.of(petitionId).map(this::withMission);
    }

    private ConfirmedSignature withMission(ConfirmedSignature signature) {
        if (signature.missionId().isPresent()) {
            return signature;
        }
        return signature.withMission(assignment.assign(signature.country(), Optional.empty()));
    }
}
