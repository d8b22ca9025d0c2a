package org.nkpetition.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

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

    /** Days are counted in the petition's time zone, where the campaign lives. */
    public Tally(ZoneId zone) {
        this.zone = zone;
    }

    public void add(RosterEntry entry) {
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

    public List<CityCount> byCity() {
        return cities.counts();
    }

    public ZoneId zone() {
        return zone;
    }
}
