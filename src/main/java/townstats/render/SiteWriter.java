package townstats.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import townstats.analyze.Analysis;
import townstats.analyze.FactSelector;
import townstats.chart.SiteCharts;
import townstats.catalog.Catalog;
import townstats.export.Tables;
import townstats.model.ReportFacts;
import townstats.util.Parallel;
import townstats.util.SiteFiles;

/**
 * Writes the site's pages into the staging folder: the one entry point of the render stage.
 *
 * <pre>
 *   new SiteWriter(theme, catalog, contentDir).write(reports, skipped, analysis, charts, siteOutput)
 * </pre>
 * The pages show the analyze stage's result as it is: every rank, figure and flag comes from the {@link Analysis}
 * (a town's figures from {@link townstats.analyze.Analyzer#figures}, the rule the statistics used), the images from
 * the charts stage. Every file goes through {@link SiteFiles}.
 */
public final class SiteWriter {
    /** A link to a report, as lists show it. */
    public record ReportLink(String title, String town, String county, String year, String href, String townHref, int facts) {
    }

    public record Named(String name, String href) {
    }

    public record Problem(String name, String href, List<String> items) {
    }

    public record Coverage(String name, List<CoverageCell> cells) {
    }

    public record CoverageCell(int have, int of, boolean low, String href) {
    }

    public record DataFile(String name, String href, String desc, String size) {
    }

    private final SiteRenderer renderer;
    private final Catalog catalog;
    private final Path theme;
    private final Path content;
    /** Gives a report's cleaned text when its document no longer holds it (null: the text is unavailable). */
    private java.util.function.Function<ReportFacts, String> texts = r -> r.document().report().text();

    public SiteWriter(Path theme, Catalog catalog) throws IOException {
        this(theme, catalog, null);
    }

    /** @param content the content folder (reports/ and pages/ in it), or null: no originals or Markdown pages */
    public SiteWriter(Path theme, Catalog catalog, Path content) throws IOException {
        this.renderer = new SiteRenderer(theme);
        this.catalog = catalog;
        this.theme = theme;
        this.content = content;
    }

    /** Where report pages get a text the build did not keep in memory (see {@code Report.withoutText}). */
    public SiteWriter withTexts(java.util.function.Function<ReportFacts, String> texts) {
        this.texts = texts;
        return this;
    }

    /**
     * The pages' wording (indicator, peer group, measure and flag names, a report's notices) for the export
     * tables, so the workbook says what the pages say; nothing is written.
     */
    public Tables.Wording wording(List<ReportFacts> reports, Analysis analysis) throws IOException {
        SiteSettings settings = SiteSettings.load(content);
        return new SiteContext(renderer, null, catalog, new SiteIndex(reports), analysis, SiteCharts.NONE,
                Messages.load(theme, settings.language()), settings);
    }

    /** Writes the pages; returns how many were rendered (the others kept as published, by their inputs). */
    public int write(List<ReportFacts> reports, List<?> skipped, Analysis analysis, SiteCharts charts, SiteFiles site)
            throws IOException {
        SiteSettings settings = SiteSettings.load(content);
        Map<String, String> msg = Messages.load(theme, settings.language());
        SiteIndex index = new SiteIndex(reports);
        SiteContext ctx = new SiteContext(renderer, site, catalog, index, analysis, charts, msg, settings);
        renderer.copyAssets(site);
        List<MarkdownPages.Page> mdPages = MarkdownPages.readAll(theme.resolve("pages"), content == null ? null : content.resolve("pages"),
                townstats.analyze.Methodology.placeholders(catalog));
        mdPages.forEach(p -> ctx.mdPages.put(p.name(), p.title()));

        ReportPages reportPages = new ReportPages(ctx, content == null ? null : content.resolve("reports").toAbsolutePath(), texts);
        Map<String, String> originals = new java.util.concurrent.ConcurrentHashMap<>();
        Parallel.forEach(reports, r -> {
            String original = reportPages.write(r);
            if (original != null) originals.put(r.reportId(), original);
        });
        writeTowns(ctx, originals);
        Map<String, Integer> rankedIndicators = writeRankings(ctx, reports);
        new TopicPages(ctx).writeAll();

        writeReportsIndex(ctx, reports);
        writeHome(ctx, reports);
        for (MarkdownPages.Page p : mdPages) {
            ctx.page(p.name() + ".html", "markdown.ftlh", p.title(), List.of(ctx.home(), new SiteContext.Crumb(p.title(), null)),
                    Map.of("html", p.html()));
        }
        writeQuality(ctx, reports, skipped);
        new ReviewPage(ctx).write(reports);
        writeDownloads(ctx, reports);
        ctx.page("search.html", "search.ftlh", msg.get("search.title"),
                List.of(ctx.home(), new SiteContext.Crumb(msg.get("nav.search"), null)), Map.of());
        ctx.page("compare.html", "compare.ftlh", msg.get("compare.title"),
                List.of(ctx.home(), new SiteContext.Crumb(msg.get("nav.compare"), null)), Map.of());
        ctx.page("404.html", "404.ftlh", msg.get("notfound.title"), List.of(ctx.home()), Map.of());
        site.write("assets/search-index.js", searchIndex(ctx, rankedIndicators).script());
        writeSitemap(ctx);
        return ctx.rendered.get();
    }

    /* The page builders below index the rankings by report and by page: built in their own methods, so that at
       national scale those indexes (millions of entries) are garbage before the next pages are written. */

    private static void writeTowns(SiteContext ctx, Map<String, String> originals) throws IOException {
        TownPages townPages = new TownPages(ctx, originals);
        // the towns index: every town, paged beyond the row budget
        ctx.pagedList("towns/index.html", "towns.ftlh", ctx.msg.get("towns.title"),
                List.of(ctx.home(), new SiteContext.Crumb(ctx.msg.get("nav.towns"), null)), Map.of(), "towns", ctx.index.towns());
        Parallel.forEach(ctx.index.towns(), townPages::write);
    }

    /** Writes the ranking pages; returns each indicator with a page and its latest year, for the search index. */
    private static Map<String, Integer> writeRankings(SiteContext ctx, List<ReportFacts> reports) throws IOException {
        RankingPages rankingPages = new RankingPages(ctx, reports);
        rankingPages.writeAll();
        return rankingPages.latestYear();
    }

    private static List<ReportLink> links(SiteContext ctx, List<ReportFacts> reports) {
        List<ReportFacts> sorted = new ArrayList<>(reports);
        sorted.sort(Comparator.comparing((ReportFacts r) -> r.document().year() == null ? Integer.MIN_VALUE : r.document().year())
                .reversed().thenComparing(r -> ctx.index.town(r.reportId()).slug()));
        return sorted.stream().map(r -> new ReportLink(ctx.reportTitle(r), r.document().town(),
                ctx.index.town(r.reportId()).county(),
                r.document().year() == null ? ctx.msg.get("year.unknown") : r.document().year() + "年",
                ctx.index.reportHref(r.reportId()), ctx.index.townHref(r.reportId()), r.facts().size())).toList();
    }

    private void writeHome(SiteContext ctx, List<ReportFacts> reports) throws IOException {
        TreeSet<Integer> years = new TreeSet<>();
        TreeSet<String> counties = new TreeSet<>();
        for (ReportFacts r : reports) {
            if (r.document().year() != null) years.add(r.document().year());
        }
        for (SiteIndex.Town t : ctx.index.towns()) {
            // an anonymised report's county is often masked too (*县): not counted
            if (t.county() != null && !t.anonymised()) counties.add(t.county());
        }
        Map<String, Object> m = new HashMap<>();
        m.put("years", List.copyOf(years.descendingSet()));
        m.put("counties", List.copyOf(counties));
        m.put("townCount", ctx.index.towns().size());
        m.put("reportCount", reports.size());
        m.put("factCount", reports.stream().mapToInt(r -> r.facts().size()).sum());
        List<ReportLink> all = links(ctx, reports);
        m.put("latest", all.subList(0, Math.min(8, all.size())));
        // the home page names at most 60 towns; the towns index lists them all
        m.put("towns", ctx.index.towns().subList(0, Math.min(60, ctx.index.towns().size())));
        m.put("hasComposite", !ctx.analysis.compositeIndex().isEmpty());
        m.put("coverage", coverage(ctx, reports));
        ctx.page("index.html", "index.ftlh", ctx.settings.title(), List.of(new SiteContext.Crumb(ctx.msg.get("nav.home"), null)), m);
    }

    /**
     * What the site covers, for the home and downloads pages only: the years, the number of reports and towns, and the
     * date of the data. That date is the day the newest report file (or its sidecar) was last changed, not the day of
     * the build: a build that changes nothing must write the same bytes (an unchanged site keeps its files, and an
     * incremental build equals a clean one byte for byte), and a wall-clock date would change these pages at every
     * build. A report replaced by an older file or removed can leave the date where it was.
     */
    private String coverage(SiteContext ctx, List<ReportFacts> reports) {
        TreeSet<Integer> years = new TreeSet<>();
        for (ReportFacts r : reports) if (r.document().year() != null) years.add(r.document().year());
        String span = years.isEmpty() ? ctx.msg.get("year.unknown")
                : years.first() + (years.size() > 1 ? "—" + years.last() : "") + "年";
        String line = ctx.msg.get("site.coverage").replace("{0}", span).replace("{1}", String.valueOf(reports.size()))
                .replace("{2}", String.valueOf(ctx.index.towns().size()));
        java.time.LocalDate date = dataDate(reports);
        return date == null ? line : line + ctx.msg.get("site.dataDate").replace("{0}",
                date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日");
    }

    /** The day the newest report or sidecar file was last changed (the system's time zone); null without a content folder. */
    private java.time.LocalDate dataDate(List<ReportFacts> reports) {
        if (content == null) return null;
        Path folder = content.resolve("reports");
        long newest = Long.MIN_VALUE;
        for (ReportFacts r : reports) {
            Path file = folder.resolve(r.document().report().source());
            String name = file.getFileName().toString();
            Path sidecar = file.resolveSibling((name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name) + ".yml");
            for (Path f : List.of(file, sidecar)) {
                try {
                    newest = Math.max(newest, Files.getLastModifiedTime(f).toMillis());
                } catch (IOException e) {
                    // no sidecar, or a file gone since it was read: the others date the data
                }
            }
        }
        return newest == Long.MIN_VALUE ? null
                : java.time.Instant.ofEpochMilli(newest).atZone(java.time.ZoneId.systemDefault()).toLocalDate();
    }

    private void writeReportsIndex(SiteContext ctx, List<ReportFacts> reports) throws IOException {
        ctx.pagedList("reports/index.html", "reports.ftlh", ctx.msg.get("reports.title"),
                List.of(ctx.home(), new SiteContext.Crumb(ctx.msg.get("nav.reports"), null)), Map.of(), "reports", links(ctx, reports));
    }

    private void writeQuality(SiteContext ctx, List<ReportFacts> reports, List<?> skipped) throws IOException {
        List<Problem> warned = new ArrayList<>();
        List<Named> anonymised = new ArrayList<>();
        List<Named> yearUnknown = new ArrayList<>();
        for (ReportFacts r : reports) {
            String label = r.document().town() + " · " + ctx.reportTitle(r);
            String href = ctx.index.reportHref(r.reportId());
            if (!r.warnings().isEmpty()) warned.add(new Problem(label, href, r.warnings()));
            if (r.document().year() == null) yearUnknown.add(new Named(label, href));
        }
        for (SiteIndex.Town t : ctx.index.towns()) {
            if (t.anonymised()) anonymised.add(new Named(t.name(), t.href()));
        }
        List<Named> skippedRows = new ArrayList<>();
        for (Object s : skipped) {
            // Build.Skipped prints as "source: reason"; the page says the reason in the theme's words
            String text = String.valueOf(s);
            int colon = text.indexOf(": ");
            skippedRows.add(new Named(colon < 0 ? text : text.substring(0, colon) + "：" + skipReason(ctx.msg, text.substring(colon + 2)), null));
        }
        // coverage: how many of a year's reports give a non-target figure of each indicator; an indicator
        // is listed when fewer than half of some year's reports give it
        List<Coverage> low = new ArrayList<>();
        Map<Integer, List<ReportFacts>> byYear = new TreeMap<>(Comparator.reverseOrder());
        reports.stream().filter(r -> r.document().year() != null)
                .forEach(r -> byYear.computeIfAbsent(r.document().year(), k -> new ArrayList<>()).add(r));
        for (String id : catalog.indicators().keySet()) {
            List<CoverageCell> cells = new ArrayList<>();
            boolean isLow = false;
            for (var e : byYear.entrySet()) {
                int have = 0;
                for (ReportFacts r : e.getValue()) {
                    if (r.facts().stream().anyMatch(f -> f.indicator().equals(id) && FactSelector.isAchievement(f))) have++;
                }
                boolean lowHere = have * 2 < e.getValue().size();
                isLow |= lowHere;
                cells.add(new CoverageCell(have, e.getValue().size(), lowHere,
                        have == 0 ? null : ctx.rankingHref(id, e.getKey())));
            }
            if (isLow) low.add(new Coverage(ctx.indicatorName(id), cells));
        }
        // the quality stage's issues (what keeps figures out of the rankings), then what the statistics found
        List<Problem> notes = new ArrayList<>();
        for (ReportFacts r : reports) {
            for (townstats.model.QualityIssue issue : r.issues()) {
                if (issue.kind() == townstats.model.QualityIssue.Kind.YEAR_UNKNOWN) continue; // listed in its own section
                String label = r.document().town() + " · " + ctx.reportTitle(r);
                notes.add(new Problem(label, ctx.index.reportHref(r.reportId()), List.of(ctx.issueLine(issue))));
            }
        }
        for (townstats.analyze.DataQualityFlag n : ctx.analysis.dataQualityFlags()) {
            ReportFacts r = ctx.index.report(n.report());
            String label = (r == null ? n.report() : r.document().town() + " · " + ctx.reportTitle(r))
                    + (n.indicator() == null ? "" : " · " + ctx.indicatorName(n.indicator()));
            notes.add(new Problem(label, r == null ? null : ctx.index.reportHref(n.report()), List.of(n.message())));
        }
        // the lists of reports flow through pages of the row budget, in the order the page shows them; the coverage
        // table (indicators × years, not reports) stays on the first page
        Map<String, List<?>> lists = new java.util.LinkedHashMap<>();
        lists.put("skipped", skippedRows);
        lists.put("yearUnknown", yearUnknown);
        lists.put("anonymised", anonymised);
        lists.put("notes", notes);
        lists.put("warned", warned);
        List<String> keys = List.copyOf(lists.keySet());
        List<Integer> sizes = keys.stream().map(k -> lists.get(k).size()).toList();
        int budget = ctx.rankingLayout.budget();
        int total = sizes.stream().mapToInt(Integer::intValue).sum();
        for (Paging.Page page : Paging.flow(sizes, budget)) {
            Map<String, Object> m = new HashMap<>();
            Map<String, Integer> counts = new HashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                Paging.Slice slice = page.of(i);
                // a list shown on this page: its rows here; one on other pages only: absent (the template skips it)
                if (slice != null) m.put(keys.get(i), lists.get(keys.get(i)).subList(slice.from(), slice.to()));
                counts.put(keys.get(i), sizes.get(i));
            }
            m.put("counts", counts);
            m.put("lowCoverage", page.number() == 1 ? low : null);
            m.put("coverageYears", List.copyOf(byYear.keySet()));
            m.put("pager", Paging.pager("quality.html", page, budget, total));
            ctx.page(Paging.address("quality.html", page.number()), "quality.ftlh",
                    ctx.msg.get("quality.title") + (page.number() == 1 ? "" : " · " + ctx.pageLabel(page)),
                    List.of(ctx.home(), new SiteContext.Crumb(ctx.msg.get("nav.quality"), null)), m);
        }
    }

    /**
     * A skipped file's reason as an official reads it: the messages' {@code skip.reason.N} entries ({@code english
     * start|中文}) by the start of the reason the log prints, with what follows it (a file's extension, the other file's
     * name) kept; a reason without an entry is said in general words ({@code skip.reason.other}).
     */
    public static String skipReason(Map<String, String> msg, String reason) {
        for (int i = 1; msg.containsKey("skip.reason." + i); i++) {
            String[] entry = msg.get("skip.reason." + i).split("\\|", 2);
            if (reason.startsWith(entry[0])) {
                String rest = reason.substring(entry[0].length()).strip();
                for (String end : new String[] {", ", ": "}) if (rest.contains(end)) rest = rest.substring(0, rest.indexOf(end));
                // only a file name or extension is carried over (.xlsx, 潭头镇2022.docx), never English words
                return entry[1].replace("{0}", rest.matches("[^\\sA-Za-z]*|\\S*\\.[A-Za-z0-9]+") ? rest : "");
            }
        }
        return msg.get("skip.reason.other");
    }

    /** Lists whatever the build put in data/ (facts.csv, facts.json ... and the statistics files, when written). */
    private void writeDownloads(SiteContext ctx, List<ReportFacts> reports) throws IOException {
        List<DataFile> files = new ArrayList<>();
        Path data = ctx.out.root().resolve("data");
        // the files this build wrote directly in data/, and the index of the rankings split per indicator and year
        List<String> listed = new ArrayList<>(ctx.out.filesIn("data"));
        String rankingsIndex = townstats.export.RankingsJson.SPLIT_DIR + "index.json";
        if (ctx.out.filesIn(rankingsIndex.substring(0, rankingsIndex.lastIndexOf('/'))).contains(rankingsIndex)) listed.add(rankingsIndex);
        for (String path : listed) {
            String name = path.substring("data/".length());
            long size = Files.size(ctx.out.root().resolve(path));
            files.add(new DataFile(name, path, ctx.msg.getOrDefault("download." + name, ""),
                    size < 1024 ? size + " B" : String.format("%.1f KB", size / 1024.0)));
        }
        ctx.page("downloads.html", "downloads.ftlh", ctx.msg.get("downloads.title"),
                List.of(ctx.home(), new SiteContext.Crumb(ctx.msg.get("nav.downloads"), null)),
                // the introduction promises the Excel tables only when they were written (--exports)
                Map.of("files", files, "intro", ctx.msg.get(listed.contains("data/townstats.xlsx")
                        ? "downloads.intro" : "downloads.introWithoutTables"), "coverage", coverage(ctx, reports)));
    }

    private SearchIndex searchIndex(SiteContext ctx, Map<String, Integer> rankedIndicators) {
        SearchIndex s = new SearchIndex();
        for (SiteIndex.Town t : ctx.index.towns()) {
            String desc = String.join(" ", Stream.of(t.province(), t.city(), t.county()).filter(x -> x != null).toList());
            s.add(t.name(), ctx.msg.get("search.kind.town"), desc, t.href(), t.name(), t.county(), t.city(), t.province());
            for (ReportFacts r : t.reports()) {
                String year = r.document().year() == null ? ctx.msg.get("year.unknown") : r.document().year() + "年";
                s.add(ctx.reportTitle(r), ctx.msg.get("search.kind.report"), t.name() + " · " + year,
                        ctx.index.reportHref(r.reportId()), t.name(), t.county(), year);
            }
        }
        rankedIndicators.forEach((id, year) -> s.add(ctx.indicatorName(id), ctx.msg.get("search.kind.indicator"),
                year + "年 · " + ctx.indicatorUnit(id), SiteIndex.rankingHref(id, year), ctx.indicatorName(id), id));
        return s;
    }

    /** sitemap.xml needs absolute URLs, so it is written only when townstats.yml sets base_url. */
    private void writeSitemap(SiteContext ctx) throws IOException {
        if (ctx.settings.baseUrl() == null) return;
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String p : new TreeSet<>(ctx.pages)) {
            if (p.equals("404.html")) continue;
            sb.append("  <url><loc>").append(ReportHtml.escape(ctx.settings.baseUrl() + p)).append("</loc></url>\n");
        }
        sb.append("</urlset>\n");
        ctx.out.write("sitemap.xml", sb.toString());
    }
}
