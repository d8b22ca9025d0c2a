package org.nkpetition.report.output;

import java.time.Instant;
import java.util.Optional;

/**
 * Links to a report's files for the organisers' email. {@code validUntil} is empty for links that
 * do not expire (files on disk).
 */
public interface ReportLinks {
    String url(String fileName);

    Optional<Instant> validUntil();
}
