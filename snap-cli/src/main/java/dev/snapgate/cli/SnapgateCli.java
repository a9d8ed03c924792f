package dev.snapgate.cli;

import dev.snapgate.domain.error.SnapException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code snapgate} command: obtain SNAP tokens, sign, verify, inspect keys, run the emulator, call services. */
@Command(name = "snapgate", mixinStandardHelpOptions = true, versionProvider = SnapgateCli.Version.class,
        description = "snapgate: a gateway core for NICEPAY's SNAP BI APIs.%n"
                + "With nothing configured, 'snapgate token' runs against the embedded emulator.",
        subcommands = {TokenCommand.class, SignCommand.class, VerifyCommand.class, KeysCommand.class,
            EmulatorCommand.class, SignRequestCommand.class, CallCommand.class, SettleCommand.class, ServeCommand.class,
            NicepayFlowCommand.class},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:success",
            "1:signature invalid (verify)",
            "2:usage or configuration error",
            "3:key problem (file, format, password, alias)",
            "4:rejected by SNAP (4xx, including 401)",
            "5:upstream unavailable (5xx, timeout, network, circuit open, garbled answer)",
            "6:outcome unknown: a money-moving call may have happened; check its status",
            "9:internal error (a bug: run with --debug and report it)"})
public final class SnapgateCli implements Runnable {

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "print stack traces and debug logs (never secrets)")
    boolean debug;

    final Map<String, String> environment;

    SnapgateCli(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "missing command: try 'snapgate token'");
    }

    public static void main(String[] args) {
        for (String arg : args) {
            if (arg.equals("--debug")) {
                System.setProperty("snapgate.log.level", "DEBUG");
            }
        }
        int code = run(args, System.out, System.err, System.getenv());
        System.out.flush();
        System.exit(code);
    }

    /** Runs the CLI in-process (tests use this): returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
        SnapgateCli root = new SnapgateCli(Map.copyOf(environment));
        CommandLine cli = new CommandLine(root);
        PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        cli.setOut(outWriter);
        cli.setErr(errWriter);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            CommandLine cmd = ex.getCommandLine();
            errWriter.println("snapgate: " + ex.getMessage());
            errWriter.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
            return ExitCodes.USAGE_OR_CONFIGURATION;
        });
        cli.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (ex instanceof SnapException snap) {
                errWriter.println("snapgate: " + CliHints.message(snap));
                if (root.debug) {
                    snap.printStackTrace(errWriter);
                }
                return ExitCodes.of(snap);
            }
            errWriter.println("snapgate: internal error (" + ex.getClass().getSimpleName() + ")"
                    + (root.debug ? "" : "; run again with --debug for details, and please report it"));
            if (root.debug) {
                ex.printStackTrace(errWriter);
            }
            return ExitCodes.INTERNAL_ERROR;
        });
        int code = cli.execute(args);
        outWriter.flush();
        errWriter.flush();
        return code;
    }

    /** The version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = SnapgateCli.class.getResourceAsStream("/snapgate-version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"snapgate " + p.getProperty("version", "unknown") + " (Java "
                    + System.getProperty("java.version") + ")"};
        }
    }
}
