package org.nkpetition.report.rendering.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.nkpetition.domain.Language;
import org.nkpetition.export.SpreadsheetSafe;
import org.nkpetition.report.content.CityCount;
import org.nkpetition.i18n.CountryNames;

/** The report's tables as CSV: by country, by city, by day. Same conventions as {@link CsvRoster}. */
public final class CsvTables {
    private CsvTables() {
    }

    public static void byCountry(OutputStream stream, Map<String, Long> byCountry) {
        write(stream, new String[] {"country", "country_name", "signatures"}, csv -> {
            for (Map.Entry<String, Long> country : byCountry.entrySet()) {
                csv.printRecord(country.getKey(), CountryNames.name(country.getKey(), Language.EN), country.getValue());
            }
        });
    }

    /** {@code kind} is "city", "none" (signers who gave no city) or "other" (cities past the tally's bound). */
    public static void byCity(OutputStream stream, List<CityCount> cities) {
        write(stream, new String[] {"country", "city", "kind", "signatures"}, csv -> {
            for (CityCount city : cities) {
                String kind = city.otherCities() ? "other" : city.city().isPresent() ? "city" : "none";
                csv.printRecord(city.country(), SpreadsheetSafe.cell(city.city().orElse("")), kind, city.signatures());
            }
        });
    }

    public static void byDay(OutputStream stream, Map<LocalDate, Long> byDay) {
        write(stream, new String[] {"day", "signatures"}, csv -> {
            for (Map.Entry<LocalDate, Long> day : byDay.entrySet()) {
                csv.printRecord(day.getKey().toString(), day.getValue());
            }
        });
    }

    private interface Rows {
        void print(CSVPrinter csv) throws IOException;
    }

    private static void write(OutputStream stream, String[] header, Rows rows) {
        try (Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
            writer.write(CsvRoster.BYTE_ORDER_MARK);
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).build());
            rows.print(csv);
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
