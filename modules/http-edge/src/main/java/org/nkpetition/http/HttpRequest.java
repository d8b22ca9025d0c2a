package org.nkpetition.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.nkpetition.domain.Language;
import org.nkpetition.text.UnicodeText;

/**
 * A read-only view of an API Gateway HTTP API (payload 2.0) request, forgiving of missing parts.
 *
 * <p>This is the edge where text comes in: every header, query and path value it returns is in
 * NFC with unpaired surrogates replaced ({@link UnicodeText#nfc}), so nothing past it meets two
 * spellings of the same text. Every accessor is total: no header or query value makes it throw.
 */
public final class HttpRequest {
    private final APIGatewayV2HTTPEvent event;

    public HttpRequest(APIGatewayV2HTTPEvent event) {
        this.event = event;
    }

    public String routeKey() {
        return event.getRouteKey() == null ? "" : event.getRouteKey();
    }

    public String requestId() {
        var context = event.getRequestContext();
        return context == null || context.getRequestId() == null ? "-" : context.getRequestId();
    }

    public Optional<String> header(String name) {
        Map<String, String> headers = event.getHeaders();
        if (headers == null) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (header.getKey() != null && header.getKey().equalsIgnoreCase(name) && header.getValue() != null) {
                return Optional.of(UnicodeText.nfc(header.getValue()));
            }
        }
        return Optional.empty();
    }

    public Optional<String> query(String name) {
        Map<String, String> query = event.getQueryStringParameters();
        return query == null ? Optional.empty() : Optional.ofNullable(UnicodeText.nfc(query.get(name)));
    }

    public Optional<String> pathParameter(String name) {
        Map<String, String> parameters = event.getPathParameters();
        return parameters == null ? Optional.empty() : Optional.ofNullable(UnicodeText.nfc(parameters.get(name)));
    }

    /** The caller's IP as API Gateway saw it: for rate limiting only, hashed at once, never stored or logged. */
    public Optional<String> sourceIp() {
        var context = event.getRequestContext();
        return context == null || context.getHttp() == null ? Optional.empty()
                : Optional.ofNullable(context.getHttp().getSourceIp());
    }

    /** The media type without parameters, lower-cased ("application/json"), or "" (see {@link HeaderValues#mediaType}). */
    public String mediaType() {
        return HeaderValues.mediaType(header("content-type").orElse(null));
    }

    /** A parameter of the Content-Type header (a multipart boundary), or empty. */
    public Optional<String> contentTypeParameter(String name) {
        return HeaderValues.parameter(header("content-type").orElse(null), name);
    }

    /** The raw body bytes (API Gateway base64-encodes form posts and binary bodies). */
    public byte[] bodyBytes() {
        String body = event.getBody();
        if (body == null) {
            return new byte[0];
        }
        if (event.getIsBase64Encoded()) {
            try {
                return Base64.getDecoder().decode(body);
            } catch (IllegalArgumentException e) {
                throw new HttpProblem(400, "malformed_body", org.nkpetition.i18n.Message.of("error_malformed_body"));
            }
        }
        return body.getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the client prefers a page to JSON: browsers list text/html, API clients do not. */
    public boolean wantsHtml() {
        return HeaderValues.accepts(header("accept").orElse(null), "text/html");
    }

    /** ?lang= first, then Accept-Language, then English. */
    public Language language() {
        return query("lang").flatMap(Language::fromCode)
                .or(() -> header("accept-language").flatMap(Language::fromAcceptLanguage))
                .orElse(Language.DEFAULT);
    }

    /**
     * The public base URL for links in emails: PUBLIC_BASE_URL when configured (custom domains),
     * else the domain API Gateway reports. Never the client's Host header, which a client could
     * set to send confirmation links (and their tokens) elsewhere.
     */
    public String baseUrl(Optional<String> configured) {
        if (configured.isPresent()) {
            return configured.get();
        }
        var context = event.getRequestContext();
        String domain = context == null || context.getDomainName() == null ? "localhost" : context.getDomainName();
        String scheme = domain.startsWith("localhost") || domain.startsWith("127.0.0.1") ? "http" : "https";
        String stage = context == null || context.getStage() == null || "$default".equals(context.getStage())
                ? "" : "/" + context.getStage();
        return scheme + "://" + domain + stage;
    }
}
