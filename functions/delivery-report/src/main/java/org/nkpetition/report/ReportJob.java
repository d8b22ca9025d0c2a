package org.nkpetition.report;

import org.nkpetition.domain.Language;

/**
 * One report to produce: a petition, a cut-off, the organisers' language, and whether to email
 * the organisers again if they already had this report ({@code force}).
 */
public record ReportJob(String petitionId, Cutoff cutoff, Language language, boolean force) {
}
