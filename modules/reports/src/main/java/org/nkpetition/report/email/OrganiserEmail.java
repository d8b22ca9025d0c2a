package org.nkpetition.report.email;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.i18n.Messages;
import org.nkpetition.mail.EmailMessage;
import org.nkpetition.report.content.Packet;
import org.nkpetition.report.content.ReportDates;
import org.nkpetition.report.generation.WrittenReport;
import org.nkpetition.report.output.ReportFile;
import org.nkpetition.report.output.ReportLinks;
import org.nkpetition.report.request.Cutoff;
import org.nkpetition.templates.Templates;
import org.nkpetition.i18n.CountryNames;

/**
 * The email organisers get when a report is ready: totals, then links to the organisers' report
 * and to every packet (each mission's with a delivery, each country's for the other signers). Built only from the report's numbers and file names: no signer
 * data, no addresses but the recipient's own.
 */
public final class OrganiserEmail {
    /** The organisers' files in the order the email lists them; PDF volumes follow report.pdf. */
    private static final List<String> ORGANISER_ORDER = List.of("report.pdf", "report-part", "report.html",
            "signatures.csv", "by-country.csv", "by-city.csv", "by-day.csv", "summary.json");

    private OrganiserEmail() {
    }

    public static List<EmailMessage> compose(Petition petition, WrittenReport report, ReportLinks links, Language language) {
        Messages messages = Messages.of(language);
        String title = petition.text(language).title();
        Map<String, Object> context = new HashMap<>();
        context.put("t", messages.all());
        context.put("lang", language.code());
        String subject = messages.get("report_email_subject", title, report.total());
        context.put("subject", subject);
        context.put("intro", messages.get("report_email_intro", title));
        context.put("totals", messages.get("report_email_totals", report.total(), report.byCountry().size(),
                ReportDates.cutoff(report.cutoff(), petition.timeZone(), language)));
        context.put("organisersHeading", messages.get("report_email_organisers"));
        List<Map<String, String>> organiserFiles = new ArrayList<>();
        for (String kind : ORGANISER_ORDER) {
            for (ReportFile file : report.files()) {
                if (file.name().equals(kind) || (kind.endsWith("-part") && file.name().startsWith(kind))) {
                    organiserFiles.add(Map.of("name", file.name(), "url", links.url(file.name())));
                }
            }
        }
        context.put("organiserFiles", organiserFiles);
        context.put("packetsHeading", report.deliveryDay()
                .map(day -> messages.get("report_email_packets", day.toString()))
                .orElseGet(() -> messages.get("report_email_packets_no_day")));
        List<Map<String, Object>> packets = new ArrayList<>();
        for (WrittenReport.PacketTotal written : report.packets()) {
            Packet packet = written.packet();
            List<Map<String, String>> files = new ArrayList<>();
            for (ReportFile file : report.filesOf(packet)) {
                files.add(Map.of("name", file.name(), "label", label(file.name()), "url", links.url(file.name())));
            }
            String line = packet.mission()
                    .map(m -> messages.get("report_email_mission_line", m.mission().names().in(language),
                            CountryNames.name(packet.country(), language), written.signers()))
                    .orElseGet(() -> messages.get("report_email_packet_line", CountryNames.name(packet.country(), language),
                            packet.country(), written.signers()));
            packets.add(Map.of("line", line, "files", files));
        }
        context.put("packets", packets);
        context.put("validity", validity(links, messages, language));
        context.put("location", messages.get("report_email_location", report.location()));
        context.put("care", messages.get("report_email_care"));
        context.put("signoff", messages.get("report_email_signoff"));
        String text = Templates.render("report/email.txt", context);
        String html = Templates.render("report/email.html", context);
        return petition.organisers().stream().map(to -> new EmailMessage(to, subject, text, html)).toList();
    }

    /** "PDF", "PDF 2", "HTML", "CSV": short link texts for the HTML email. */
    private static String label(String fileName) {
        String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toUpperCase(java.util.Locale.ROOT);
        int part = fileName.indexOf("-part");
        return part < 0 ? extension : extension + " " + fileName.substring(part + 5, fileName.lastIndexOf('.'));
    }

    private static String validity(ReportLinks links, Messages messages, Language language) {
        if (links.validUntil().isEmpty()) {
            return messages.get("report_email_links_local");
        }
        String until = ReportDates.cutoff(Cutoff.of(links.validUntil().get()), ZoneId.of("UTC"), language);
        return messages.get("report_email_links_until", until);
    }
}
