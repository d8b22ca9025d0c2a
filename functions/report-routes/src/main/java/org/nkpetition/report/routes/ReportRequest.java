package org.nkpetition.report.routes;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.nkpetition.domain.Language;
import org.nkpetition.http.HttpProblem;
import org.nkpetition.i18n.Message;
import org.nkpetition.report.request.Cutoff;
import org.nkpetition.report.request.ReportJob;

/**
 * The optional fields of POST /admin/petitions/{petitionId}/reports: {@code cutoff} (ISO-8601,
 * default now, never in the future), {@code lang} of the organisers' report and email (en, ko, es;
 * default en) and {@code force} (email the organisers even if they had this report).
 */
final class ReportRequest {
    private ReportRequest() {
    }

    static ReportJob parse(String petitionId, Map<String, String> fields, Instant now) {
        Map<String, Message> errors = new LinkedHashMap<>();
        Cutoff cutoff = Cutoff.of(now);
        String cutoffText = fields.getOrDefault("cutoff", "").trim();
        if (!cutoffText.isEmpty()) {
            Optional<Cutoff> parsed = Cutoff.parse(cutoffText);
            if (parsed.isEmpty()) {
                errors.put("cutoff", Message.of("error_report_cutoff"));
            } else if (parsed.get().instant().isAfter(now)) {
                errors.put("cutoff", Message.of("error_report_cutoff_future"));
            } else {
                cutoff = parsed.get();
            }
        }
        Language language = Language.EN;
        String lang = fields.getOrDefault("lang", "").trim();
        if (!lang.isEmpty()) {
            Optional<Language> chosen = Language.fromCode(lang);
            if (chosen.isPresent()) {
                language = chosen.get();
            } else {
                errors.put("lang", Message.of("error_lang", Language.choices()));
            }
        }
        boolean force = false;
        String forceText = fields.getOrDefault("force", "").trim().toLowerCase(Locale.ROOT);
        if (forceText.equals("true")) {
            force = true;
        } else if (!forceText.isEmpty() && !forceText.equals("false")) {
            errors.put("force", Message.of("error_boolean"));
        }
        if (!errors.isEmpty()) {
            throw new HttpProblem(400, "validation_failed", Message.of("error_validation"), errors);
        }
        return new ReportJob(petitionId, cutoff, language, force);
    }
}
