package org.nkpetition.domain;

/** A petition's words in one language. */
public record PetitionText(String title, String summary, String body) {
}
