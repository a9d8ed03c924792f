package dev.snapgate.benchmarks;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Warm-up that waits for the JIT, not for a call count. On this 2-core VM the C2 compiler threads kept compiling for
 * 15–25 s after a harness started (≈ 40 % of a core, measured from {@code /proc/self/task}); a fixed warm-up of a few
 * thousand calls measured the clients while the compiler competed with them, and charged its CPU to whichever client
 * ran in that window. This runs the given calls until the JVM's total compilation time grows by less than
 * {@code quietMillis} over a whole second, or until {@code maxSeconds}.
 */
public final class JitWarmup {

    /** One unit of work to repeat during the warm-up. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    private JitWarmup() {
    }

    /** Runs {@code work} until the JIT is quiet; returns a line saying how long that took. */
    public static String untilQuiet(Work work, int maxSeconds, long quietMillis) throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(maxSeconds);
        long calls = 0;
        long windowStart = System.nanoTime();
        long jitAtWindow = jit.getTotalCompilationTime();
        while (true) {
            work.run();
            calls++;
            long now = System.nanoTime();
            if (now - windowStart >= TimeUnit.SECONDS.toNanos(1)) {
                long jitNow = jit.getTotalCompilationTime();
                boolean quiet = jitNow - jitAtWindow < quietMillis;
                if (quiet || now - end >= 0) {
                    return String.format(Locale.ROOT, "warm-up: %d calls in %.1f s, JIT %s (%d ms of compilation"
                            + " in the last second)", calls, (now - start) / 1e9, quiet ? "quiet" : "still compiling",
                            jitNow - jitAtWindow);
                }
                windowStart = now;
                jitAtWindow = jitNow;
            }
        }
    }

    /**
     * Context switches of all this JVM's threads so far, {voluntary, involuntary} (from {@code /proc/self/task},
     * Linux), or {-1, -1} where that cannot be read. Many voluntary switches per call mean threads blocking on each
     * other (locks, hand-offs); involuntary ones mean more runnable threads than cores.
     */
    public static long[] contextSwitches() {
        long[] switches = new long[2];
        boolean read = eachThread("status", status -> {
            for (String line : status.split("\n")) {
                if (line.startsWith("voluntary_ctxt_switches:")) {
                    switches[0] += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                } else if (line.startsWith("nonvoluntary_ctxt_switches:")) {
                    switches[1] += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                }
            }
        });
        return read ? switches : new long[] {-1, -1};
    }

    /**
     * CPU time, in nanoseconds, that this JVM's threads other than the JIT compilers have used (from
     * {@code /proc/self/task}, Linux; clock ticks of 10 ms), or -1 where that cannot be read.
     */
    public static long processCpuWithoutCompilerNanos() {
        java.util.Map<String, Long> byKind = cpuByThreadKind();
        if (byKind.isEmpty()) {
            return -1;
        }
        return byKind.entrySet().stream().filter(e -> !e.getKey().equals("JIT")).mapToLong(java.util.Map.Entry::getValue)
                .sum();
    }

    /**
     * CPU time, in nanoseconds, of this JVM's live threads by kind (from {@code /proc/self/task}, Linux; clock ticks
     * of 10 ms): {@code callers} (threads named {@code caller-*}), {@code JDK client} (its selector and workers),
     * {@code GC}, {@code JIT} and {@code other}; empty where that cannot be read.
     */
    public static java.util.Map<String, Long> cpuByThreadKind() {
        java.util.Map<String, Long> nanos = new java.util.TreeMap<>();
        boolean read = eachThread("stat", stat -> {
            String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long cpu = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
            nanos.merge(kind(name), cpu, Long::sum);
        });
        return read ? nanos : java.util.Map.of();
    }

    private static String kind(String thread) {
        if (thread.startsWith("caller-")) {
            return "callers";
        }
        if (thread.startsWith("HttpClient-")) {
            return "JDK client";
        }
        if (thread.contains("GC Thread") || thread.startsWith("G1 ") || thread.equals("VM Thread")) {
            return "GC";
        }
        return thread.contains("CompilerThre") ? "JIT" : "other";
    }

    /**
     * Hands {@code /proc/self/task/<thread>/<file>} of every live thread of this JVM to {@code reader}; false where
     * that cannot be listed (not Linux). A thread that ends while they are listed is skipped.
     */
    private static boolean eachThread(String file, java.util.function.Consumer<String> reader) {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return false;
        }
        try (var dirs = Files.list(tasks)) {
            for (Path task : (Iterable<Path>) dirs::iterator) {
                try {
                    reader.accept(Files.readString(task.resolve(file)));
                } catch (java.io.IOException | RuntimeException gone) {
                    // a thread that ended while we listed them
                }
            }
        } catch (java.io.IOException e) {
            return false;
        }
        return true;
    }
}
