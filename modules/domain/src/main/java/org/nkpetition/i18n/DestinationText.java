package org.nkpetition.i18n;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.nkpetition.domain.Destination;

/** The sentence that tells a signer where (and when, if planned) their signature is delivered: pages and emails. */
public final class DestinationText {
    private DestinationText() {
    }

    /** "Your signature will be delivered to {mission} ({city}) on {date}", the date in the language's long form. */
    public static String of(Messages messages, Destination destination) {
        return destination.date()
                .map(date -> messages.get("destination_planned", destination.missionName(), destination.city(),
                        date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.language().locale()))))
                .orElseGet(() -> messages.get("destination_unplanned", destination.missionName(), destination.city()));
    }
}
