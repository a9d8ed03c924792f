package dev.snapgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell walkthroughs in the README and docs/ run as written, in an empty directory, with {@code ./snapgate} being
 * this build's CLI: each logical line goes to {@code bash}, a command the text says runs "until Ctrl-C" is started in
 * the background and waited for until it listens, and an expected-output comment is checked against the output.
 * Every bash block is either run here or listed in {@link #NOT_RUN_HERE} with the reason.
 */
class DocsWalkthroughIT {

    /** Blocks this test does not run, by their first line, and why. */
    private static final Map<String, String> NOT_RUN_HERE = Map.of(
            "./snapgate token      # the main job: builds the CLI on first run, gets a token from the embedded emulator",
            "the README's two commands: CI runs them (.ci/run); the token command is CliIT's too",
            "./snapgate call PAYOUT_APPROVE --example > approve.json   # a valid example body for any service",
            "needs NICEPAY's sandbox (--env sandbox ...), out of reach here; TypedCallsCliIT covers call and settle",
            "mvn -B -q install -DskipTests", "builds, then runs a soak (a minute or more: a measurement, not a test)",
            "benchmarks/run.sh quick                 # sanity run: 1 fork, 1 x 1 s warm-up, 2 x 1 s measurement (~1 min)",
            "JMH benchmarks (minutes: a measurement, not a test)",
            "for i in 1 2 3 4 5; do /usr/bin/time -f \"%e s\" ./snapgate token > /dev/null; done",
            "a start-up time measurement of the built launcher (CI runs ./snapgate token itself)",
            "mvn -B -q package -DskipTests -pl benchmarks -am", "builds, then runs a benchmark harness (minutes)");

    @TempDir
    Path dir;

    @Test
    void everyBashBlock_isRunHereOrListedWithAReason() throws IOException {
        List<String> unaccounted = new ArrayList<>();
        for (Map.Entry<String, List<String>> block : bashBlocks().entrySet()) {
            String first = block.getValue().get(0);
            if (!NOT_RUN_HERE.containsKey(first) && !RUN_HERE.contains(first)) {
                unaccounted.add(block.getKey() + ": " + first);
            }
        }
        assertThat(unaccounted).as("bash blocks neither run by this test nor listed with a reason").isEmpty();
    }

    private static final List<String> RUN_HERE = List.of(
            "./snapgate keys generate --private-key nicepay-private.pem --public-key nicepay.pub   # NICEPAY's side,"
                    + " for a local test",
            "./snapgate call BALANCE_INQUIRY --example > balance.json");

    @Test
    void theInboundWalkthrough_servesNicepaysFlow_asWritten() throws Exception {
        List<String> block = blockStartingWith(RUN_HERE.get(0));
        String flowOutput = run(block);

        // the block's last line is the expected output of the flow, as a comment
        String expected = block.get(block.size() - 1);
        assertThat(expected).startsWith("# token:");
        for (String part : expected.substring(2).split(" / ")) {
            assertThat(flowOutput).contains(part.substring(part.indexOf("HTTP")));
        }
    }

    @Test
    void theUntypedCallWalkthrough_runsOnTheEmbeddedEmulator_asWritten() throws Exception {
        String output = run(blockStartingWith(RUN_HERE.get(1)));

        assertThat(output).contains("BALANCE_INQUIRY 2001100").contains("\"responseCode\" : \"2001100\"");
    }

    /** Runs the block's commands in order; returns the output of the last one. */
    private String run(List<String> block) throws Exception {
        Path launcher = dir.resolve("snapgate");
        Files.writeString(launcher, "#!/usr/bin/env bash\nexec \"$SNAPGATE_TEST_JAVA\" -XX:TieredStopAtLevel=1 -cp"
                + " \"$SNAPGATE_TEST_CP\" dev.snapgate.cli.SnapgateCli \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwx------"));
        List<Process> background = new ArrayList<>();
        String last = "";
        try {
            for (String command : logicalLines(block)) {
                if (command.isBlank()) {
                    continue;
                }
                boolean untilCtrlC = command.contains("until Ctrl-C");
                ProcessBuilder shell = new ProcessBuilder("bash", "-c", "set -euo pipefail; " + command)
                        .directory(dir.toFile()).redirectErrorStream(true);
                shell.environment().put("SNAPGATE_TEST_JAVA", Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString());
                shell.environment().put("SNAPGATE_TEST_CP", System.getProperty("java.class.path"));
                Process p = shell.start();
                if (untilCtrlC) {
                    background.add(p);
                    awaitListening(p, command);
                    continue;
                }
                last = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(command).isTrue();
                assertThat(p.exitValue()).as(command + "\n" + last).isZero();
            }
        } finally {
            for (Process p : background) {
                p.descendants().forEach(ProcessHandle::destroy);
                p.destroy();
                p.waitFor(30, TimeUnit.SECONDS);
            }
        }
        return last;
    }

    /** Waits (a latch, bounded) until the background command prints that it listens. */
    private static void awaitListening(Process p, String command) throws InterruptedException {
        CountDownLatch listening = new CountDownLatch(1);
        StringBuilder seen = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    synchronized (seen) {
                        seen.append(line).append('\n');
                    }
                    if (line.contains("listening on")) {
                        listening.countDown();
                    }
                }
            } catch (IOException ended) {
                // the process was stopped
            }
        }, "walkthrough-background");
        reader.setDaemon(true);
        reader.start();
        boolean up = listening.await(90, TimeUnit.SECONDS);
        synchronized (seen) {
            assertThat(up).as(command + " listens\n" + seen).isTrue();
        }
    }

    /** Continuation lines joined; a trailing {@code # comment} kept only when it says how the command runs. */
    private static List<String> logicalLines(List<String> block) {
        List<String> commands = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : block) {
            if (line.startsWith("#")) {
                continue; // an expected-output line
            }
            String code = line;
            String comment = "";
            Matcher m = Pattern.compile("\\s+#\\s(.*)$").matcher(line);
            if (m.find() && !inQuotes(line, m.start())) {
                code = line.substring(0, m.start());
                comment = m.group(1);
            }
            if (code.endsWith("\\")) {
                current.append(code, 0, code.length() - 1).append(' ');
                continue;
            }
            current.append(code);
            commands.add(current + (comment.contains("until Ctrl-C") ? " # until Ctrl-C" : ""));
            current.setLength(0);
        }
        return commands;
    }

    private static boolean inQuotes(String line, int at) {
        int single = 0;
        for (int i = 0; i < at; i++) {
            if (line.charAt(i) == '\'') {
                single++;
            }
        }
        return single % 2 == 1;
    }

    private static List<String> blockStartingWith(String first) throws IOException {
        return bashBlocks().values().stream().filter(b -> b.get(0).equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError("no bash block starts with: " + first));
    }

    /** Every ```bash block of the README and docs/*.md, by "file:line". */
    private static Map<String, List<String>> bashBlocks() throws IOException {
        Path root = Path.of("..");
        List<Path> pages = new ArrayList<>(List.of(root.resolve("README.md")));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        Map<String, List<String>> blocks = new LinkedHashMap<>();
        for (Path page : pages) {
            List<String> lines = Files.readAllLines(page);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).equals("```bash")) {
                    int start = i + 1;
                    List<String> block = new ArrayList<>();
                    for (i = start; i < lines.size() && !lines.get(i).equals("```"); i++) {
                        block.add(lines.get(i));
                    }
                    blocks.put(page.getFileName() + ":" + start, block);
                }
            }
        }
        return blocks;
    }
}
