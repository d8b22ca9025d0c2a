package org.nkpetition.report.rendering;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.PetitionText;
import org.nkpetition.i18n.Messages;
import org.nkpetition.report.content.CityCount;
import org.nkpetition.report.content.DocumentFrontMatter;
import org.nkpetition.report.content.Packet;
import org.nkpetition.report.content.ReportDates;
import org.nkpetition.report.content.RosterEntry;
import org.nkpetition.i18n.CountryNames;

/**
 * The words and formatted numbers of a report, from the language bundles, shared by the HTML and
 * PDF writers so both say the same thing.
 */
public final class ReportWords {
    public record Text(Language language, PetitionText text) {
    }

    public record CountryRow(String code, String name, String signatures) {
    }

    public record CityRow(String city, boolean muted, String country, String signatures) {
    }

    private final DocumentFrontMatter summary;
    private final Messages messages;
    private final NumberFormat numbers;

    public ReportWords(DocumentFrontMatter summary) {
        this.summary = summary;
        this.messages = Messages.of(summary.language());
        this.numbers = NumberFormat.getIntegerInstance(summary.language().locale());
    }

    public Messages messages() {
        return messages;
    }

    public String title() {
        String petitionTitle = summary.petition().text(summary.language()).title();
        if (summary.mission().isPresent()) {
            return messages.get("report_title_packet", missionName(summary.mission().get()), petitionTitle);
        }
        return summary.country()
                .map(country -> messages.get("report_title_packet", countryName(country), petitionTitle))
                .orElseGet(() -> messages.get("report_title_organisers", petitionTitle));
    }

    public String cutoffLine() {
        return messages.get("report_cutoff", ReportDates.cutoff(summary.cutoff(), summary.petition().timeZone(),
                summary.language()));
    }

    public String totalLine() {
        if (summary.mission().isPresent()) {
            return messages.get("report_mission_total", summary.signers(), summary.total());
        }
        if (summary.country().isPresent() && summary.signers() < summary.countrySigners()) {
            String country = countryName(summary.country().get());
            return messages.get("report_country_rest_total", country, summary.signers(), summary.countrySigners(),
                    summary.total());
        }
        return summary.country()
                .map(country -> messages.get("report_country_total", countryName(country), summary.signers(), summary.total()))
                .orElseGet(() -> messages.get("report_total", summary.total()));
    }

    /**
     * A mission packet's cover, under the title: the mission's name in this packet's language (English when
     * the missions file has none), its street address (or a line saying it is missing, so nobody prints a
     * packet without noticing), and the delivery's date and local time. Empty for other documents.
     */
    public List<String> cover() {
        if (summary.mission().isEmpty()) {
            return List.of();
        }
        Packet.MissionDelivery delivery = summary.mission().get();
        String address = delivery.mission().address().isBlank()
                ? messages.get("report_mission_address_missing")
                : messages.get("report_mission_address", delivery.mission().address());
        return List.of(missionName(delivery), address, messages.get("report_mission_delivery",
                delivery.date().toString(), delivery.localTime().toString()));
    }

    private String missionName(Packet.MissionDelivery delivery) {
        return delivery.mission().names().in(summary.language());
    }

    public String commentsHeading() {
        return messages.get("report_comments", summary.comments());
    }

    public String rosterHeading() {
        return messages.get("report_roster", summary.signers());
    }

    public String footer() {
        return messages.get("report_footer", summary.petition().id(), summary.cutoff().toString());
    }

    public String anonymous() {
        return messages.get("report_anonymous");
    }

    public String label(String key) {
        return messages.get(key);
    }

    /** The petition in every language it has, English first, as delivery teams hand it over. */
    public List<Text> texts() {
        List<Text> texts = new ArrayList<>();
        for (Language language : Language.values()) {
            PetitionText text = summary.petition().texts().get(language);
            if (text != null) {
                texts.add(new Text(language, text));
            }
        }
        return texts;
    }

    public List<CountryRow> countries() {
        List<CountryRow> rows = new ArrayList<>();
        for (Map.Entry<String, Long> country : summary.byCountry().entrySet()) {
            rows.add(new CountryRow(country.getKey(), countryName(country.getKey()), number(country.getValue())));
        }
        return rows;
    }

    public List<CityRow> cities() {
        List<CityRow> rows = new ArrayList<>();
        for (CityCount city : summary.cities()) {
            String name = city.otherCities() ? messages.get("report_other_cities")
                    : city.city().orElseGet(() -> messages.get("report_no_city"));
            rows.add(new CityRow(name, city.city().isEmpty(), city.country(), number(city.signatures())));
        }
        return rows;
    }

    public String chartCaption(DailyChart chart) {
        return messages.get("report_chart_caption", chart.max(), summary.petition().timeZone().getId());
    }

    public String number(long value) {
        return numbers.format(value);
    }

    public String countryName(String code) {
        return CountryNames.name(code, summary.language());
    }

    public String day(RosterEntry signer) {
        return ReportDates.isoDay(signer.confirmedAt(), summary.petition().timeZone());
    }
}
