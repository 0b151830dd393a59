package townstats.corpus;

import com.fasterxml.jackson.core.JsonGenerator;
import org.apache.commons.math3.distribution.LogNormalDistribution;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code generate-corpus --reports N [--years Y] [--seed S] --out DIR}: a synthetic corpus of township
 * annual work reports with the facts planted in them, for benchmarks and multi-town tests.
 *
 * <p>Writes {@code DIR/reports/<province code>/<id>.txt}, {@code DIR/truth.json} (the planted facts, in
 * the shape of site/data/facts.json) and {@code DIR/manifest.json} (one line per report file: its kind,
 * encoding, town and year). Output is a pure function of the options: the same seed gives the same bytes.
 * Reports are streamed to disk one at a time, so N may be large.
 */
public final class CorpusGenerator {
    /** The last year of every town's run of reports. */
    public static final int LAST_YEAR = 2023;

    /** What to generate. */
    public record Options(int reports, int years, long seed, Path out) {
        public Options {
            if (reports < 1) throw new IllegalArgumentException("--reports must be at least 1");
            if (years < 1 || years > 20) throw new IllegalArgumentException("--years must be between 1 and 20");
            if (out == null) throw new IllegalArgumentException("--out DIR is required");
        }
    }

    /** What was generated. */
    public record Result(int reports, long facts, long bytes) {
    }

    private static final Charset GBK = Charset.forName("GBK");

    private final Options options;
    private long facts;
    private long bytes;
    /** GBK reports that could not be encoded (rare characters in a name) and so move to the next report. */
    private int gbkOwed;

    private CorpusGenerator(Options options) {
        this.options = options;
    }

    /** CLI entry: 0 ok, 1 I/O failure, 2 bad options (with a one-line reason on stderr). */
    public static int run(List<String> args) {
        Options options;
        try {
            options = parse(args);
            requireEmpty(options.out());
        } catch (IllegalArgumentException e) {
            System.err.println("generate-corpus: " + e.getMessage());
            return 2;
        }
        try {
            Result result = generate(options);
            System.out.printf(Locale.ROOT, "generate-corpus: %d reports, %d facts, %.1f MB of reports in %s%n",
                    result.reports(), result.facts(), result.bytes() / 1e6, options.out());
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("generate-corpus: " + e.getMessage());
            return 2;
        } catch (IOException | UncheckedIOException e) {
            System.err.println("generate-corpus: cannot write " + options.out() + ": " + e.getMessage());
            return 1;
        }
    }

    /** Generates the corpus described by the options into options.out(). */
    public static Result generate(Options options) throws IOException {
        return new CorpusGenerator(options).write();
    }

    static Options parse(List<String> args) {
        Integer reports = null;
        int years = 3;
        long seed = 42;
        Path out = null;
        List<String> rest = !args.isEmpty() && args.get(0).equals("generate-corpus") ? args.subList(1, args.size()) : args;
        for (int i = 0; i < rest.size(); i++) {
            String opt = rest.get(i);
            String value;
            int eq = opt.indexOf('=');
            if (opt.startsWith("--") && eq > 0) {
                value = opt.substring(eq + 1);
                opt = opt.substring(0, eq);
            } else if (i + 1 < rest.size()) {
                value = rest.get(++i);
            } else {
                throw new IllegalArgumentException("missing value for " + opt);
            }
            switch (opt) {
                case "--reports" -> reports = integer(opt, value);
                case "--years" -> years = integer(opt, value);
                case "--seed" -> seed = longValue(opt, value);
                case "--out" -> out = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + opt
                        + " (usage: generate-corpus --reports N [--years Y] [--seed S] --out DIR)");
            }
        }
        if (reports == null) throw new IllegalArgumentException("--reports N is required");
        return new Options(reports, years, seed, out);
    }

    private static int integer(String opt, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(opt + " needs a whole number, not '" + value + "'");
        }
    }

    private static long longValue(String opt, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(opt + " needs a whole number, not '" + value + "'");
        }
    }

    /** Refuses to mix a new corpus with old files, which would break "same seed, same output". */
    private static void requireEmpty(Path out) {
        if (!Files.exists(out)) return;
        if (!Files.isDirectory(out)) throw new IllegalArgumentException("--out " + out + " is not a directory");
        try (Stream<Path> entries = Files.list(out)) {
            if (entries.findAny().isPresent()) throw new IllegalArgumentException("--out " + out + " is not empty");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- generation ----

    private Result write() throws IOException {
        List<Divisions.County> counties = Divisions.load();
        int n = options.reports();
        int perTown = options.years();
        int towns = (n + perTown - 1) / perTown;
        if (towns > TownPicker.available(counties)) {
            throw new IllegalArgumentException(n + " reports need " + towns + " towns but only "
                    + TownPicker.available(counties) + " exist; raise --years");
        }
        List<Divisions.Town> picked = TownPicker.pick(counties, towns, Rand.of(options.seed(), 0));
        Map<Integer, FileKind> odd = FileKind.assign(n, Rand.of(options.seed(), 3));
        int firstYear = LAST_YEAR - perTown + 1;

        Path reportsDir = options.out().resolve("reports");
        Files.createDirectories(reportsDir);
        try (JsonOut truth = new JsonOut(options.out().resolve("truth.json"), "facts");
             JsonOut manifest = new JsonOut(options.out().resolve("manifest.json"), "reports")) {
            int index = 0;
            for (int t = 0; t < picked.size(); t++) {
                Divisions.Town town = picked.get(t);
                TownSeries series = new TownSeries(Rand.of(options.seed(), 1, Long.parseLong(town.code())), firstYear, perTown,
                        TownSeries.provinceWealth(town.county().provinceCode()));
                // The last town may have fewer reports; it keeps the most recent years.
                int count = t < picked.size() - 1 ? perTown : n - index;
                for (int year = LAST_YEAR - count + 1; year <= LAST_YEAR; year++, index++) {
                    FileKind kind = odd.getOrDefault(index, FileKind.NORMAL);
                    writeReport(index, kind, town, year, series, reportsDir, truth.generator(), manifest.generator());
                }
            }
        }
        return new Result(n, facts, bytes);
    }

    private void writeReport(int index, FileKind kind, Divisions.Town town, int year, TownSeries series, Path reportsDir,
                             JsonGenerator truth, JsonGenerator manifest) throws IOException {
        String id = kind == FileKind.NO_YEAR
                ? String.format(Locale.ROOT, "r%06d_%s", index, town.code())
                : String.format(Locale.ROOT, "r%06d_%s_%d", index, town.code(), year);
        String province = town.county().provinceCode();
        String source = province + "/" + id + ".txt";
        Path file = reportsDir.resolve(province).resolve(id + ".txt");
        Files.createDirectories(file.getParent());
        Rand r = Rand.of(options.seed(), 2, index);

        ReportComposer.Composed report = null;
        byte[] content;
        switch (kind) {
            case EMPTY -> content = new byte[0];
            case BINARY -> content = fakeDocx(r);
            default -> {
                int target = (int) clamp(new LogNormalDistribution(r.generator(), StrictMath.log(20_000), 0.35).sample(), 11_000, 43_000);
                report = new ReportComposer(r, town, year, kind == FileKind.NO_YEAR, series, target).compose();
                kind = settleEncoding(kind, report.text());
                content = report.text().getBytes(kind == FileKind.GBK ? GBK : StandardCharsets.UTF_8);
            }
        }
        try (OutputStream os = Files.newOutputStream(file)) {
            os.write(content);
        }
        bytes += content.length;

        Integer statedYear = kind == FileKind.NO_YEAR ? null : year;
        if (report != null) {
            for (Planted f : report.facts()) {
                writeFact(truth, id, source, town, statedYear, f, report.text());
                facts++;
            }
        }
        manifest.writeStartObject();
        manifest.writeStringField("report", id);
        manifest.writeStringField("source", source);
        manifest.writeStringField("kind", kind.name().toLowerCase(Locale.ROOT));
        JsonOut.string(manifest, "encoding", kind.encoding);
        manifest.writeNumberField("bytes", content.length);
        manifest.writeStringField("divisionCode", town.code());
        manifest.writeStringField("town", town.name());
        manifest.writeStringField("county", town.county().name());
        manifest.writeStringField("countyCode", town.county().code());
        JsonOut.string(manifest, "city", town.county().city());
        manifest.writeStringField("province", town.county().province());
        manifest.writeStringField("provinceCode", province);
        manifest.writeNumberField("year", year); // the year the report is about, even when the text hides it
        JsonOut.string(manifest, "title", report == null ? null : report.title());
        manifest.writeNumberField("facts", report == null ? 0 : report.facts().size());
        manifest.writeEndObject();
    }

    private static void writeFact(JsonGenerator g, String id, String source, Divisions.Town town, Integer year, Planted f,
                                  String text) throws IOException {
        g.writeStartObject();
        g.writeStringField("report", id);
        g.writeStringField("source", source);
        g.writeStringField("town", town.name());
        g.writeStringField("county", town.county().name());
        g.writeStringField("province", town.county().province());
        if (year == null) g.writeNullField("year");
        else g.writeNumberField("year", year);
        g.writeStringField("indicator", f.indicator().id);
        JsonOut.number(g, "value", f.value());
        g.writeStringField("unit", f.indicator().unit);
        JsonOut.number(g, "growth", f.growth());
        if (f.period() == null) {
            g.writeNullField("period");
        } else {
            g.writeObjectFieldStart("period");
            g.writeNumberField("from", f.period().from());
            g.writeNumberField("to", f.period().to());
            g.writeEndObject();
        }
        JsonOut.string(g, "qualifier", f.qualifier() == null ? null : f.qualifier().id());
        g.writeStringField("section", f.section().id());
        g.writeStringField("quote", sentenceAt(text, f.offset()));
        g.writeNumberField("offset", f.offset());
        g.writeEndObject();
    }

    /** The sentence around an offset: from after the previous 。 or line break to the next 。 inclusive. */
    static String sentenceAt(String text, int offset) {
        int start = Math.max(text.lastIndexOf('。', offset - 1), text.lastIndexOf('\n', offset - 1)) + 1;
        int stop = text.indexOf('。', offset);
        int eol = text.indexOf('\n', offset);
        if (stop < 0 || (eol >= 0 && eol < stop)) stop = eol - 1;
        return text.substring(start, stop + 1);
    }

    /**
     * GBK when this report is meant to be GBK (or a GBK report is owed) and GBK can hold its text; a report
     * whose town name has a character outside GBK stays UTF-8 and passes the GBK role to a later report.
     */
    private FileKind settleEncoding(FileKind kind, String text) {
        boolean wantGbk = kind == FileKind.GBK || (kind == FileKind.NORMAL && gbkOwed > 0);
        if (!wantGbk) return kind;
        boolean fits = GBK.newEncoder().canEncode(text);
        if (kind == FileKind.GBK && !fits) {
            gbkOwed++;
            return FileKind.NORMAL;
        }
        if (kind == FileKind.NORMAL && fits) {
            gbkOwed--;
            return FileKind.GBK;
        }
        return kind;
    }

    /** A zip local-file header and noise: what a .docx saved as .txt looks like. */
    private static byte[] fakeDocx(Rand r) {
        byte[] b = new byte[r.between(3_000, 20_000)];
        r.generator().nextBytes(b);
        byte[] head = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0};
        System.arraycopy(head, 0, b, 0, head.length);
        byte[] name = "[Content_Types].xml".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, b, 30, name.length);
        return b;
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }
}
