package org.nkpetition.signature;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nkpetition.domain.Petition;
import org.nkpetition.petition.PetitionStore;

/**
 * The right to erasure: removes a person's signature from every petition, and from the counts,
 * given only their email address (we hold no index of addresses: the signer key is recomputed
 * from the canonical mailbox, exactly as signing computed it, see {@link SigningService#signerKeys}).
 */
public final class Erasure {
    private static final int ATTEMPTS = 8;
    private final PetitionStore petitions;
    private final SignatureStore signatures;
    private final SigningService signing;

    public Erasure(PetitionStore petitions, SignatureStore signatures, SigningService signing) {
        this.petitions = petitions;
        this.signatures = signatures;
        this.signing = signing;
    }

    /** The petitions the address had signed (pending or confirmed), now erased from each. */
    public List<String> erase(String email, Instant now) {
        List<String> erased = new ArrayList<>();
        for (Petition petition : petitions.list()) {
            for (String signerKey : signing.signerKeys(petition.id(), email)) {
                if (eraseOne(petition.id(), signerKey, now) && !erased.contains(petition.id())) {
                    erased.add(petition.id());
                }
            }
        }
        return erased;
    }

    private boolean eraseOne(String petitionId, String signerKey, Instant now) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<StoredSignature> signature = signatures.find(petitionId, signerKey);
            if (signature.isEmpty()) {
                return false;
            }
            if (signatures.erase(signature.get(), now) == TransactionResult.APPLIED) {
                return true;
            }
        }
        return false;
    }
}
