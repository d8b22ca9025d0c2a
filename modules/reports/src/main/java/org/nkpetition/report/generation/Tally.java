package org.nkpetition.report.generation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.report.content.CityCount;
import org.nkpetition.report.content.DocumentFrontMatter;
import org.nkpetition.report.content.Packet;
import org.nkpetition.report.content.RosterEntry;
import org.nkpetition.report.request.Cutoff;

/**
 * The numbers of a report, gathered while the signatures stream past once: totals, per country,
 * per city and per day. Everything here is bounded by the number of countries, cities (see
 * {@link CityTally}) and days, never by the number of signatures.
 */
public final class Tally {
    private final ZoneId zone;
    private long total;
    private final SortedMap<String, Long> byCountry = new TreeMap<>();
    private final SortedMap<String, Long> commentsByCountry = new TreeMap<>();
    private final SortedMap<LocalDate, Long> byDay = new TreeMap<>();
    private final CityTally cities = new CityTally();
    /** Per packet key (a mission id or a country code, see {@link Packet}): bounded by missions and countries. */
    private final Map<String, Long> byPacket = new HashMap<>();
    private final Map<String, Long> commentsByPacket = new HashMap<>();
    /** Cities again, grouped by packet key instead of country; bounded like {@link #cities}. */
    private final CityTally packetCities = new CityTally();

    /** Days are counted in the petition's time zone, where the campaign lives. */
    public Tally(ZoneId zone) {
        this.zone = zone;
    }

    /** Counts a signer who goes into the packet {@code packetKey} (see {@link Packet#key()}). */
    public void add(RosterEntry entry, String packetKey) {
        byPacket.merge(packetKey, 1L, Long::sum);
        if (entry.hasComment()) {
            commentsByPacket.merge(packetKey, 1L, Long::sum);
        }
        packetCities.add(packetKey, entry.city());
        total++;
        byCountry.merge(entry.country(), 1L, Long::sum);
        if (entry.hasComment()) {
            commentsByCountry.merge(entry.country(), 1L, Long::sum);
        }
        byDay.merge(LocalDate.ofInstant(entry.confirmedAt(), zone), 1L, Long::sum);
        cities.add(entry.country(), entry.city());
    }

    public long total() {
        return total;
    }

    public SortedMap<String, Long> byCountry() {
        return byCountry;
    }

    public long inCountry(String country) {
        return byCountry.getOrDefault(country, 0L);
    }

    public long comments() {
        return commentsByCountry.values().stream().mapToLong(Long::longValue).sum();
    }

    public long commentsIn(String country) {
        return commentsByCountry.getOrDefault(country, 0L);
    }

    /** Every day from the first signature to the last, days without signatures as 0 (a timeline). */
    public SortedMap<LocalDate, Long> byDay() {
        SortedMap<LocalDate, Long> timeline = new TreeMap<>();
        if (byDay.isEmpty()) {
            return timeline;
        }
        for (LocalDate day = byDay.firstKey(); !day.isAfter(byDay.lastKey()); day = day.plusDays(1)) {
            timeline.put(day, byDay.getOrDefault(day, 0L));
        }
        return timeline;
    }

    public long inPacket(String packetKey) {
        return byPacket.getOrDefault(packetKey, 0L);
    }

    public long commentsInPacket(String packetKey) {
        return commentsByPacket.getOrDefault(packetKey, 0L);
    }

    /** The cities of one packet's signers, as {@link #byCity()} orders them, under the packet's country. */
    public List<CityCount> citiesOf(Packet packet) {
        List<CityCount> counts = new ArrayList<>();
        for (CityCount city : packetCities.counts()) {
            if (city.country().equals(packet.key())) {
                counts.add(new CityCount(packet.country(), city.city(), city.otherCities(), city.signatures()));
            }
        }
        return counts;
    }

    public List<CityCount> byCity() {
        return cities.counts();
    }

    /** The organisers' report's front matter: every country, the by-country table and the daily chart. */
    public DocumentFrontMatter frontMatterForOrganisers(Petition petition, Cutoff cutoff, Language language) {
        return new DocumentFrontMatter(petition, cutoff, language, Optional.empty(), total, total, byCountry, byCity(),
                byDay, comments(), Optional.empty(), total);
    }

    /** One packet's front matter: its signers' numbers and cities, no country table, no chart. */
    public DocumentFrontMatter frontMatterForPacket(Petition petition, Cutoff cutoff, Language language, Packet packet) {
        return new DocumentFrontMatter(petition, cutoff, language, Optional.of(packet.country()), total,
                inPacket(packet.key()), new TreeMap<>(), citiesOf(packet), new TreeMap<>(), commentsInPacket(packet.key()),
                Optional.of(packet), inCountry(packet.country()));
    }
}
