package org.nkpetition.domain;

import java.util.List;

/**
 * A petition's words in one language, as its organisers wrote them.
 *
 * @param recipients the petition's recipients written in this language (petition file: {@code texts.xx.recipients});
 *                   empty: the petition's top-level {@code recipients} are shown (see {@link Petition#recipients(Language)})
 */
public record PetitionText(String title, String summary, String body, List<String> recipients) {
    public PetitionText {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    public PetitionText(String title, String summary, String body) {
        this(title, summary, body, List.of());
    }
}
