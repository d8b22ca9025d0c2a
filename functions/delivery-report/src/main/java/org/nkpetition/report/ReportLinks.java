package org.nkpetition.report;

import java.time.Instant;
import java.util.Optional;

/**
 * Links to a report's files for the organisers' email. {@code validUntil} is empty for links that
 * do not expire (files on disk); {@code mayEndEarlier} is true when the links were signed with
 * temporary credentials whose end we cannot see, so the email must not promise the full period.
 */
public interface ReportLinks {
    String url(String fileName);

    Optional<Instant> validUntil();

    boolean mayEndEarlier();
}
