package org.nkpetition.report;

import java.util.Optional;

/**
 * Signatures from one city of one country. {@code city} is empty for signers who gave no city;
 * {@code otherCities} marks the bucket for cities beyond what {@link CityTally} keeps apart.
 */
public record CityCount(String country, Optional<String> city, boolean otherCities, long signatures) {
}
