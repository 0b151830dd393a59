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
import townstats.bench.TruthScore;
import townstats.build.Build;
import townstats.corpus.CorpusGenerator;
import townstats.extract.Extractor;
import townstats.ingest.BadInputException;
import townstats.ingest.ReportReader;
import townstats.model.Fact;
import townstats.model.ReportFacts;
import townstats.publish.DataExport;

/**
 * The command line: {@code build}, {@code extract FILE}, {@code --help}. Exit codes: 0 built (warnings
 * allowed), 1 built with warnings under --strict, 2 nothing could be built; always with a one-line reason.
 */
public final class Main {
    static final String USAGE = """
            townstats — comparative statistics site for township annual work reports

            Usage:
              townstats build [--content DIR] [--out DIR] [--theme NAME] [--strict]
                  Build the site from DIR/reports (default content/) into --out (default site/)
                  with the theme themes/NAME (default "default"). --strict: exit 1 on any warning.
              townstats extract FILE
                  Print the facts of one report as JSON (the fields of site/data/facts.json).
              townstats generate-corpus --reports N [--years Y] [--seed S] --out DIR
                  Write a synthetic corpus (DIR/reports/, DIR/truth.json) for benchmarks and tests.
              townstats score --truth DIR/truth.json --facts SITE/data/facts.json
                  Print extraction recall and precision against the planted truth.
              townstats --help

            Exit codes: 0 built, 1 built with warnings under --strict, 2 nothing could be built.
            """;

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
                case "extract" -> extract(rest, out, err);
                case "generate-corpus" -> CorpusGenerator.run(rest);
                case "score" -> score(rest, out, err);
                default -> fail(err, "unknown command '" + command + "' (try --help)");
            };
        } catch (UsageException e) {
            return fail(err, e.getMessage());
        }
    }

    private static int build(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Map<String, String> o = options(args, List.of("--content", "--out", "--theme", "--themes-dir"), List.of("--strict"));
        Path content = Path.of(o.getOrDefault("--content", "content"));
        Path out2 = Path.of(o.getOrDefault("--out", "site"));
        Path theme = Path.of(o.getOrDefault("--themes-dir", "themes")).resolve(o.getOrDefault("--theme", "default"));
        boolean strict = o.containsKey("--strict");
        if (!Files.isDirectory(content)) return fail(err, "content folder not found: " + content);
        if (!Files.isDirectory(theme.resolve("templates"))) return fail(err, "theme not found: " + theme + " (no templates folder)");
        try {
            Build.Result result = new Build(new Build.Options(content, out2, theme, strict), Extractor.withDefaultCatalog(), err).run();
            out.printf("townstats: built %s from %d reports (%d skipped), %d facts, %d warnings in %.1f s%n",
                    out2, result.reports().size(), result.skipped().size(), result.facts(), result.warnings(),
                    result.millis() / 1000.0);
            return strict && result.warnings() > 0 ? 1 : 0;
        } catch (IOException e) {
            return fail(err, "build failed, the previous site is unchanged: " + e.getMessage());
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

    private static int score(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Map<String, String> o = options(args, List.of("--truth", "--facts"), List.of("--examples"));
        if (!o.containsKey("--truth") || !o.containsKey("--facts")) throw new UsageException("score needs --truth and --facts");
        try {
            TruthScore.Score score = TruthScore.score(Path.of(o.get("--truth")), Path.of(o.get("--facts")));
            out.println(score);
            if (o.containsKey("--examples")) {
                score.missedExamples().forEach(m -> out.println("  missed: " + m));
                score.wrongExamples().forEach(w -> out.println("  wrong:  " + w));
            }
            return 0;
        } catch (IOException e) {
            return fail(err, "cannot score: " + e.getMessage());
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
