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
    private final Runnable afterRestore;

    private SnapStartPriming(Runnable primer, Runnable afterRestore) {
        this.primer = primer;
        this.afterRestore = afterRestore;
    }

    public static SnapStartPriming register(Runnable primer) {
        return register(primer, () -> {
        });
    }

    /** With something to do after a restore, e.g. distrust data loaded before a snapshot that may be days old. */
    public static SnapStartPriming register(Runnable primer, Runnable afterRestore) {
        SnapStartPriming priming = new SnapStartPriming(primer, afterRestore);
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
        // SDK clients re-open connections on demand and tokens come from SecureRandom, which Lambda
        // reseeds on restore: only the function's own action is needed.
        afterRestore.run();
    }

    /**
     * For tests: runs the primer as the checkpoint would, but lets a failure through (the checkpoint
     * only logs it), so a test of a priming fails when the priming does.
     */
    public void primeNow() {
        primer.run();
    }
}
