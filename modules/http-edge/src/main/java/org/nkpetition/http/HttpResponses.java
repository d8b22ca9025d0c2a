package org.nkpetition.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nkpetition.i18n.Message;
import org.nkpetition.i18n.Messages;

/** Builds responses: JSON or HTML, always with the security headers, never cacheable unless asked. */
public final class HttpResponses {
    /** jackson-jr (a few dozen classes, not databind's ~430 at start-up); nulls written as databind did. */
    private static final JSON WRITER = JSON.std.with(JSON.Feature.WRITE_NULL_PROPERTIES);
    /**
     * Pages load only our own stylesheet and script (GET /assets/..., docs/adr/0301): no inline code
     * or style runs, so markup injected past the template escaping would be inert. The script may
     * fetch only our own API (the live count), and never writes HTML strings into the DOM, so
     * Trusted Types can forbid that outright.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'; "
            + "require-trusted-types-for 'script'";
    /**
     * Two years on this host and every subdomain (a campaign's subdomains are its own), the value
     * the HSTS preload list asks for (hstspreload.org); "preload" itself is the domain owner's call.
     */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
    /**
     * The pages use no device or browser feature beyond forms and one fetch of the count, so every
     * powerful feature is denied to them and to anything they could embed (docs/SECURITY.md).
     */
    static final String PERMISSIONS_POLICY = "accelerometer=(), ambient-light-sensor=(), autoplay=(), battery=(), "
            + "bluetooth=(), browsing-topics=(), camera=(), clipboard-read=(), clipboard-write=(), display-capture=(), "
            + "document-domain=(), encrypted-media=(), fullscreen=(), gamepad=(), geolocation=(), gyroscope=(), "
            + "hid=(), identity-credentials-get=(), idle-detection=(), interest-cohort=(), local-fonts=(), "
            + "magnetometer=(), microphone=(), midi=(), otp-credentials=(), payment=(), picture-in-picture=(), "
            + "publickey-credentials-create=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), "
            + "speaker-selection=(), storage-access=(), usb=(), web-share=(), window-management=(), "
            + "xr-spatial-tracking=()";

    private HttpResponses() {
    }

    public static APIGatewayV2HTTPResponse json(int status, Object body) {
        return json(status, body, "no-store");
    }

    public static APIGatewayV2HTTPResponse json(int status, Object body, String cacheControl) {
        try {
            return response(status, "application/json; charset=utf-8", WRITER.asString(body), cacheControl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static APIGatewayV2HTTPResponse html(int status, String page) {
        return response(status, "text/html; charset=utf-8", page, "no-store");
    }

    /** A file served as it is (a stylesheet or script of the pages), with the given Cache-Control. */
    public static APIGatewayV2HTTPResponse file(String contentType, String body, String cacheControl) {
        return response(200, contentType, body, cacheControl);
    }

    /**
     * A redirect ({@code status} 301-308) to {@code location}, never cached (the download route's
     * targets are presigned URLs valid for minutes), with no body and the security headers.
     */
    public static APIGatewayV2HTTPResponse redirect(int status, String location) {
        APIGatewayV2HTTPResponse response = response(status, "text/plain; charset=utf-8", "", "no-store");
        response.getHeaders().put("Location", location);
        return response;
    }

    /** The documented error shape: {"error":{"code","message","fields":{...}}}, in the request's language. */
    public static APIGatewayV2HTTPResponse problemJson(HttpProblem problem, Messages messages) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", problem.code());
        error.put("message", messages.get(problem.message()));
        if (!problem.fields().isEmpty()) {
            error.put("fields", fieldMessages(problem.fields(), messages));
        }
        return json(problem.status(), Map.of("error", error));
    }

    public static Map<String, String> fieldMessages(Map<String, Message> fields, Messages messages) {
        Map<String, String> words = new LinkedHashMap<>();
        fields.forEach((field, message) -> words.put(field, messages.get(message)));
        return words;
    }

    private static APIGatewayV2HTTPResponse response(int status, String contentType, String body, String cacheControl) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", contentType);
        headers.put("Cache-Control", cacheControl);
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        headers.put("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        headers.put("Permissions-Policy", PERMISSIONS_POLICY);
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status).withHeaders(headers).withBody(body)
                .withIsBase64Encoded(false).build();
    }
}
