package org.nkpetition.domain;

import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** A petition as organisers define it in a petition file (see docs/PETITIONS.md). */
public record Petition(
        String id,
        Status status,
        OptionalLong goal,
        Map<Language, PetitionText> texts,
        List<String> recipients,
        List<String> organisers,
        List<MonthDay> deliveryDates,
        ZoneId timeZone) {

    public enum Status {
        OPEN, CLOSED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** 24 September (Save North Korean Refugees Day) and 10 December (Human Rights Day). */
    public static final List<MonthDay> DEFAULT_DELIVERY_DATES = List.of(MonthDay.of(9, 24), MonthDay.of(12, 10));

    public Petition {
        texts = Map.copyOf(texts);
        recipients = List.copyOf(recipients);
        organisers = List.copyOf(organisers);
        deliveryDates = List.copyOf(deliveryDates);
        if (!texts.containsKey(Language.EN)) {
            throw new IllegalArgumentException("texts.en is required");
        }
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    /** The text in the given language, or English when the petition has not been translated. */
    public PetitionText text(Language language) {
        return texts.getOrDefault(language, texts.get(Language.EN));
    }

    /**
     * The recipients as the petition names them in {@code language}: that text's own {@code recipients} when its
     * organisers wrote them, else the petition's top-level list (usually English).
     */
    public List<String> recipients(Language language) {
        PetitionText text = texts.get(language);
        return text != null && !text.recipients().isEmpty() ? text.recipients() : recipients;
    }

    /** The language the text for {@code language} is really written in (for the page's lang attribute). */
    public Language textLanguage(Language language) {
        return texts.containsKey(language) ? language : Language.EN;
    }
}
