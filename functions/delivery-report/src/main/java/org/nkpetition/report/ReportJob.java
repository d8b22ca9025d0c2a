package org.nkpetition.report;

import java.util.Optional;
import org.nkpetition.domain.Language;

/**
 * One report to produce: a petition, a cut-off, the organisers' language, whether to email the
 * organisers again if they already had this report ({@code force}), and the public base URL the
 * email's download links start with when the caller knows it (the admin route: its own domain; the
 * schedule: the API's URL from template.yaml), else the function's PUBLIC_BASE_URL.
 */
public record ReportJob(String petitionId, Cutoff cutoff, Language language, boolean force, Optional<String> linkBase) {
    public ReportJob(String petitionId, Cutoff cutoff, Language language, boolean force) {
        this(petitionId, cutoff, language, force, Optional.empty());
    }

    public ReportJob withLinkBase(Optional<String> base) {
        return new ReportJob(petitionId, cutoff, language, force, base);
    }
}
