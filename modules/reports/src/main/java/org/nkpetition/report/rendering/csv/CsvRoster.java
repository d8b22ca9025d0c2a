package org.nkpetition.report.rendering.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.nkpetition.export.SpreadsheetSafe;
import org.nkpetition.report.content.RosterEntry;

/**
 * A roster as CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark so spreadsheet programs read
 * Hangul correctly). Byte-identical for the same signers in the same order: no timestamps, no
 * locale-dependent formatting. Every cell a signer wrote goes through {@link SpreadsheetSafe}.
 */
public final class CsvRoster implements Closeable {
    public static final String[] HEADER = {"confirmed_at", "name", "display", "city", "country", "comment"};
    public static final char BYTE_ORDER_MARK = '\uFEFF';
    private final CSVPrinter csv;

    public CsvRoster(OutputStream stream) {
        try {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
            writer.write(BYTE_ORDER_MARK);
            csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void row(RosterEntry signer) {
        try {
            csv.printRecord(signer.confirmedAt().toString(),
                    SpreadsheetSafe.cell(signer.name().orElse("")),
                    signer.display().code(),
                    SpreadsheetSafe.cell(signer.city().orElse("")),
                    signer.country(),
                    SpreadsheetSafe.cell(signer.comment().orElse("")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            csv.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
