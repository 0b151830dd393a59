package townstats.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import townstats.extract.Extractor;
import townstats.ingest.BadInputException;
import townstats.ingest.ReportReader;
import townstats.model.Fact;
import townstats.model.ReportFacts;
import townstats.pipeline.Build;
import townstats.pipeline.Summary;
import townstats.publish.DataExport;

/**
 * The command line: {@code build}, {@code extract FILE}, {@code --help}. Exit codes: 0 built (warnings
 * allowed), 1 built with warnings under --strict, 2 nothing could be built, 3 internal error (a bug);
 * always with a one-line reason.
 */
public final class Main {
    static final String USAGE = """
            townstats — comparative statistics site for township annual work reports

            Usage:
              townstats build [--content DIR] [--out DIR] [--theme NAME] [--strict] [--cache DIR | --no-cache]
                  Build the site from DIR/reports (default content/) into --out (default site/)
                  with the theme themes/NAME (default "default"). --strict: exit 1 on any warning.
                  Unchanged reports come from the cache (default .townstats-cache/ beside the content
                  folder); unchanged files of the site keep their bytes and modification time.
              townstats serve [build options] [--port N]
                  Build, then preview the site on http://127.0.0.1:N/ (default 8000), rebuilding and
                  reloading the page whenever content/ or the theme changes. Ctrl-C stops it.
              townstats watch [build options]
                  Build, then rebuild whenever content/ or the theme changes (no server).
              townstats extract FILE
                  Print the facts of one report as JSON (the fields of site/data/facts.json).
              townstats --help

            Exit codes: 0 built, 1 built with warnings under --strict, 2 nothing could be built,
            3 internal error (a bug; TOWNSTATS_DEBUG=1 prints its stack trace).
            """;
    /** Exit code of an unexpected exception: never mistaken for 1, "warnings under --strict". */
    static final int INTERNAL_ERROR = 3;
    /** Set to 1 to get the stack trace of an internal error. */
    static final String DEBUG_VARIABLE = "TOWNSTATS_DEBUG";

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(List.of(args), out, err));
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.contains("--help") || args.contains("-h") || args.get(0).equals("help")) {
            out.print(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (command) {
                case "build" -> build(rest, out, err);
                case "serve" -> develop(rest, true, out, err);
                case "watch" -> develop(rest, false, out, err);
                case "extract" -> extract(rest, out, err);
                default -> fail(err, "unknown command '" + command + "' (try --help)");
            };
        } catch (UsageException e) {
            return fail(err, e.getMessage());
        } catch (RuntimeException | Error e) {
            return internalError(err, e, "1".equals(System.getenv(DEBUG_VARIABLE)));
        }
    }

    /** A bug, not bad input: one line (the stack trace only when asked for), and its own exit code. */
    static int internalError(PrintStream err, Throwable e, boolean debug) {
        err.println("townstats: internal error: " + describe(e) + (debug ? "" : " (" + DEBUG_VARIABLE + "=1 shows the stack trace)"));
        if (debug) e.printStackTrace(err);
        return INTERNAL_ERROR;
    }

    /** "NumberFormatException: Character I is neither ..." in one line; a parallel stream's wrapper is looked through. */
    static String describe(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null || t.getMessage().equals(t.getCause().toString()))) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? "" : t.getMessage().lines().map(String::strip).filter(l -> !l.isEmpty())
                .findFirst().orElse("");
        return t.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }

    private static final List<String> BUILD_OPTIONS = List.of("--content", "--out", "--theme", "--themes-dir", "--cache");
    private static final List<String> BUILD_FLAGS = List.of("--strict", "--no-cache");

    /** The build options, checked; a usage problem is thrown, a missing folder returned as a reason. */
    private static Build.Options buildOptions(Map<String, String> o) throws UsageException {
        Path content = Path.of(o.getOrDefault("--content", "content"));
        Path out = Path.of(o.getOrDefault("--out", "site"));
        Path theme = Path.of(o.getOrDefault("--themes-dir", "themes")).resolve(o.getOrDefault("--theme", "default"));
        if (o.containsKey("--cache") && o.containsKey("--no-cache")) throw new UsageException("--cache and --no-cache exclude each other");
        Path cache = o.containsKey("--no-cache") ? null
                : o.containsKey("--cache") ? Path.of(o.get("--cache")) : Build.Options.defaultCache(content);
        return new Build.Options(content, out, theme, o.containsKey("--strict"), cache);
    }

    private static String missing(Build.Options options) {
        if (!Files.isDirectory(options.content())) return "content folder not found: " + options.content();
        if (!Files.isDirectory(options.theme().resolve("templates"))) {
            return "theme not found: " + options.theme() + " (no templates folder)";
        }
        return null;
    }

    private static int build(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Build.Options options = buildOptions(options(args, BUILD_OPTIONS, BUILD_FLAGS));
        String missing = missing(options);
        if (missing != null) return fail(err, missing);
        try {
            Build.Result result = new Build(options, Extractor.withDefaultCatalog(), err)
                    .withProgress(System.console() != null).run();
            for (String line : Summary.lines(result, options.out())) out.println(line);
            return options.strict() && result.warnings() > 0 ? 1 : 0;
        } catch (IOException e) {
            return fail(err, "build failed, the previous site is unchanged: " + DevSession.oneLine(e));
        }
    }

    /** serve and watch: build, then rebuild on every change until Ctrl-C. */
    private static int develop(List<String> args, boolean serve, PrintStream out, PrintStream err) throws UsageException {
        List<String> valued = new ArrayList<>(BUILD_OPTIONS);
        if (serve) valued.add("--port");
        Map<String, String> o = options(args, valued, BUILD_FLAGS);
        Build.Options options = buildOptions(o);
        int port;
        try {
            port = Integer.parseInt(o.getOrDefault("--port", "8000"));
        } catch (NumberFormatException e) {
            throw new UsageException("--port needs a number: " + o.get("--port"));
        }
        if (port < 0 || port > 65535) throw new UsageException("--port must be 0-65535: " + port);
        String missing = missing(options);
        if (missing != null) return fail(err, missing);
        try {
            Build.checkOutput(options); // never serve or watch a folder that is not ours
        } catch (IOException e) {
            return fail(err, e.getMessage());
        }
        try (DevSession session = new DevSession(options, 300, out, err)) {
            // Ctrl-C: stop the server and the watcher and let a running build release the lock.
            Thread hook = new Thread(session::close, "townstats-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                session.buildOnce();
                if (serve) {
                    int actual = session.serve(port);
                    out.println("townstats: serving " + options.out() + " at http://127.0.0.1:" + actual + "/ (Ctrl-C to stop)");
                } else {
                    out.println("townstats: watching " + options.content() + " and " + options.theme() + " (Ctrl-C to stop)");
                }
                session.startWatching();
                session.awaitStopped();
                return 0;
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running: it closes the session
                }
            }
        } catch (IOException e) {
            return fail(err, (serve ? "cannot serve: " : "cannot watch: ") + DevSession.oneLine(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static int extract(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        if (args.size() != 1) throw new UsageException("extract takes one FILE");
        Path file = Path.of(args.get(0));
        if (!Files.isRegularFile(file)) return fail(err, "no such file: " + file);
        Extractor extractor = Extractor.withDefaultCatalog();
        try {
            Path parent = file.toAbsolutePath().getParent();
            ReportFacts report = new Build(null, extractor, err).analyse(ReportReader.read(parent, file.toAbsolutePath()));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Fact f : report.facts()) rows.add(DataExport.factRow(report, f));
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("facts", rows);
            out.println(DataExport.JSON.writeValueAsString(doc));
            for (String w : report.warnings()) err.println("townstats: " + file + ": " + w);
            return 0;
        } catch (BadInputException e) {
            return fail(err, file + ": " + e.getMessage());
        } catch (IOException e) {
            return fail(err, file + ": " + e.getMessage());
        }
    }

    private static Map<String, String> options(List<String> args, List<String> valued, List<String> flags) throws UsageException {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (flags.contains(a)) {
                o.put(a, "true");
            } else if (valued.contains(name)) {
                if (a.contains("=")) {
                    o.put(name, a.substring(a.indexOf('=') + 1));
                } else {
                    if (i + 1 >= args.size()) throw new UsageException("option " + a + " needs a value");
                    o.put(a, args.get(++i));
                }
            } else {
                throw new UsageException("unknown option '" + a + "' (try --help)");
            }
        }
        return o;
    }

    private static int fail(PrintStream err, String reason) {
        err.println("townstats: " + reason);
        return 2;
    }

    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }
}
