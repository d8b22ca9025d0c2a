package org.nkpetition.report.generation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.nkpetition.report.content.Packet;
import org.nkpetition.report.output.ReportFile;
import org.nkpetition.report.request.Cutoff;

/**
 * What one generation wrote: the totals, the packets and the list of files, wherever they were written.
 * Not the files' content (they are in the {@code ReportFolder}) and not how the run ended ({@code job.RunOutcome}).
 *
 * @param packets     every packet written, country by country (a country's own packet first, then its missions')
 * @param deliveryDay the delivery day the mission packets are for (see {@link PacketRouting}); empty when none
 */
public record WrittenReport(String petitionId, Cutoff cutoff, long total, SortedMap<String, Long> byCountry,
        List<ReportFile> files, String location, List<PacketTotal> packets, Optional<LocalDate> deliveryDay) {

    /** One packet written, with how many signers it lists. */
    public record PacketTotal(Packet packet, long signers) {
    }

    public WrittenReport {
        packets = List.copyOf(packets);
    }

    /** The files of one packet ({@code packet-{key}.pdf}, its further volumes, .html, .csv), PDF first. */
    public List<ReportFile> filesOf(Packet packet) {
        String stem = packet.fileStem();
        return files.stream()
                .filter(file -> file.name().startsWith(stem + ".") || file.name().startsWith(stem + "-part"))
                .sorted(java.util.Comparator.comparing((ReportFile file) -> order(file.name())).thenComparing(ReportFile::name))
                .toList();
    }

    private static int order(String name) {
        return name.endsWith(".pdf") ? 0 : name.endsWith(".html") ? 1 : 2;
    }
}
