package org.nkpetition.deliveries;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.nkpetition.domain.Destination;
import org.nkpetition.domain.Language;
import org.nkpetition.missions.Mission;
import org.nkpetition.missions.MissionAssignment;
import org.nkpetition.missions.MissionStore;
import org.nkpetition.missions.Subdivisions;
import org.nkpetition.signature.SignaturePlaces;

/**
 * The stored missions and deliveries, read at most once per {@code cacheMillis} per container (they change a few
 * times a year, by bin/admin; a minute of staleness after an import is harmless, and a crowd signing must not scan
 * the petitions table per request). Thread-safe.
 */
public final class LivePlaces implements SignaturePlaces {
    private record Snapshot(List<Mission> missions, MissionAssignment assignment, long readAtMillis) {
    }

    private final MissionStore missions;
    private final DeliveryStore deliveries;
    private final long cacheMillis;
    private final LongSupplier clockMillis;
    private volatile Snapshot snapshot;
    private final java.util.concurrent.ConcurrentHashMap<String, Planned> planned = new java.util.concurrent.ConcurrentHashMap<>();

    private record Planned(List<Delivery> deliveries, long readAtMillis) {
    }

    public LivePlaces(MissionStore missions, DeliveryStore deliveries, long cacheMillis) {
        this(missions, deliveries, cacheMillis, System::currentTimeMillis);
    }

    LivePlaces(MissionStore missions, DeliveryStore deliveries, long cacheMillis, LongSupplier clockMillis) {
        this.missions = missions;
        this.deliveries = deliveries;
        this.cacheMillis = cacheMillis;
        this.clockMillis = clockMillis;
    }

    private Snapshot current() {
        Snapshot held = snapshot;
        long now = clockMillis.getAsLong();
        if (held == null || now - held.readAtMillis() >= cacheMillis) {
            List<Mission> list = missions.list();
            held = new Snapshot(list, new MissionAssignment(list, Subdivisions.bundled()), now);
            snapshot = held;
        }
        return held;
    }

    /** The petition's deliveries (cached like the missions), sorted by date then mission id. */
    public List<Delivery> deliveries(String petitionId) {
        long now = clockMillis.getAsLong();
        Planned held = planned.get(petitionId);
        if (held == null || now - held.readAtMillis() >= cacheMillis) {
            held = new Planned(deliveries.list(petitionId), now);
            planned.put(petitionId, held);
        }
        return held.deliveries();
    }

    /** Every stored mission (cached), sorted by id. */
    public List<Mission> missions() {
        return current().missions();
    }

    /** The countries whose signers are asked for a region: those with more than one active mission. */
    public Set<String> countriesAskingRegion() {
        MissionAssignment assignment = current().assignment();
        return current().missions().stream().map(Mission::country).filter(assignment::asksRegion)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Override
    public Optional<String> missionFor(String country, Optional<String> region) {
        return current().assignment().assign(country, region);
    }

    /**
     * The mission with the petition's first delivery there on or after {@code now}'s date (UTC; a day's slack
     * either way is immaterial for "on 24 September"), or without a date when none is planned.
     */
    @Override
    public Optional<Destination> destination(String petitionId, String missionId, Language language, Instant now) {
        Optional<Mission> mission = missions().stream().filter(m -> m.id().equals(missionId)).findFirst();
        if (mission.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Optional<LocalDate> next = deliveries(petitionId).stream()
                .filter(d -> d.missionId().equals(missionId) && !d.date().isBefore(today))
                .map(Delivery::date).min(LocalDate::compareTo);
        return Optional.of(new Destination(missionId, mission.get().names().in(language), mission.get().city(), next));
    }
}
