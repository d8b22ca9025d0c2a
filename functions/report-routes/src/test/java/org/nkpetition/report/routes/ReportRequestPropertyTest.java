package org.nkpetition.report.routes;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.nkpetition.http.HttpProblem;
import org.nkpetition.report.request.ReportJob;

/**
 * The admin route's fields, whatever they hold: a job with a whole-second cut-off never after now, or a
 * 400 naming the bad fields; never another exception (which would be a 500).
 */
class ReportRequestPropertyTest {
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00.500Z");

    @Property(tries = 500)
    void aJobOrAFourHundredNeverAnythingElse(@ForAll("fields") Map<String, String> fields) {
        try {
            ReportJob job = ReportRequest.parse("stop-forced-repatriation", fields, NOW);
            assertFalse(job.cutoff().instant().isAfter(NOW), job.cutoff().toString());
            assertEquals(0, job.cutoff().instant().getNano(), "whole seconds");
        } catch (HttpProblem refused) {
            assertEquals(400, refused.status());
        }
    }

    @Provide
    Arbitrary<Map<String, String>> fields() {
        Arbitrary<String> cutoff = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
                Arbitraries.of("", " ", "2026-09-24T00:00:00Z", "2026-09-24T09:00:00+09:00", "2099-01-01T00:00:00Z",
                        "2026-09-24", "24/09/2026", "2026-13-01T00:00:00Z", "2026-09-24T00:00:00.999999999Z"));
        Arbitrary<String> lang = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(6), Arbitraries.of("en", "ko", "es", "ja", "EN", ""));
        Arbitrary<String> force = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(6),
                Arbitraries.of("true", "false", "TRUE", " true ", "yes", ""));
        return Combinators.combine(cutoff.injectNull(0.2), lang.injectNull(0.2), force.injectNull(0.2)).as((c, l, f) -> {
            Map<String, String> map = new HashMap<>();
            if (c != null) {
                map.put("cutoff", c);
            }
            if (l != null) {
                map.put("lang", l);
            }
            if (f != null) {
                map.put("force", f);
            }
            return map;
        });
    }
}
