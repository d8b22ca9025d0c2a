package org.nkpetition.http;

import static org.junit.jupiter.api.Assertions.*;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every response, page, JSON, error or redirect, carries the security headers (docs/SECURITY.md). */
class SecurityHeadersTest {

    @Test
    void everyKindOfResponseCarriesHstsWithSubdomainsAndThePermissionsPolicy() {
        for (APIGatewayV2HTTPResponse response : List.of(HttpResponses.html(200, "<p>page</p>"),
                HttpResponses.json(400, Map.of("error", "x")), HttpResponses.redirect(303, "https://example.org/x"))) {
            Map<String, String> headers = response.getHeaders();
            String hsts = headers.get("Strict-Transport-Security");
            assertTrue(hsts.contains("includeSubDomains"), hsts);
            assertTrue(Long.parseLong(hsts.replaceAll(".*max-age=([0-9]+).*", "$1")) >= 31536000L, "a year at least");
            String permissions = headers.get("Permissions-Policy");
            for (String feature : List.of("camera", "microphone", "geolocation", "payment", "usb", "browsing-topics",
                    "interest-cohort", "clipboard-read", "display-capture")) {
                assertTrue(permissions.contains(feature + "=()"), feature + " is denied: " + permissions);
            }
            assertTrue(Arrays.stream(permissions.split(", ")).allMatch(d -> d.endsWith("=()")), "nothing is allowed: " + permissions);
            assertEquals("nosniff", headers.get("X-Content-Type-Options"));
            assertEquals("no-referrer", headers.get("Referrer-Policy"));
        }
    }

    @Test
    void aRedirectIsNeverCachedAndSaysWhere() {
        APIGatewayV2HTTPResponse redirect = HttpResponses.redirect(303, "https://bucket.s3.amazonaws.com/x?X-Amz-Expires=300");
        assertEquals(303, redirect.getStatusCode());
        assertEquals("https://bucket.s3.amazonaws.com/x?X-Amz-Expires=300", redirect.getHeaders().get("Location"));
        assertEquals("no-store", redirect.getHeaders().get("Cache-Control"));
    }
}
