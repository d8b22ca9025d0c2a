package org.nkpetition.bench.coldstart;

import java.io.File;
import java.lang.management.ManagementFactory;

/**
 * The one line every product and floor main prints once its first response is in hand, read by
 * bin/bench-cold-start:
 * {@code first-response status=202 ms=1234 cpu-ms=2345 classes=5678 jar-bytes=13612345}.
 *
 * <ul>
 *   <li>{@code ms}: milliseconds from the JVM's start ({@code RuntimeMXBean.getStartTime()}, the
 *       process start as the JVM records it) to now: what a cold start without SnapStart pays after
 *       the runtime's own start;</li>
 *   <li>{@code cpu-ms}: the CPU time the whole process has used by then, every thread (JIT compiler
 *       and GC included), from {@code com.sun.management.OperatingSystemMXBean.getProcessCpuTime()}:
 *       the work done, which other processes on a shared machine disturb far less than the wall
 *       clock (-1 where the JVM cannot tell);</li>
 *   <li>{@code classes}: {@code ClassLoadingMXBean.getTotalLoadedClassCount()}, every class loaded so
 *       far (JDK included; the management beans read here add the same few to product and floor);</li>
 *   <li>{@code jar-bytes}: the summed size of the jar files on the class path (the function's
 *       function.jar, or the floor's shaded jar; class directories are not counted).</li>
 * </ul>
 * JDK classes only, so that it adds nothing to either class path.
 */
public final class FirstResponse {
    private FirstResponse() {
    }

    /** Call right after the first response: reads the clock first, then the beans. */
    public static void report(int status) {
        long now = System.currentTimeMillis();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long cpuNanos = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1_000_000;
        long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        long jarBytes = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                jarBytes += new File(entry).length();
            }
        }
        System.out.printf("first-response status=%d ms=%d cpu-ms=%d classes=%d jar-bytes=%d%n", status, now - jvmStart,
                cpuNanos / 1_000_000, classes, jarBytes);
    }
}
