package org.nkpetition.deliveries;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where deliveries are kept (port). Tens per petition: reads return them whole. */
public interface DeliveryStore {
    /** The petition's deliveries, sorted by date then mission id. */
    List<Delivery> list(String petitionId);

    /** Every delivery of every petition (for checks such as "is this mission still referenced?"). */
    List<Delivery> listAll();

    /** Writes (adds or replaces, by {@link Delivery#key()}) every delivery; callers check them first. */
    void putAll(List<Delivery> deliveries);

    /** Removes the petition's deliveries on {@code date}, only at {@code missionId} when given; returns how many. */
    int remove(String petitionId, LocalDate date, Optional<String> missionId);
}
