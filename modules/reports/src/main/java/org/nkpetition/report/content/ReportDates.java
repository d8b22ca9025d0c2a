package org.nkpetition.report.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.nkpetition.domain.Language;
import org.nkpetition.report.request.Cutoff;

/**
 * How reports write dates: the roster's day in ISO form (2026-09-24 reads the same in every
 * language), the cut-off spelled out in the report's language and the petition's time zone.
 */
public final class ReportDates {
    private ReportDates() {
    }

    public static LocalDate day(Instant instant, ZoneId zone) {
        return LocalDate.ofInstant(instant, zone);
    }

    public static String isoDay(Instant instant, ZoneId zone) {
        return day(instant, zone).toString();
    }

    /** "24 September 2026, 09:00 (Asia/Seoul)" in the report's language. */
    public static String cutoff(Cutoff cutoff, ZoneId zone, Language language) {
        var local = cutoff.instant().atZone(zone);
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(local);
        return date + ", " + DateTimeFormatter.ofPattern("HH:mm").format(local) + " (" + zone.getId() + ")";
    }
}
