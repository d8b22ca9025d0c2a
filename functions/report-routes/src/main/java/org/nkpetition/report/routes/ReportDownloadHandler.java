package org.nkpetition.report.routes;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.nkpetition.secrets.Secrets;
import org.nkpetition.config.Environment;
import org.nkpetition.http.HttpFunction;
import org.nkpetition.http.HttpProblem;
import org.nkpetition.http.HttpRequest;
import org.nkpetition.http.HttpResponses;
import org.nkpetition.http.Reply;
import org.nkpetition.i18n.Message;
import org.nkpetition.report.links.ReportFileKeys;
import org.nkpetition.report.links.ReportLinkTokens;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * GET /reports/download?token=…&lang=…: the links in the organisers' report email (docs/adr/0051).
 *
 * <p>Checks the token (HMAC under the ReportLinkSigningKey secret, with an expiry) and answers
 * 303 to a presigned S3 GET valid for {@link #PRESIGNED_FOR}, signed with this function's own role,
 * which may read reports/* and nothing else. Refusals are 4xx in the request's language: 400 no
 * token, 404 a token we did not make (or altered), 410 expired or the file deleted by the bucket's
 * lifecycle; an S3 fault is 503. Every request logs one line: request id, outcome, and for a good
 * token the petition, cut-off and file (never an IP or the token).
 */
public final class ReportDownloadHandler extends HttpFunction {
    static final String PATH = ReportFileKeys.DOWNLOAD_PATH;
    static final String ROUTE = "GET " + PATH;
    /** Enough to start a download; a forwarded URL is useless minutes later. */
    static final Duration PRESIGNED_FOR = Duration.ofMinutes(5);

    private final ReportLinkTokens tokens;
    private final ReportObjects files;
    private final Clock clock;

    public ReportDownloadHandler() {
        this(System.getenv());
    }

    public ReportDownloadHandler(Map<String, String> variables) {
        this(new Environment(variables), Clock.systemUTC());
    }

    ReportDownloadHandler(Environment env, Clock clock) {
        this.tokens = new ReportLinkTokens(Secrets.fromEnvironment(env, "REPORT_LINK_KEY"));
        this.files = new ReportObjects(env, env.require("REPORTS_BUCKET"));
        this.clock = clock;
    }

    @Override
    protected Reply route(HttpRequest request) {
        if (!ROUTE.equals(request.routeKey())) {
            throw new HttpProblem(404, "not_found", Message.of("error_not_found"));
        }
        String token = request.query("token").filter(t -> !t.isBlank())
                .orElseThrow(() -> refused(request, 400, "report_link_missing"));
        ReportLinkTokens.Check check = tokens.check(token.strip(), clock.instant());
        if (check instanceof ReportLinkTokens.Valid valid) {
            return redirect(request, valid.objectKey());
        }
        if (check instanceof ReportLinkTokens.Expired) {
            throw refused(request, 410, "report_link_expired");
        }
        throw refused(request, 404, "report_link_invalid");
    }

    private Reply redirect(HttpRequest request, String objectKey) {
        String url;
        try {
            if (!files.exists(objectKey)) {
                DownloadLog.line(request.requestId(), "gone", objectKey);
                throw new HttpProblem(410, "report_link_gone", Message.of("report_link_gone"));
            }
            url = files.presignedGet(objectKey, PRESIGNED_FOR);
        } catch (SdkException fault) {
            // S3 (or the role's credentials) failing is a dependency fault: 503, never a 500.
            DownloadLog.line(request.requestId(), "unavailable", objectKey);
            throw new HttpProblem(503, "busy", Message.of("error_busy"));
        }
        DownloadLog.line(request.requestId(), "redirected", objectKey);
        return new Reply(HttpResponses.redirect(303, url), "redirected");
    }

    private static HttpProblem refused(HttpRequest request, int status, String code) {
        DownloadLog.line(request.requestId(), code.substring("report_link_".length()), null);
        return new HttpProblem(status, code, Message.of(code));
    }
}
