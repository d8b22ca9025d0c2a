package org.nkpetition.web;

import org.nkpetition.i18n.CountryNames;
import org.nkpetition.links.Links;

import org.nkpetition.templates.Templates;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nkpetition.count.PetitionCount;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.i18n.Messages;

/**
 * The public deliveries page ({@code GET /deliveries?petition=} for browsers, issue 14): per delivery date, each
 * mission with its city and country, the local meeting time, the public meeting point and the confirmed signatures
 * going there. Built from the same items as the JSON ({@code org.nkpetition.deliveries.PublicDeliveries}), so the
 * coordinator's email cannot reach it.
 */
public final class DeliveriesPage {
    private DeliveriesPage() {
    }

    /**
     * @param deliveries the JSON items: {@code date} (YYYY-MM-DD), {@code missionId}, {@code mission} ({@code name},
     *                   {@code city}, {@code country}), {@code localTime}, {@code meetingPoint}, {@code signatures}
     */
    @SuppressWarnings("unchecked")
    public static String render(Petition petition, List<Map<String, Object>> deliveries, Language language) {
        Messages messages = Messages.of(language);
        Map<String, Object> context = Pages.base(messages, messages.get("deliveries_title"));
        Pages.addLanguageSwitcher(context, messages, other -> Links.deliveriesPath(petition.id(), other));
        context.put("heading", messages.get("deliveries_title"));
        context.put("petitionTitle", petition.text(language).title());
        context.put("textLang", petition.textLanguage(language).code());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(language.locale());
        Map<String, Map<String, Object>> byDate = new LinkedHashMap<>();
        for (Map<String, Object> delivery : deliveries) {
            String date = (String) delivery.get("date");
            Map<String, Object> day = byDate.computeIfAbsent(date, d -> {
                Map<String, Object> group = new LinkedHashMap<>();
                group.put("date", d);
                group.put("dateText", LocalDate.parse(d).format(dates));
                group.put("missions", new ArrayList<Map<String, Object>>());
                return group;
            });
            Map<String, Object> mission = (Map<String, Object>) delivery.get("mission");
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("missionId", delivery.get("missionId"));
            shown.put("name", mission.get("name"));
            shown.put("place", mission.get("city") + ", " + CountryNames.name((String) mission.get("country"), language));
            shown.put("localTime", delivery.get("localTime"));
            shown.put("meetingPoint", delivery.get("meetingPoint"));
            Object signatures = delivery.get("signatures");
            long count = signatures instanceof Number number ? number.longValue() : 0;
            shown.put("signatures", count);
            shown.put("signaturesText", Pages.countText(messages, new PetitionCount(petition.id(), count, Map.of(),
                    java.util.Optional.empty())));
            ((List<Map<String, Object>>) day.get("missions")).add(shown);
        }
        context.put("days", new ArrayList<>(byDate.values()));
        context.put("none", byDate.isEmpty());
        context.put("backHref", "/petitions/" + petition.id() + "?lang=" + language.code());
        return Templates.render("deliveries", context);
    }
}
