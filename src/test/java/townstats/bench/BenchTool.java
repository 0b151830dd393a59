package townstats.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import townstats.corpus.CorpusGenerator;

/**
 * The benchmark's own command line, kept out of the shipped tool (it lives in test scope):
 * {@code generate-corpus --reports N [--years Y] [--seed S] --out DIR} and
 * {@code score --truth DIR/truth.json --facts SITE/data/facts.json [--examples]}.
 * bench/run.sh runs it on the test classpath.
 */
public final class BenchTool {
    static final String USAGE = """
            Usage:
              generate-corpus --reports N [--years Y] [--seed S] --out DIR
                  Write a synthetic corpus (DIR/reports/, DIR/truth.json) for benchmarks and tests.
              score --truth DIR/truth.json --facts SITE/data/facts.json [--examples]
                  Print extraction recall and precision against the planted truth.
            """;

    private BenchTool() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(List.of(args), out, err));
    }

    /** 0 done, 1 I/O failure, 2 bad options; every failure is one line on {@code err}. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.print(USAGE);
            return 2;
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "generate-corpus" -> CorpusGenerator.run(rest);
            case "score" -> score(rest, out, err);
            default -> {
                err.println("bench: unknown command '" + args.get(0) + "'");
                yield 2;
            }
        };
    }

    private static int score(List<String> args, PrintStream out, PrintStream err) {
        Path truth = null;
        Path facts = null;
        boolean examples = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--examples")) {
                examples = true;
            } else if ((a.equals("--truth") || a.equals("--facts")) && i + 1 < args.size()) {
                Path p = Path.of(args.get(++i));
                if (a.equals("--truth")) truth = p;
                else facts = p;
            } else {
                err.println("score: unknown option '" + a + "'");
                return 2;
            }
        }
        if (truth == null || facts == null) {
            err.println("score: needs --truth and --facts");
            return 2;
        }
        try {
            TruthScore.Score score = TruthScore.score(truth, facts);
            out.println(score);
            if (examples) {
                score.missedExamples().forEach(m -> out.println("  missed: " + m));
                score.wrongExamples().forEach(w -> out.println("  wrong:  " + w));
            }
            return 0;
        } catch (IOException e) {
            err.println("score: cannot score: " + e.getMessage());
            return 1;
        }
    }
}
