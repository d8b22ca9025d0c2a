package org.nkpetition.report.request;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.nkpetition.domain.Language;

/**
 * One report to produce: a petition, a cut-off, the organisers' language, whether to email the
 * organisers again if they already had this report ({@code force}), and the public base URL the
 * email's download links start with when the caller knows it (the admin route: its own domain; the
 * schedule: the API's URL from template.yaml), else the function's PUBLIC_BASE_URL.
 *
 * <p>A job travels from the admin route to the worker as the asynchronous invocation's JSON
 * ({@link #toEvent()}, {@link #fromEvent(Map)}): {@code {"petitionId","cutoff","lang","force","linkBase"}}.
 * It is a request, not a result: see {@code job.RunOutcome} for how a run ended.
 */
public record ReportJob(String petitionId, Cutoff cutoff, Language language, boolean force, Optional<String> linkBase) {
    public ReportJob {
        linkBase = linkBase.filter(ReportJob::isLinkBase);
    }

    public ReportJob(String petitionId, Cutoff cutoff, Language language, boolean force) {
        this(petitionId, cutoff, language, force, Optional.empty());
    }

    public ReportJob withLinkBase(Optional<String> base) {
        return new ReportJob(petitionId, cutoff, language, force, base);
    }

    /** The worker's input for this job (JSON-ready: strings and a boolean). */
    public Map<String, Object> toEvent() {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("petitionId", petitionId);
        event.put("cutoff", cutoff.toString());
        event.put("lang", language.code());
        event.put("force", force);
        linkBase.ifPresent(base -> event.put("linkBase", base));
        return event;
    }

    /**
     * The job in a worker event that names a petition; empty when the event names none (a scheduled run).
     * The admin route validated the fields, so a bad cut-off here is a bug.
     *
     * @throws IllegalArgumentException when {@code petitionId} is present but {@code cutoff} is not an ISO-8601 time
     */
    public static Optional<ReportJob> fromEvent(Map<String, Object> event) {
        if (event.get("petitionId") == null) {
            return Optional.empty();
        }
        Cutoff cutoff = Cutoff.parse(String.valueOf(event.get("cutoff")))
                .orElseThrow(() -> new IllegalArgumentException("cutoff must be an ISO-8601 time"));
        Language language = Language.fromCode(String.valueOf(event.getOrDefault("lang", "en"))).orElse(Language.EN);
        boolean force = Boolean.parseBoolean(String.valueOf(event.getOrDefault("force", "false")));
        return Optional.of(new ReportJob(String.valueOf(event.get("petitionId")), cutoff, language, force,
                linkBaseOf(event)));
    }

    /** The event's {@code linkBase} when it is one ({@link #isLinkBase}), else empty. */
    public static Optional<String> linkBaseOf(Map<String, Object> event) {
        return Optional.ofNullable(event.get("linkBase")).map(String::valueOf).filter(ReportJob::isLinkBase);
    }

    /** An https base URL (or http on localhost) without query or fragment: the links must lead to our own route. */
    static boolean isLinkBase(String base) {
        return base.matches("https://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~/-]*)?")
                || base.matches("http://(localhost|127\\.0\\.0\\.1)(:[0-9]{1,5})?(/[A-Za-z0-9._~/-]*)?");
    }
}
