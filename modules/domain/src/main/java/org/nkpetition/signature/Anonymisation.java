package org.nkpetition.signature;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.nkpetition.domain.Petition;
import org.nkpetition.petition.PetitionStore;

/**
 * Once a petition has been closed for long enough (deliveries done), its signers' details are no
 * longer needed: each signature keeps only its country and date, so counts and statistics survive.
 */
public final class Anonymisation {
    private final PetitionStore petitions;
    private final ConfirmedSignatures confirmed;
    private final SignatureStore signatures;
    private final Duration after;

    public Anonymisation(PetitionStore petitions, ConfirmedSignatures confirmed, SignatureStore signatures, Duration after) {
        this.petitions = petitions;
        this.confirmed = confirmed;
        this.signatures = signatures;
        this.after = after;
    }

    /** What one run did, per petition: how many signatures were stripped. */
    public record Done(String petitionId, long signatures) {
    }

    public List<Done> run(Instant now) {
        List<Done> done = new ArrayList<>();
        for (Petition petition : petitions.list()) {
            Optional<Instant> closedAt = petitions.closedAt(petition.id());
            boolean due = !petition.isOpen() && closedAt.isPresent() && closedAt.get().plus(after).isBefore(now);
            if (due && petitions.anonymisedAt(petition.id()).isEmpty()) {
                long count = 0;
                try (Stream<ConfirmedSignature> all = confirmed.of(petition.id())) {
                    for (ConfirmedSignature signature : (Iterable<ConfirmedSignature>) all::iterator) {
                        if (signatures.anonymise(petition.id(), signature.signerKey(), now)) {
                            count++;
                        }
                    }
                }
                petitions.markAnonymised(petition.id(), now);
                done.add(new Done(petition.id(), count));
            }
        }
        return done;
    }
}
