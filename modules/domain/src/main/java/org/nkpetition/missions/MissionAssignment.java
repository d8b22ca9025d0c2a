package org.nkpetition.missions;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which mission a signature goes to: a pure function of the signer's country and optional region over a
 * valid set of missions (see {@link MissionRules}). Closed missions never receive signatures.
 * <ol>
 * <li>the active mission of {@code country} whose jurisdiction lists {@code region};</li>
 * <li>else the country's active "rest of country" mission;</li>
 * <li>else the country's active embassy;</li>
 * <li>else none (no mission in that country: the signature is delivered with the country totals only).</li>
 * </ol>
 * Rule from issue 14 ("assigned to the mission whose jurisdiction covers it, else the embassy").
 */
public final class MissionAssignment {
    /** A region that is not an ISO 3166-2 code of the signer's country (such as US-IL with country KR). */
    public static final class RegionNotInCountryException extends IllegalArgumentException {
        public RegionNotInCountryException(String region, String country) {
            super("region " + region + " is not a subdivision of " + country);
        }
    }

    private final List<Mission> missions;
    private final Subdivisions subdivisions;

    public MissionAssignment(List<Mission> missions, Subdivisions subdivisions) {
        this.missions = List.copyOf(missions);
        this.subdivisions = subdivisions;
    }

    /**
     * The mission id for a signer in {@code country} (ISO 3166-1 alpha-2) and {@code region} (ISO 3166-2, may be
     * empty); empty when the country has no active mission.
     *
     * @throws RegionNotInCountryException when a region is given that is not a subdivision of the country
     */
    public Optional<String> assign(String country, Optional<String> region) {
        if (region.isPresent() && !subdivisions.belongsTo(region.get(), country)) {
            throw new RegionNotInCountryException(region.get(), country);
        }
        List<Mission> open = missions.stream().filter(m -> m.active() && m.country().equals(country)).toList();
        Optional<Mission> covering = region.flatMap(code -> open.stream().filter(m -> m.jurisdiction().covers(code)).findFirst());
        return covering
                .or(() -> open.stream().filter(m -> m.jurisdiction().restOfCountry()).findFirst())
                .or(() -> open.stream().filter(m -> m.kind() == MissionKind.EMBASSY).min(Comparator.comparing(Mission::id)))
                .map(Mission::id);
    }

    /** Whether signers in {@code country} should be asked for a region: it has more than one active mission. */
    public boolean asksRegion(String country) {
        return missions.stream().filter(m -> m.active() && m.country().equals(country)).count() > 1;
    }
}
