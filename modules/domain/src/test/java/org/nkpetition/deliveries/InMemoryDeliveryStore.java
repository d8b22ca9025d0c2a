package org.nkpetition.deliveries;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The deliveries port in memory, for unit tests. */
public final class InMemoryDeliveryStore implements DeliveryStore {
    private final Map<Delivery.Key, Delivery> deliveries = new ConcurrentHashMap<>();

    @Override
    public List<Delivery> list(String petitionId) {
        return listAll().stream().filter(d -> d.petitionId().equals(petitionId)).toList();
    }

    @Override
    public List<Delivery> listAll() {
        return deliveries.values().stream().sorted(Comparator.comparing(Delivery::petitionId)
                .thenComparing(Delivery::date).thenComparing(Delivery::missionId)).toList();
    }

    @Override
    public void putAll(List<Delivery> list) {
        list.forEach(d -> deliveries.put(d.key(), d));
    }

    @Override
    public int remove(String petitionId, LocalDate date, Optional<String> missionId) {
        List<Delivery> gone = list(petitionId).stream().filter(d -> d.date().equals(date)
                && missionId.map(d.missionId()::equals).orElse(true)).toList();
        gone.forEach(d -> deliveries.remove(d.key()));
        return gone.size();
    }
}
