package org.nkpetition.report.output;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.nkpetition.domain.Language;
import org.nkpetition.report.links.ReportFileKeys;
import org.nkpetition.report.links.ReportLinkTokens;

/**
 * Links in the organisers' email: {@code {base}/reports/download?token=…&lang=…}, one signed token
 * per file, valid for {@link #LIFETIME}. The download route checks the token and redirects to a
 * presigned S3 URL valid for minutes, made with its own role (docs/adr/0051): no standing key.
 */
final class TokenLinks implements ReportLinks {
    /** Teams in 20+ cities open the links over several days before the delivery (docs/adr/0203). */
    static final Duration LIFETIME = Duration.ofDays(7);

    private final ReportLinkTokens tokens;
    private final String base;
    private final String prefix;
    private final Language language;
    private final Instant validUntil;

    TokenLinks(ReportLinkTokens tokens, String base, String prefix, Language language, Instant now) {
        this.tokens = tokens;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.prefix = prefix;
        this.language = language;
        this.validUntil = now.plus(LIFETIME);
    }

    @Override
    public String url(String fileName) {
        return base + ReportFileKeys.DOWNLOAD_PATH + "?token=" + tokens.issue(prefix + fileName, validUntil)
                + "&lang=" + language.code();
    }

    @Override
    public Optional<Instant> validUntil() {
        return Optional.of(validUntil);
    }
}
