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
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParseResult;
import townstats.catalog.Catalog;
import townstats.extract.Extractor;
import townstats.ingest.BadInputException;
import townstats.model.Fact;
import townstats.model.ReportFacts;
import townstats.pipeline.Build;
import townstats.pipeline.ReportPipeline;
import townstats.pipeline.Summary;
import townstats.export.DataExport;
import townstats.util.Printable;

/**
 * The command line: {@code build}, {@code serve}, {@code watch}, {@code extract FILE}, {@code --help}.
 * picocli parses the arguments and writes the usage from the annotations below (README's command-line
 * section is that usage, checked by a test); the commands and their one-line errors are ours. Exit codes:
 * 0 built (warnings allowed), 1 built with warnings under --strict, 2 nothing could be built, 3 internal
 * error (a bug); always with a one-line reason.
 */
public final class Main {
    /** Exit code of an unexpected exception: never mistaken for 1, "warnings under --strict". */
    static final int INTERNAL_ERROR = 3;
    /** Set to 1 to get the stack trace of an internal error. */
    static final String DEBUG_VARIABLE = "TOWNSTATS_DEBUG";
    /** The installation folder of the distribution (bin/townstats and bin/townstats.bat set it): its themes/ serve. */
    static final String HOME_PROPERTY = "townstats.home";

    private Main() {
    }

    @Command(name = "townstats", sortOptions = false, sortSynopsis = false, description = "Comparative statistics site for township annual work reports.",
            subcommands = {BuildCommand.class, ServeCommand.class, WatchCommand.class, ExtractCommand.class},
            footer = {"", "Exit codes: 0 built, 1 built with warnings under --strict, 2 nothing could be built,",
                    "3 internal error (a bug; TOWNSTATS_DEBUG=1 prints its stack trace)."})
    static final class Townstats {
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Print this help.")
        boolean help;
    }

    /** The options build, serve and watch share. */
    static final class BuildOptions {
        @Option(names = "--content", paramLabel = "DIR", description = "Content folder; reports in DIR/reports/ (default: content).")
        Path content = Path.of("content");
        @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: site).")
        Path out = Path.of("site");
        @Option(names = "--theme", paramLabel = "NAME", description = "Theme themes/NAME/ (default: default).")
        String theme = "default";
        @Option(names = "--themes-dir", paramLabel = "DIR", hidden = true)
        Path themes = Path.of("themes");
        @Option(names = "--catalog", paramLabel = "FILE", description = "Indicator catalogue to use instead of the shipped one.")
        Path catalog;
        @Option(names = "--strict", description = "Exit 1 on any warning.")
        boolean strict;
        @Option(names = "--cache", paramLabel = "DIR", description = "Cache folder (default: .townstats-cache/ beside the content folder).")
        Path cache;
        @Option(names = "--no-cache", description = "No cache: read and extract every report again.")
        boolean noCache;
        @Option(names = "--exports", description = {"Also write the tables for Excel (data/townstats.xlsx, facts.csv,",
                "statistics.csv, ranking-tables.csv) and the combined data/rankings.json."})
        boolean exports;

        Build.Options options() throws UsageException {
            if (cache != null && noCache) throw new UsageException("--cache and --no-cache exclude each other");
            Path cacheDir = noCache ? null : cache != null ? cache : Build.Options.defaultCache(content);
            return new Build.Options(content, out, themeDir(), strict, cacheDir, exports);
        }

        /**
         * themes/NAME/ of the working folder; else, when run from the distribution (bin/townstats sets townstats.home),
         * the installation's themes/NAME/, so that an office's own folder needs only its content/.
         */
        private Path themeDir() {
            Path dir = themes.resolve(theme);
            String home = System.getProperty(HOME_PROPERTY);
            if (Files.isDirectory(dir) || home == null || !themes.equals(Path.of("themes"))) return dir;
            return Path.of(home, "themes", theme);
        }
    }

    @Command(name = "build", sortOptions = false, sortSynopsis = false, description = {"Build the site from the reports in DIR/reports/ into --out.",
            "Unchanged reports come from the cache; unchanged files of the site keep their bytes and modification time."})
    static final class BuildCommand {
        @Mixin
        BuildOptions build;
        @Option(names = "--explain", description = "Say why each file was made again: what changed since the published build, then each page rendered, file written with new bytes or removed, and why.")
        boolean explain;
    }

    @Command(name = "serve", sortOptions = false, sortSynopsis = false, description = {"Build, then preview the site on http://127.0.0.1:N/ and rebuild on every change.",
            "The open page reloads whenever the content or the theme changes. Ctrl-C stops it."})
    static final class ServeCommand {
        @Mixin
        BuildOptions build;
        @Option(names = "--port", paramLabel = "N", description = "Port (default: 8000; 0: any free port).")
        String port = "8000";
    }

    @Command(name = "watch", sortOptions = false, sortSynopsis = false, description = "Build, then rebuild whenever the content or the theme changes (no server).")
    static final class WatchCommand {
        @Mixin
        BuildOptions build;
    }

    @Command(name = "extract", sortOptions = false, sortSynopsis = false, description = "Print the facts of one report as JSON (the fields of site/data/facts.json).")
    static final class ExtractCommand {
        @Option(names = "--catalog", paramLabel = "FILE", description = "Indicator catalogue to use instead of the shipped one.")
        Path catalog;
        @Parameters(paramLabel = "FILE", arity = "1", description = "The report (.txt, .md, .docx, .doc, .wps, .pdf, .html, .mhtml or a scan).")
        Path file;
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Townstats());
        cl.setOverwrittenOptionsAllowed(true); // the last of a repeated option wins, as it always did
        cl.setUsageHelpWidth(100); // README shows this usage: keep it readable there
        return cl;
    }

    /** The help: townstats' usage, then each command's, all generated from the annotations. */
    public static String usage() {
        CommandLine cl = commandLine();
        StringBuilder sb = new StringBuilder(cl.getUsageMessage(CommandLine.Help.Ansi.OFF));
        for (CommandLine sub : cl.getSubcommands().values()) sb.append('\n').append(sub.getUsageMessage(CommandLine.Help.Ansi.OFF));
        return sb.toString();
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(List.of(args), out, err));
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.contains("--help") || args.contains("-h") || args.get(0).equals("help")) {
            out.print(usage());
            return args.isEmpty() ? 2 : 0;
        }
        ParseResult parsed;
        try {
            parsed = commandLine().parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            return fail(err, reason(e, args));
        }
        if (!parsed.hasSubcommand()) return fail(err, "unknown command '" + args.get(0) + "' (try --help)");
        Object command = parsed.subcommand().commandSpec().userObject();
        try {
            if (command instanceof BuildCommand b) return build(b.build, b.explain, out, err);
            if (command instanceof ServeCommand s) return develop(s.build, port(s.port), out, err);
            if (command instanceof WatchCommand w) return develop(w.build, -1, out, err);
            return extract((ExtractCommand) command, out, err);
        } catch (UsageException e) {
            return fail(err, e.getMessage());
        } catch (RuntimeException | Error e) {
            return internalError(err, e, "1".equals(System.getenv(DEBUG_VARIABLE)));
        }
    }

    /** A bug, not bad input: one line (the stack trace only when asked for), and its own exit code. */
    static int internalError(PrintStream err, Throwable e, boolean debug) {
        err.println(Printable.line("townstats: internal error: " + describe(e) + (debug ? "" : " (" + DEBUG_VARIABLE + "=1 shows the stack trace)")));
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

    /** picocli's complaint in the words this command line always used. */
    private static String reason(CommandLine.ParameterException e, List<String> args) {
        boolean topLevel = e.getCommandLine().getCommandSpec().parent() == null;
        boolean extract = e.getCommandLine().getCommandSpec().userObject() instanceof ExtractCommand;
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            String first = u.getUnmatched().isEmpty() ? args.get(0) : u.getUnmatched().get(0);
            if (topLevel) return "unknown command '" + first + "' (try --help)";
            if (extract && !first.startsWith("-")) return "extract takes one FILE";
            return "unknown option '" + first + "' (try --help)";
        }
        if (e instanceof CommandLine.MissingParameterException m && extract
                && m.getMissing().stream().noneMatch(CommandLine.Model.ArgSpec::isOption)) {
            return "extract takes one FILE";
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            for (CommandLine.Model.ArgSpec spec : m.getMissing()) {
                if (spec instanceof CommandLine.Model.OptionSpec option) return "option " + option.longestName() + " needs a value";
            }
        }
        return e.getMessage();
    }

    private static int port(String value) throws UsageException {
        int port;
        try {
            port = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--port needs a number: " + value);
        }
        if (port < 0 || port > 65535) throw new UsageException("--port must be 0-65535: " + port);
        return port;
    }

    /** The shipped catalogue, or the one of {@code --catalog FILE}; a file that cannot be used is a usage error. */
    private static Extractor extractor(Path catalog) throws UsageException {
        if (catalog == null) return Extractor.withDefaultCatalog();
        try {
            return new Extractor(Catalog.load(catalog));
        } catch (Catalog.CatalogException e) {
            throw new UsageException(e.getMessage());
        } catch (IOException e) {
            throw new UsageException("cannot read catalogue " + catalog + ": " + e.getMessage());
        }
    }

    private static String missing(Build.Options options) {
        if (!Files.isDirectory(options.content())) return "content folder not found: " + options.content();
        if (!Files.isDirectory(options.theme().resolve("templates"))) {
            return "theme not found: " + options.theme() + " (no templates folder)";
        }
        return null;
    }

    private static int build(BuildOptions o, boolean explain, PrintStream out, PrintStream err) throws UsageException {
        Build.Options options = o.options();
        String missing = missing(options);
        if (missing != null) return fail(err, missing);
        // the shipped catalogue is parsed only if a report has to be read (nothing changed: none is)
        Build build = o.catalog == null ? Build.withShippedCatalog(options, err) : new Build(options, extractor(o.catalog), err);
        try {
            Build.Result result = build.withExplain(explain)
                    .withProgress(System.console() != null).run();
            for (String line : Summary.lines(result, options.out())) out.println(line);
            return options.strict() && result.warnings() > 0 ? 1 : 0;
        } catch (IOException e) {
            return fail(err, "build failed, the previous site is unchanged: " + DevSession.oneLine(e));
        }
    }

    /** serve and watch: build, then rebuild on every change until Ctrl-C. */
    private static int develop(BuildOptions o, int port, PrintStream out, PrintStream err) throws UsageException {
        boolean serve = port >= 0;
        Build.Options options = o.options();
        String missing = missing(options);
        if (missing != null) return fail(err, missing);
        Extractor extractor = extractor(o.catalog);
        try {
            Build.checkOutput(options); // never serve or watch a folder that is not ours
        } catch (IOException e) {
            return fail(err, e.getMessage());
        }
        try (DevSession session = new DevSession(options, extractor, 300, out, err)) {
            // Ctrl-C: stop the server and the watcher and let a running build release the lock.
            Thread hook = new Thread(session::close, "townstats-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                session.buildOnce();
                if (serve) {
                    int actual = session.serve(port);
                    out.println(Printable.line("townstats: serving " + options.out() + " at http://127.0.0.1:" + actual + "/ (Ctrl-C to stop)"));
                } else {
                    out.println(Printable.line("townstats: watching " + options.content() + " and " + options.theme() + " (Ctrl-C to stop)"));
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

    private static int extract(ExtractCommand c, PrintStream out, PrintStream err) throws UsageException {
        Path file = c.file;
        if (!Files.isRegularFile(file)) return fail(err, "no such file: " + file);
        Extractor extractor = extractor(c.catalog);
        try {
            Path parent = file.toAbsolutePath().getParent();
            ReportFacts report = new ReportPipeline(extractor).run(parent, file.toAbsolutePath());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Fact f : report.facts()) rows.add(DataExport.factRow(report, f));
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("facts", rows);
            out.println(DataExport.JSON.writeValueAsString(doc));
            for (String w : report.warnings()) err.println(Printable.line("townstats: " + file + ": " + w));
            return 0;
        } catch (BadInputException e) {
            return fail(err, file + ": " + e.getMessage());
        } catch (IOException e) {
            return fail(err, file + ": " + e.getMessage());
        }
    }

    private static int fail(PrintStream err, String reason) {
        err.println(Printable.line("townstats: " + reason));
        return 2;
    }

    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }
}
