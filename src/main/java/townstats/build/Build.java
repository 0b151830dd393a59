package townstats.build;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import townstats.extract.Extractor;
import townstats.ingest.BadInputException;
import townstats.ingest.ReportFinder;
import townstats.ingest.ReportReader;
import townstats.model.Document;
import townstats.model.Fact;
import townstats.model.Place;
import townstats.model.Report;
import townstats.model.ReportFacts;
import townstats.parse.DocumentParser;
import townstats.publish.DataExport;
import townstats.publish.SiteOutput;
import townstats.publish.SitePublisher;
import townstats.render.SiteWriter;

/**
 * The whole build, stage by stage: find the reports, read, parse, place and extract each one (in
 * parallel), then write the data files and pages into a staging folder and swap it in.
 */
public final class Build {
    /** Options of one build; {@code theme} is the theme's folder. */
    public record Options(Path content, Path out, Path theme, boolean strict) {
    }

    /** A report that was skipped, with the one-line reason. */
    public record Skipped(String source, String reason) {
        @Override
        public String toString() {
            return source + ": " + reason;
        }
    }

    public record Result(List<ReportFacts> reports, List<Skipped> skipped, int facts, int warnings, long millis) {
    }

    private final Options options;
    private final Extractor extractor;
    private final PrintStream log;

    public Build(Options options, Extractor extractor, PrintStream log) {
        this.options = options;
        this.extractor = extractor;
        this.log = log;
    }

    public Result run() throws IOException {
        long started = System.nanoTime();
        Path reportsDir = options.content().resolve("reports");
        List<Path> files = ReportFinder.find(reportsDir);

        List<Outcome> outcomes = files.parallelStream().map(file -> readOne(reportsDir, file)).toList();
        List<ReportFacts> reports = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o.report() != null) reports.add(o.report());
            else skipped.add(o.skipped());
        }
        reports = Checks.flagDuplicates(reports);
        for (Skipped s : skipped) log.println("townstats: skipped " + s);

        try (SitePublisher publisher = SitePublisher.open(options.out())) {
            Path staging = publisher.staging();
            Path data = Files.createDirectories(staging.resolve("data"));
            DataExport.writeFactsJson(reports, data.resolve("facts.json"));
            DataExport.writeFactsCsv(reports, data.resolve("facts.csv"));
            DataExport.writeReportsJson(reports, data.resolve("reports.json"));
            new SiteWriter(options.theme(), extractor.catalog(), options.content()).write(reports, skipped, new SiteOutput(staging));
            publisher.publish();
        }
        int facts = reports.stream().mapToInt(r -> r.facts().size()).sum();
        int warnings = reports.stream().mapToInt(r -> r.warnings().size()).sum() + skipped.size();
        return new Result(reports, skipped, facts, warnings, (System.nanoTime() - started) / 1_000_000);
    }

    /** Either a report's facts or the reason it was skipped. */
    private record Outcome(ReportFacts report, Skipped skipped) {
    }

    private Outcome readOne(Path reportsDir, Path file) {
        String source = reportsDir.relativize(file).toString().replace('\\', '/');
        try {
            return new Outcome(analyse(ReportReader.read(reportsDir, file)), null);
        } catch (BadInputException e) {
            return new Outcome(null, new Skipped(source, e.getMessage()));
        } catch (RuntimeException e) {
            // A bug must not take the whole site down: report it against the file and go on.
            return new Outcome(null, new Skipped(source, "internal error: " + e));
        }
    }

    /** The per-report stages: parse, place, extract. */
    public ReportFacts analyse(Report report) {
        Document document = DocumentParser.parse(report);
        Place place = Place.unresolved(document.anonymised() ? Place.Status.ANONYMISED : Place.Status.UNRESOLVED,
                document.town(), document.county(), List.of());
        List<Fact> facts = extractor.extract(document);
        List<String> warnings = new ArrayList<>(report.warnings());
        warnings.addAll(document.warnings());
        return new ReportFacts(document, place, facts, warnings.stream().filter(Objects::nonNull).toList());
    }
}
