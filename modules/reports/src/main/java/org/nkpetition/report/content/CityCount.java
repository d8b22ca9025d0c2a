package org.nkpetition.report.content;

import java.util.Optional;

/**
 * Signatures from one city of one country. {@code city} is empty for signers who gave no city;
 * {@code otherCities} marks the bucket for cities beyond what {@code generation.CityTally} keeps apart.
 */
public record CityCount(String country, Optional<String> city, boolean otherCities, long signatures) {
}
