package townstats.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import townstats.analyze.Analysis;
import townstats.analyze.Analyzer;
import townstats.analyze.Ranker;
import townstats.cache.ChartCache;
import townstats.cache.CodeVersion;
import townstats.cache.ReportCache;
import townstats.catalog.Catalog;
import townstats.chart.ChartStore;
import townstats.chart.Charts;
import townstats.chart.SiteCharts;
import townstats.export.AnalysisJson;
import townstats.export.DataExport;
import townstats.export.RankingsJson;
import townstats.export.Tables;
import townstats.export.TopicsJson;
import townstats.extract.Extractor;
import townstats.ingest.BadInputException;
import townstats.ingest.ContentFiles;
import townstats.ingest.ReportFinder;
import townstats.ingest.ReportReader;
import townstats.model.Fact;
import townstats.model.Report;
import townstats.model.ReportFacts;
import townstats.publish.SiteOutput;
import townstats.publish.SitePublisher;
import townstats.quality.DataQuality;
import townstats.render.MarkdownPages;
import townstats.render.SiteSettings;
import townstats.render.SiteWriter;
import townstats.topics.ThemeCatalog;
import townstats.topics.TopicReader;
import townstats.util.Hashes;
import townstats.util.Printable;
import townstats.util.SiteFiles;

/**
 * The whole build, stage by stage: find the reports, read, parse, place and extract each one (in
 * parallel; unchanged reports come from the cache), then write the data files and pages into a staging
 * folder and swap it in. Files whose bytes did not change keep their published copy (see {@link SiteOutput}).
 */
public final class Build {
    /**
     * Options of one build; {@code theme} is the theme's folder; {@code cache} the cache folder, or null
     * for none (default: {@code .townstats-cache} beside the content folder).
     */
    public record Options(Path content, Path out, Path theme, boolean strict, Path cache, boolean exports) {
        public Options(Path content, Path out, Path theme, boolean strict) {
            this(content, out, theme, strict, defaultCache(content), false);
        }

        public Options(Path content, Path out, Path theme, boolean strict, Path cache) {
            this(content, out, theme, strict, cache, false);
        }

        /** These options with the whole-corpus tables (workbook, CSVs, combined rankings.json) written too, or not. */
        public Options withExports(boolean exports) {
            return new Options(content, out, theme, strict, cache, exports);
        }

        /** {@code <project>/.townstats-cache}, the project being the content folder's parent. */
        public static Path defaultCache(Path content) {
            Path parent = content.toAbsolutePath().normalize().getParent();
            return parent == null ? null : parent.resolve(".townstats-cache");
        }
    }

    /** A report that was skipped, with the one-line reason. */
    public record Skipped(String source, String reason) {
        @Override
        public String toString() {
            return source + ": " + reason;
        }

        /** The line printed for it: control characters in the name or reason escaped, shortened to one line. */
        public String line() {
            return Printable.line("townstats: skipped " + this);
        }
    }

    /**
     * @param reports        the reports, as this build holds them; none when it found nothing changed and read none
     * @param reportsRead    reports read and extracted in this build
     * @param reportsCached  reports taken from the cache unchanged
     * @param pagesWritten   site files written with new bytes
     * @param pagesUnchanged site files kept from the published site (same bytes and mtime)
     * @param pagesRendered  pages whose model was built and rendered (the others were kept by their inputs, unbuilt)
     */
    public record Result(List<ReportFacts> reports, List<Skipped> skipped, int facts, int warnings, long millis,
                         int reportsRead, int reportsCached, int pagesWritten, int pagesUnchanged,
                         int pagesRendered) {
    }

    /**
     * What a running {@code watch} keeps from one build to the next: each report as the build held it (no text, its
     * place resolved) by its cache key, so that a report that did not change is neither read nor decoded from the cache
     * again. Kept only under the same aliases (the place depends on them). Also the rankings, each with the figures it
     * ranked ({@link Ranker.Memo}). A watch starting on an up-to-date site fills it from the cache ({@code hold}).
     */
    public static final class Warm {
        private volatile Map<String, ReportFacts> results = Map.of();
        private volatile String aliases = "";
        /** The last build's rankings: a group whose figures did not change is not ranked again. */
        private final Ranker.Memo rankings = new Ranker.Memo();

        ReportFacts get(String key, String currentAliases) {
            return key == null || !aliases.equals(currentAliases) ? null : results.get(key);
        }

        void keep(Map<String, ReportFacts> used, String withAliases) {
            results = Map.copyOf(used);
            aliases = withAliases;
        }

        /** Reports held for the next build. */
        public int size() {
            return results.size();
        }
    }

    private final Options options;
    /** Made on first use: a build that finds nothing changed never needs the catalogue parsed (half a second). */
    private final Supplier<Extractor> extractor;
    /** {@code Catalog.sourceHash()} of the extractor's catalogue, known without it. */
    private final String catalogHash;
    /** The stages of one report, made when the first report is read (the gazetteer takes half a second to load). */
    private ReportPipeline reports;
    /** The theme catalogue of this build: the content folder's topics.yml, else (null until used) the shipped one. */
    private ThemeCatalog themes;
    private String themesHash = ThemeCatalog.defaultSourceHash();
    private final PrintStream log;
    private boolean progress;
    private boolean explain;
    private Warm warm;
    private volatile String aliasesHash;
    /** The results of this build by cache key, kept in {@link #warm} when the build completes. */
    private final Map<String, ReportFacts> results = new java.util.concurrent.ConcurrentHashMap<>();
    /** False once a report was read with other bytes than its key was taken from (it was being written). */
    private final java.util.concurrent.atomic.AtomicBoolean readAsKeyed = new java.util.concurrent.atomic.AtomicBoolean(true);

    /** {@code options} may be null for a build object that only reads single reports (see {@link ReportPipeline}). */
    public Build(Options options, Extractor extractor, PrintStream log) {
        this(options, () -> extractor, extractor.catalog().sourceHash(), log);
    }

    /**
     * With the extractor made only when a report has to be read; {@code catalogHash} is its catalogue's
     * {@code sourceHash()}.
     */
    public Build(Options options, Supplier<Extractor> extractor, String catalogHash, PrintStream log) {
        this.options = options;
        this.extractor = memoized(extractor);
        this.catalogHash = catalogHash;
        this.log = log;
    }

    /** A build with the shipped catalogue, parsed only if a report has to be read. */
    public static Build withShippedCatalog(Options options, PrintStream log) {
        return new Build(options, Extractor::withDefaultCatalog, Catalog.defaultSourceHash(), log);
    }

    private static <T> Supplier<T> memoized(Supplier<T> make) {
        return new Supplier<>() {
            private T made;

            @Override
            public synchronized T get() {
                if (made == null) made = make.get();
                return made;
            }
        };
    }

    private synchronized ThemeCatalog themes() {
        if (themes == null) themes = ThemeCatalog.loadDefault();
        return themes;
    }

    /** The report stages, with this build's aliases and themes: made on first use, by whichever thread reads first. */
    private synchronized ReportPipeline reports() {
        if (reports == null) {
            ReportPipeline made = options == null ? new ReportPipeline(extractor.get())
                    : ReportPipeline.forContent(extractor.get(), options.content(), log);
            // the pipeline reads the shipped themes already: its reader (an automaton of every word) is not built twice
            ThemeCatalog own = themes();
            reports = own == ThemeCatalog.loadDefault() ? made : made.withTopics(new TopicReader(own));
        }
        return reports;
    }

    /** Takes unchanged reports from, and leaves this build's results in, {@code warm} (a running watch). */
    public Build withWarm(Warm warm) {
        this.warm = warm;
        return this;
    }

    /** Says on the log why each file was made again (the command's --explain). */
    public Build withExplain(boolean explain) {
        this.explain = explain;
        return this;
    }

    /** Shows a progress bar on the log stream (only for a terminal: it rewrites one line with \r). */
    public Build withProgress(boolean progress) {
        this.progress = progress;
        return this;
    }

    /**
     * The build, stage by stage: the sources and their fingerprint; if nothing changed since the published build, done;
     * else every report (read, or from the cache), then data files, statistics, charts and pages into the staging
     * folder, which is switched in whole.
     */
    public Result run() throws IOException {
        Timing timing = new Timing(log);
        checkInputs();
        // The lock is taken first: a second build on the same output refuses at once, not after reading everything.
        try (SitePublisher publisher = SitePublisher.open(options.out())) {
            ReportCache cache = options.cache() == null ? null
                    : ReportCache.open(options.cache(), catalogHash, themesHash).resolvingPlacesUnder(aliases());
            Sources sources = sources(cache);
            timing.mark("sources (" + (cache == null ? sources.files().size() : cache.hashed()) + " hashed)");
            BuildMarker last = BuildMarker.read(publisher.output());
            if (explain) explainInputs(last, sources, cache);
            if (last != null && last.inputs().equals(sources.inputs())) return unchanged(last, sources, cache, publisher, timing);
            Reports reports = readAll(sources, cache);
            timing.mark("read, parse, place, extract");
            publisher.beginWriting();
            SiteOutput site = new SiteOutput(publisher.staging(), publisher.output(), pageInputs(), publisher.updatesInPlace());
            if (explain) site.explaining();
            int rendered = writeSite(sources, reports, site, timing);
            site.adoptOthers();
            site.write(BuildMarker.FILE, marker(sources, reports, site.written() + site.unchanged() + 1).text());
            site.writeManifest();
            publisher.publish();
            timing.mark("publish");
            site.explained().forEach((path, why) -> log.println(Printable.line("townstats: explain " + path + ": " + why)));
            if (cache != null) cache.prune();
            if (warm != null) warm.keep(results, aliases());
            return result(reports, timing, site.written(), site.unchanged(), rendered);
        }
    }

    /**
     * The first line of --explain: which of the site's inputs changed since the published build, the reports by name
     * (at most ten of each kind), or that none did.
     */
    private void explainInputs(BuildMarker last, Sources sources, ReportCache cache) {
        if (sources.parts() == null) {
            log.println("townstats: explain: a report too large or unreadable has no fingerprint: every report is read");
            return;
        }
        List<String> changed = BuildMarker.changedParts(last, sources.parts());
        if (last != null && !last.inputs().equals(sources.inputs()) && changed.isEmpty()) changed = List.of("a report was being written while the last build read it");
        List<String> said = new ArrayList<>();
        for (String part : changed) {
            if (!part.equals("reports") || cache == null) {
                said.add(part);
                continue;
            }
            List<String> kinds = new ArrayList<>();
            cache.sourceChanges().forEach((kind, names) -> {
                if (names.isEmpty()) return;
                String shown = String.join(", ", names.subList(0, Math.min(10, names.size())));
                kinds.add(kind + " " + names.size() + ": " + shown + (names.size() > 10 ? " …" : ""));
            });
            said.add("reports (" + String.join("; ", kinds) + ")");
        }
        log.println(Printable.line("townstats: explain: " + (said.isEmpty() ? "nothing changed since the published build: no file is made again"
                : "changed since the published build: " + String.join("; ", said))));
    }

    /** A bad townstats.yml or content/topics.yml, or an output that overlaps the inputs, fails the build at once. */
    private void checkInputs() throws IOException {
        checkOutput(options);
        SiteSettings.load(options.content());
        if (ThemeCatalog.hasOwn(options.content())) {
            themes = ThemeCatalog.forContent(options.content());
            themesHash = themes.sourceHash();
        }
    }

    /**
     * The report files with their keys, the files refused (links out of the content), the Markdown pages, and the
     * fingerprint of all the site is made from.
     */
    private record Sources(Path reportsDir, List<Path> files, List<String> keys, List<Skipped> refused, List<Path> pages,
                           Map<String, String> parts) {
        /** The fingerprint of all the parts; null when some report has no key. */
        String inputs() {
            return parts == null ? null : Hashes.of(parts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new));
        }
    }

    private Sources sources(ReportCache cache) throws IOException {
        Path reportsDir = options.content().resolve("reports");
        ContentFiles.Found found = ReportFinder.scan(reportsDir, options.content());
        // A Markdown page linked from outside the content is left out of the site (MarkdownPages does) and said here.
        ContentFiles.Found pages = MarkdownPages.find(options.content().resolve("pages"));
        List<String> keys = found.files().parallelStream()
                .map(f -> cache == null ? ReportCache.keyWithoutCache(reportsDir, f) : cache.keyOf(reportsDir, f)).toList();
        List<Skipped> refused = new ArrayList<>(refused(reportsDir, found));
        refused.addAll(refused(reportsDir, pages));
        return new Sources(reportsDir, found.files(), keys, List.copyOf(refused), pages.files(),
                inputParts(keys, refused, pages.files()));
    }

    /** Nothing the site is made from changed since the published build: it is left as it is, no report decoded. */
    private Result unchanged(BuildMarker last, Sources sources, ReportCache cache, SitePublisher publisher, Timing timing)
            throws IOException {
        for (Skipped s : last.skipped()) log.println(s.line());
        if (warm != null && warm.size() == 0) hold(sources, cache, timing);
        if (cache != null) cache.keepAsIs();
        timing.mark("unchanged: nothing to write");
        return new Result(List.of(), last.skipped(), last.facts(), last.warnings(), timing.millis(), 0, last.reports(), 0,
                last.files(), 0);
    }

    /**
     * A watch starting on a site that is up to date: every report taken into memory (from the cache) and ranked, as a
     * build would, so that its first rebuild decodes and ranks only what changed. Nothing is written.
     */
    private void hold(Sources sources, ReportCache cache, Timing timing) {
        Reports read = readAll(sources, cache);
        warm.keep(results, aliases());
        timing.mark("reports held in memory for the next build");
        Analyzer.analyze(read.reports(), extractor.get().catalog(), themes(), warm.rankings);
        timing.mark("rankings held in memory for the next build");
    }

    /** The reports of a build: read, or from the cache; the files skipped with their reasons (refused ones first). */
    private record Reports(List<ReportFacts> reports, List<Skipped> skipped, int cached) {
    }

    private Reports readAll(Sources sources, ReportCache cache) {
        List<Path> files = sources.files();
        Progress bar = new Progress(progress ? log : null, files.size());
        List<Outcome> outcomes = java.util.stream.IntStream.range(0, files.size()).parallel().mapToObj(i -> {
            Outcome o = readOne(sources.reportsDir(), files.get(i), sources.keys().get(i), cache);
            bar.step();
            return o;
        }).toList();
        bar.done();
        List<ReportFacts> reports = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>(sources.refused());
        int cached = 0;
        for (Outcome o : outcomes) {
            if (o.report() != null) reports.add(o.report());
            else skipped.add(o.skipped());
            if (o.cached()) cached++;
        }
        for (Skipped s : skipped) log.println(s.line());
        // the one place that decides which figures are kept out of the rankings (every later stage honours it)
        return new Reports(DataQuality.check(reports), List.copyOf(skipped), cached);
    }

    /** What this build is made from and said; a report being written while read is not what its key says: looked at again. */
    private BuildMarker marker(Sources sources, Reports reports, int files) {
        Result summary = result(reports, null, 0, 0, 0);
        return new BuildMarker(readAsKeyed.get() && sources.inputs() != null ? sources.inputs() : "read while changing",
                sources.parts() == null ? Map.of() : sources.parts(), reports.reports().size(), summary.facts(), summary.warnings(), files,
                reports.skipped());
    }

    /** Data files, statistics, charts and pages; returns the pages rendered. */
    private int writeSite(Sources sources, Reports read, SiteOutput site, Timing timing) throws IOException {
        List<ReportFacts> reports = read.reports();
        DataExport.writeAll(reports, site);
        timing.mark("data files");
        Catalog catalog = extractor.get().catalog();
        ChartCache charts = options.cache() == null ? null : ChartCache.open(options.cache(), catalog.sourceHash());
        Analysis analysis = writeStatistics(reports, catalog, themes(), warm == null ? null : warm.rankings, site, options.exports());
        timing.mark("statistics");
        SiteCharts drawn = SiteCharts.draw(analysis, catalog, reports, new Charts(catalog).withStore(charts == null ? ChartStore.NONE : charts));
        timing.mark("charts");
        Map<String, Path> files = new java.util.HashMap<>();
        for (Path file : sources.files()) files.put(ContentFiles.relative(sources.reportsDir(), file), file);
        SiteWriter writer = new SiteWriter(options.theme(), catalog, options.content())
                .withTexts(r -> textOf(sources.reportsDir(), files, r));
        // the tables for Excel, in the pages' wording, only when asked: before the pages, whose downloads list them
        if (options.exports()) Tables.writeAll(reports, analysis, catalog, writer.wording(reports, analysis), site);
        int rendered = writer.write(reports, read.skipped(), analysis, drawn, site);
        timing.mark("pages (" + rendered + " rendered)");
        if (charts != null) charts.prune();
        return rendered;
    }

    /** The summary of a build that wrote {@code written} files and kept {@code unchanged}; {@code timing} null: no time. */
    private static Result result(Reports read, Timing timing, int written, int unchanged, int rendered) {
        List<ReportFacts> reports = read.reports();
        int facts = reports.stream().mapToInt(r -> r.facts().size()).sum();
        int warnings = reports.stream().mapToInt(r -> r.warnings().size() + r.issues().size()).sum() + read.skipped().size();
        return new Result(reports, read.skipped(), facts, warnings, timing == null ? 0 : timing.millis(),
                reports.size() - read.cached(), read.cached(), written, unchanged, rendered);
    }

    /**
     * Everything a site is made from, known before a report is read, by name: the program, the theme (its assets too:
     * they are copied into the site), the catalogues, every report's path and the hash of its bytes and sidecar (its
     * cache key; without a cache, hashed now), the files refused, the Markdown pages, the settings and aliases, and
     * whether the tables are exported. Null when a report has no key (a file too large or unreadable): then every
     * build reads.
     */
    private Map<String, String> inputParts(List<String> keys, List<Skipped> refused, List<Path> pages) throws IOException {
        if (keys.contains(null)) return null;
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("program", CodeVersion.hash());
        parts.put("theme", Hashes.ofTree(options.theme()));
        parts.put("catalogues", readingInputs());
        parts.put("reports", Hashes.of(keys.toArray(String[]::new)));
        parts.put("refused files", Hashes.of(refused.stream().map(Skipped::toString).toArray(String[]::new)));
        List<String> pageHashes = new ArrayList<>();
        for (Path p : pages) pageHashes.add(p.getFileName() + "=" + Hashes.sha256(Files.readAllBytes(p)));
        parts.put("pages", Hashes.of(pageHashes.toArray(String[]::new)));
        List<String> settings = new ArrayList<>();
        for (Path p : List.of(options.content().resolve("aliases.yml"), options.content().toAbsolutePath().getParent().resolve("townstats.yml"),
                Path.of("townstats.yml"))) {
            if (Files.isRegularFile(p)) settings.add(p + "=" + Hashes.sha256(Files.readAllBytes(p)));
        }
        parts.put("settings and aliases", Hashes.of(settings.toArray(String[]::new)));
        parts.put("exports", String.valueOf(options.exports()));
        return parts;
    }

    /**
     * The rankings per indicator and year (data/rankings/) and analysis.json from the comparative statistics;
     * with {@code exports} also the combined rankings.json.
     */
    private static Analysis writeStatistics(List<ReportFacts> reports, Catalog catalog, ThemeCatalog themes, Ranker.Memo rankings,
                                            SiteOutput site, boolean exports) throws IOException {
        Analysis analysis = Analyzer.analyze(reports, catalog, themes, rankings);
        RankingsJson.writeSplit(analysis, site);
        Map<String, SiteFiles.Writing> files = new LinkedHashMap<>();
        files.put("data/analysis.json", out -> AnalysisJson.write(analysis, out));
        files.put("data/topics.json", out -> TopicsJson.write(analysis.topics(), reports, out));
        if (exports) {
            files.put("data/rankings.json", out -> RankingsJson.write(analysis, out));
        }
        site.writeAll(files);
        return analysis;
    }

    /**
     * The output is replaced wholesale: it must not hold, or be inside, the inputs or the cache, and an existing
     * one must be a site (see {@link SitePublisher#refuseNonSite}). Checked by every build; {@code serve} checks first.
     */
    public static void checkOutput(Options options) throws IOException {
        Path out = options.out().toAbsolutePath().normalize();
        Map<String, Path> inputs = new LinkedHashMap<>();
        inputs.put("content", options.content());
        inputs.put("theme", options.theme());
        if (options.cache() != null) inputs.put("cache", options.cache());
        for (Map.Entry<String, Path> e : inputs.entrySet()) {
            Path in = e.getValue().toAbsolutePath().normalize();
            if (in.startsWith(out) || out.startsWith(in)) {
                throw new IOException("--out " + options.out() + " overlaps the " + e.getKey() + " folder " + e.getValue()
                        + "; the output must be a folder of its own");
            }
        }
        SitePublisher.refuseNonSite(out);
    }

    /**
     * What every page depends on: the code from the statistics on, the theme's templates and words (not its assets,
     * which pages only link: a changed style sheet is copied, and no page is rendered again) and the catalogue.
     */
    private String pageInputs() throws IOException {
        return Hashes.of(CodeVersion.hash(CodeVersion.Scope.PAGES), Hashes.ofTree(options.theme().resolve("templates")),
                themeWords(), readingInputs());
    }

    /** The catalogues a report is read with: other indicators or other themes, other results. */
    private String readingInputs() {
        return Hashes.of(catalogHash, themesHash);
    }

    /** The theme's messages files (its words), hashed by name and bytes. */
    private String themeWords() throws IOException {
        List<String> parts = new ArrayList<>();
        try (java.util.stream.Stream<Path> files = Files.list(options.theme())) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                parts.add(f.getFileName() + "=" + Hashes.sha256(Files.readAllBytes(f)));
            }
        }
        return Hashes.of(parts.toArray(String[]::new));
    }

    /**
     * Files refused before reading (links out of the content), named like reports: relative to the reports folder, so a
     * Markdown page is {@code ../pages/NAME.md}.
     */
    private static List<Skipped> refused(Path reportsDir, ContentFiles.Found found) {
        return found.refused().stream().map(r -> new Skipped(ContentFiles.relative(reportsDir, r.file()), r.reason()))
                .toList();
    }

    /** A report read or taken from the cache in this build, held for the next one in a running watch. */
    private Outcome remember(String key, Outcome o) {
        if (key != null && o.report() != null) results.put(key, o.report());
        return o;
    }

    /**
     * The aliases file's bytes, hashed once a build: a place is resolved under them; and the theme catalogue, which
     * content/topics.yml may change while watch runs: a report held is kept only under both.
     */
    private String aliases() {
        String a = aliasesHash;
        if (a == null) {
            Path file = options.content().resolve("aliases.yml");
            try {
                a = Files.isRegularFile(file) ? Hashes.sha256(Files.readAllBytes(file)) : "none";
            } catch (IOException e) {
                a = "unreadable";
            }
            a += " " + themesHash;
            aliasesHash = a;
        }
        return a;
    }

    /** Either a report's facts or the reason it was skipped. */
    private record Outcome(ReportFacts report, Skipped skipped, boolean cached) {
    }

    private Outcome readOne(Path reportsDir, Path file, String key, ReportCache cache) {
        String source = ContentFiles.relative(reportsDir, file);
        try {
            // a running watch holds the report as the last build left it (its place resolved with the same aliases)
            ReportFacts held = warm != null ? warm.get(key, aliases()) : null;
            if (held != null) {
                if (cache != null) cache.keep(key);
                results.put(key, held);
                return new Outcome(held, null, true);
            }
            ReportCache.Hit hit = cache == null ? null : cache.lookup(key);
            if (hit != null) {
                // a place resolved under other aliases (content/aliases.yml) is resolved again, and stored so
                ReportFacts cached = hit.report();
                if (!hit.placeCurrent()) {
                    cached = reports().placeAgain(cached);
                    cache.put(key, cached);
                }
                return remember(key, new Outcome(kept(cached), null, true));
            }
            Report report = ReportReader.read(reportsDir, file);
            ReportFacts fresh = requireFinite(reports().run(report)).compact();
            // Stored only if the file read is the file hashed: one changed in between (being copied) is not cached.
            boolean whole = key != null && key.equals(ReportCache.keyOf(source, report.contentHash()));
            if (!whole) readAsKeyed.set(false);
            if (cache != null && whole) cache.put(key, fresh);
            Outcome read = new Outcome(kept(fresh), null, false);
            return whole ? remember(key, read) : read;
        } catch (BadInputException e) {
            return new Outcome(null, new Skipped(source, e.getMessage()), false);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug must not take the whole site down: report it against the file and go on. (A runaway
            // regular expression of the catalogue on one odd text overflows the stack of that report only.)
            return new Outcome(null, new Skipped(source, "internal error: " + e), false);
        }
    }

    /**
     * What the build holds of a report until its page is written: no text (it is read again for the page: 40,000 texts
     * would take a gigabyte of memory), except a scan's, which only OCR can read again, at seconds a page.
     */
    private static ReportFacts kept(ReportFacts r) {
        return r.document().report().scanned() ? r : r.withoutText();
    }

    /**
     * The data files and statistics take every figure as a finite number; one that is not (an extractor bug) would fail
     * the whole build in a later stage, so it fails this report here instead, where it is skipped with the reason.
     */
    static ReportFacts requireFinite(ReportFacts r) {
        for (Fact f : r.facts()) {
            for (Double d : new Double[] {f.value(), f.growth()}) {
                if (d != null && !Double.isFinite(d)) {
                    throw new IllegalStateException(f.indicator() + " read as " + d + " at offset " + f.offset());
                }
            }
        }
        return r;
    }

    /**
     * A report's cleaned text, read again for its page from the very file first read ({@code read}: the scan's files by
     * source), never from a path made again of its name; null when the file changed or went away since it was
     * extracted (its facts would no longer point into it).
     */
    private static String textOf(Path reportsDir, Map<String, Path> read, ReportFacts r) {
        Report kept = r.document().report();
        if (kept.text() != null) return kept.text();
        Path file = read.get(kept.source());
        if (file == null) return null;
        try {
            Report again = ReportReader.read(reportsDir, file);
            return again.contentHash().equals(kept.contentHash()) ? again.text() : null;
        } catch (BadInputException e) {
            return null;
        }
    }
}
