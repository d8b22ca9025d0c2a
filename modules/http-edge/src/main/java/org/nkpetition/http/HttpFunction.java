package org.nkpetition.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.nkpetition.aws.DependencyFaults;
import org.nkpetition.domain.Language;
import org.nkpetition.i18n.Message;
import org.nkpetition.i18n.Messages;
import org.nkpetition.log.RequestLog;
import org.nkpetition.security.SecretUnavailableException;
import org.nkpetition.domain.StoreBusyException;

/**
 * What every HTTP function does around its routes: map refusals to the documented 4xx (JSON, or a
 * page for browsers), a dependency's unavailability into 503 with Retry-After, anything else
 * unexpected into a 500 without leaking details, and log one line.
 *
 * <p>The error path itself is total: if even rendering the refusal fails (a broken header, a
 * template error), the client still gets a fixed JSON answer of the right status rather than a
 * dropped connection (which API Gateway turns into a 5xx).
 */
public abstract class HttpFunction implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    /** Long enough for throttling to ease (SDK backoff works in tens to hundreds of ms), short for a person. */
    static final long BUSY_RETRY_AFTER_SECONDS = 2;

    protected abstract Reply route(HttpRequest request);

    @Override
    public final APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        long started = System.nanoTime();
        HttpRequest request = new HttpRequest(event == null ? new APIGatewayV2HTTPEvent() : event);
        Reply reply;
        try {
            reply = route(request);
        } catch (HttpProblem problem) {
            reply = new Reply(problem(request, problem), problem.code());
        } catch (StoreBusyException busy) {
            reply = new Reply(problem(request, busy()), "busy");
        } catch (SecretUnavailableException unavailable) {
            // Secrets Manager could not be read at start-up nor since: a dependency fault, never a 500.
            RequestLog.failure(request.requestId(), request.routeKey(), unavailable);
            reply = new Reply(problem(request, busy()), "secret-unavailable");
        } catch (RuntimeException error) {
            RequestLog.failure(request.requestId(), request.routeKey(), error);
            reply = DependencyFaults.isUnavailable(error)
                    ? new Reply(problem(request, busy()), "dependency_unavailable")
                    : new Reply(problem(request, new HttpProblem(500, "internal", Message.of("error_internal"))), "error");
        }
        RequestLog.request(request.requestId(), request.routeKey(), reply.response().getStatusCode(), reply.outcome(),
                (System.nanoTime() - started) / 1000);
        return reply.response();
    }

    /** The language for this request's words; functions may know better (a form's lang field). */
    protected Language language(HttpRequest request) {
        return request.language();
    }

    /**
     * A dependency is throttling, slow or down, or transactions keep conflicting: the request changed
     * nothing that a retry would repeat wrongly, so the client may try again in a moment.
     */
    private static HttpProblem busy() {
        return new HttpProblem(503, "busy", Message.of("error_busy")).retryAfter(BUSY_RETRY_AFTER_SECONDS);
    }

    private APIGatewayV2HTTPResponse problem(HttpRequest request, HttpProblem problem) {
        Language language = safeLanguage(request);
        APIGatewayV2HTTPResponse response;
        try {
            response = request.wantsHtml() || RequestFields.isForm(request)
                    ? problemPage(request, problem, language)
                    : HttpResponses.problemJson(problem, Messages.of(language));
        } catch (RuntimeException e) {
            RequestLog.failure(request.requestId(), request.routeKey(), e);
            response = HttpResponses.problemJson(problem, Messages.of(Language.DEFAULT));
        }
        if (problem.retryAfterSeconds().isPresent()) {
            java.util.Map<String, String> headers = new java.util.HashMap<>(
                    response.getHeaders() == null ? java.util.Map.of() : response.getHeaders());
            headers.put("Retry-After", Long.toString(problem.retryAfterSeconds().getAsLong()));
            response.setHeaders(headers);
        }
        return response;
    }

    /**
     * The answer to a refused browser request. Functions without pages answer JSON even then; those with
     * pages extend {@code org.nkpetition.web.PageFunction} (the web-site module), which shows an error page,
     * and may override this again to re-show a form with its errors.
     */
    protected APIGatewayV2HTTPResponse problemPage(HttpRequest request, HttpProblem problem, Language language) {
        return HttpResponses.problemJson(problem, Messages.of(language));
    }

    /** The function's idea of the language, else the request's, else English: never an exception. */
    private Language safeLanguage(HttpRequest request) {
        try {
            return language(request);
        } catch (RuntimeException e) {
            try {
                return request.language();
            } catch (RuntimeException again) {
                return Language.DEFAULT;
            }
        }
    }
}
