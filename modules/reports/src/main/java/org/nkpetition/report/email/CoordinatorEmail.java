package org.nkpetition.report.email;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nkpetition.deliveries.Delivery;
import org.nkpetition.domain.Language;
import org.nkpetition.domain.Petition;
import org.nkpetition.i18n.Messages;
import org.nkpetition.mail.EmailMessage;
import org.nkpetition.report.content.Packet;
import org.nkpetition.report.content.ReportDates;
import org.nkpetition.report.generation.PacketLanguage;
import org.nkpetition.report.generation.WrittenReport;
import org.nkpetition.report.links.ReportLinkTokens;
import org.nkpetition.report.output.ReportFile;
import org.nkpetition.report.output.ReportLinks;
import org.nkpetition.report.request.Cutoff;
import org.nkpetition.templates.Templates;

/**
 * The email each local coordinator gets (issue 14, item 4: "each coordinator gets one email with only their
 * mission's packet"): the links to that one packet's files and nothing of any other packet or of the
 * organisers' report. Each download link names one file (see {@link ReportLinkTokens}), so the email gives no
 * way to another mission's packet. Written in the coordinator's language when the delivery names one the
 * platform speaks, else in the packet's language ({@link PacketLanguage}).
 */
public final class CoordinatorEmail {
    private CoordinatorEmail() {
    }

    /**
     * One email per mission packet of {@code report} whose delivery (same petition, the report's delivery day,
     * same mission) has a coordinator address; none for country packets or deliveries without a coordinator.
     *
     * @param deliveries the petition's deliveries (any dates; the report's day is picked here)
     */
    public static List<EmailMessage> compose(Petition petition, WrittenReport report, ReportLinks links,
            List<Delivery> deliveries) {
        List<EmailMessage> emails = new ArrayList<>();
        for (WrittenReport.PacketTotal written : report.packets()) {
            Packet packet = written.packet();
            if (packet.mission().isEmpty()) {
                continue;
            }
            Packet.MissionDelivery mission = packet.mission().get();
            Optional<Delivery> delivery = deliveries.stream().filter(d -> d.petitionId().equals(petition.id())
                    && d.date().equals(mission.date()) && d.missionId().equals(mission.mission().id())).findFirst();
            if (delivery.isEmpty() || delivery.get().coordinatorEmail().isBlank()) {
                continue;
            }
            Language language = Language.fromCode(delivery.get().coordinatorLanguage())
                    .orElseGet(() -> PacketLanguage.of(packet.country(), petition));
            emails.add(compose(petition, report, links, written, language, delivery.get().coordinatorEmail()));
        }
        return emails;
    }

    private static EmailMessage compose(Petition petition, WrittenReport report, ReportLinks links,
            WrittenReport.PacketTotal written, Language language, String to) {
        Messages messages = Messages.of(language);
        Packet.MissionDelivery mission = written.packet().mission().orElseThrow();
        String missionName = mission.mission().names().in(language);
        String title = petition.text(language).title();
        Map<String, Object> context = new HashMap<>();
        context.put("lang", language.code());
        String subject = messages.get("packet_email_subject", missionName, title, written.signers());
        context.put("subject", subject);
        context.put("intro", messages.get("packet_email_intro", missionName, title, written.signers()));
        context.put("delivery", messages.get("packet_email_delivery", mission.date().toString(),
                mission.localTime().toString(), ReportDates.cutoff(report.cutoff(), petition.timeZone(), language)));
        context.put("filesHeading", messages.get("packet_email_files"));
        List<Map<String, String>> files = new ArrayList<>();
        for (ReportFile file : report.filesOf(written.packet())) {
            files.add(Map.of("name", file.name(), "url", links.url(file.name())));
        }
        context.put("files", files);
        context.put("validity", links.validUntil()
                .map(until -> messages.get("packet_email_links_until",
                        ReportDates.cutoff(Cutoff.of(until), ZoneId.of("UTC"), language)))
                .orElseGet(() -> messages.get("report_email_links_local")));
        context.put("care", messages.get("packet_email_care"));
        context.put("signoff", messages.get("report_email_signoff"));
        return new EmailMessage(to, subject, Templates.render("report/packet-email.txt", context),
                Templates.render("report/packet-email.html", context));
    }
}
