package org.nkpetition.aws;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * Runs a function's hot path once before Lambda SnapStart takes its snapshot, so classes are loaded,
 * templates compiled and the SDK's marshallers and connection warmed in the snapshot rather than on
 * the first request. The primer must have no side effects (reads only). Outside SnapStart (tests,
 * bin/dev, a plain JVM) the checkpoint never happens and nothing runs.
 *
 * <p>The CRaC context holds resources weakly: the handler must keep this object in a field.
 */
public final class SnapStartPriming implements Resource {
    private final Runnable primer;

    private SnapStartPriming(Runnable primer) {
        this.primer = primer;
    }

    public static SnapStartPriming register(Runnable primer) {
        SnapStartPriming priming = new SnapStartPriming(primer);
        Core.getGlobalContext().register(priming);
        return priming;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        try {
            primer.run();
        } catch (RuntimeException e) {
            // A failed warm-up only costs the first request some time; never fail the snapshot over it.
            System.out.println("{\"level\":\"WARN\",\"message\":\"SnapStart priming failed\",\"error\":\""
                    + e.getClass().getName() + "\"}");
        }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to refresh: clients re-open connections on demand and tokens come from SecureRandom,
        // which Lambda reseeds on restore.
    }

    /** For tests: what the checkpoint would run. */
    public void primeNow() {
        beforeCheckpoint(null);
    }
}
