package org.nkpetition.missions;

import java.util.Objects;

/**
 * A diplomatic mission of the People's Republic of China that can receive a delivery.
 *
 * @param id           stable key, lower-case "{country}-{city}" such as "us-chicago" (a-z, 0-9, '-'; 3-64 chars)
 * @param kind         embassy, consulate-general or consulate
 * @param country      ISO 3166-1 alpha-2 code of the host country, upper-case ("US")
 * @param city         city as organisers write it, in English
 * @param names        the mission's name in en (required), ko and es (empty when unknown)
 * @param address      street address as it goes on the packet cover; empty when not yet sourced
 * @param jurisdiction the subdivisions it serves, or the rest of the country
 * @param source       where the facts come from (URL or document); required, see docs/MISSIONS.md
 * @param verified     whether an organiser confirmed the address and jurisdiction with the source for the coming
 *                     delivery; the starter data ships unverified
 * @param active       false for a mission that closed: it is kept for history but never assigned signatures
 */
public record Mission(String id, MissionKind kind, String country, String city, MissionNames names, String address,
        Jurisdiction jurisdiction, String source, boolean verified, boolean active) {
    public Mission {
        Objects.requireNonNull(id);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(country);
        Objects.requireNonNull(city);
        Objects.requireNonNull(names);
        address = address == null ? "" : address;
        Objects.requireNonNull(jurisdiction);
        source = source == null ? "" : source;
    }
}
