package townstats.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import townstats.model.Document;
import townstats.analyze.FactSelector;
import townstats.model.Fact;
import townstats.model.Heading;
import townstats.model.ReportFacts;
import townstats.util.Hashes;

/** The report reader: reports/SLUG/index.html with the full text, plus original.EXT and facts.csv beside it. */
public final class ReportPages {
    /**
     * A fact as the reader's table shows it; {@code markId} is null when its span is not highlighted; {@code checks} how it
     * was read and checked (识别自扫描件 97%, 识别存疑).
     */
    public record FactRow(int n, String markId, String indicator, String name, String value, String unit, String growth,
                   String period, String qualifier, String section, boolean target, String href, String quote, List<String> checks) {
    }

    /** A heading for the outline: anchor id and indent level. */
    public record OutlineItem(int level, String marker, String title, String anchor) {
    }

    private final SiteContext ctx;
    private final Path reportsDir;

    private final java.util.function.Function<ReportFacts, String> texts;

    ReportPages(SiteContext ctx, Path reportsDir, java.util.function.Function<ReportFacts, String> texts) {
        this.ctx = ctx;
        this.reportsDir = reportsDir;
        this.texts = texts;
    }

    /** Writes the reader and its downloads; returns the original file's name beside the page, or null. */
    String write(ReportFacts r) throws IOException {
        Document d = r.document();
        String dir = ctx.index.reportDir(r.reportId());
        String original = copyOriginal(r, dir);
        // A page made from the same report, facts and town is kept as published: after one report is added to a
        // large site, the others' readers are neither rendered nor compared again.
        // all the pages show of the report itself (its facts, notices and text), printed once for every page showing it
        String report = ctx.reportPrint(r);
        String csvInputs = Hashes.of("facts.csv", report);
        if (!ctx.out.reuseIfUnchanged(dir + "facts.csv", csvInputs)) {
            ctx.out.write(dir + "facts.csv", townstats.export.Tables.reportFactsCsv(r, ctx).getBytes(StandardCharsets.UTF_8), csvInputs);
        }
        SiteIndex.Town town = ctx.index.town(r.reportId());
        // its year's page of the profile: index.html until a newer report of the town comes, then 2022.html
        String townHref = ctx.index.townHref(r.reportId());
        // the links of its figures too (one per fact, found once): a ranking page appears, goes or pages as others change
        List<String> links = r.facts().stream().map(f -> rankingHref(r, f, d.year())).toList();
        // the sentences the 共性问题 pages link to (#s-START), wrapped so that the one a link leads to is highlighted
        List<ReportHtml.Said> said = said(r);
        String inputs = Hashes.of(report, links.toString(), said.toString(), ctx.reportTitle(r), town.name(), town.county(), townHref,
                original);
        if (ctx.reuse(dir + "index.html", inputs)) return original;

        String text = texts.apply(r);
        List<String> warnings = ctx.notices(r);
        List<ReportHtml.Mark> marks = new ArrayList<>();
        if (text == null) {
            // The file changed or vanished during the build: no text to mark up; the next build shows the new one.
            text = "";
            warnings = new ArrayList<>(warnings);
            warnings.add(ctx.msg.get("report.textChanged"));
        }
        for (int i = 0; i < r.facts().size() && !text.isEmpty(); i++) {
            Fact f = r.facts().get(i);
            marks.add(new ReportHtml.Mark(f.start(), f.end(), "f-" + (i + 1), tooltip(r, f), "../../" + links.get(i)));
            for (int k = 0; k < f.mentions().size(); k++) { // the same fact stated again (f-3-2, f-3-3): highlighted too
                Fact.Mention again = f.mentions().get(k);
                marks.add(new ReportHtml.Mark(again.start(), again.end(), "f-" + (i + 1) + "-" + (k + 2), tooltip(r, f),
                        "../../" + links.get(i)));
            }
        }
        List<ReportHtml.Mark> evidence = text.isEmpty() ? List.of() : evidenceMarks(d, marks);
        marks.addAll(evidence);
        ReportHtml.Rendered body = ReportHtml.render(text, text.isEmpty() ? List.of() : d.headings(), marks, said);
        List<FactRow> rows = factRows(r, body.markIds(), links);

        Map<String, Object> m = new HashMap<>();
        m.put("doc", d);
        m.put("reportTitle", ctx.reportTitle(r));
        m.put("yearLabel", yearLabel(d.year()));
        m.put("town", ctx.index.town(r.reportId()));
        m.put("townHref", townHref);
        m.put("facts", rows);
        m.put("body", body.html());
        m.put("outline", outline(d.headings(), 2));
        m.put("grounds", grounds(d, body.markIds()));
        m.put("sidecar", d.report().id() + ".yml");
        m.put("original", original);
        m.put("warnings", warnings);
        m.put("source", d.report().source());
        m.put("format", d.report().format());
        List<SiteContext.Crumb> crumbs = List.of(ctx.home(), new SiteContext.Crumb(ctx.msg.get("nav.towns"), "towns/index.html"),
                new SiteContext.Crumb(town.name(), townHref), new SiteContext.Crumb(yearLabel(d.year()) + ctx.msg.get("report.crumb"), null));
        ctx.page(dir + "index.html", "report.ftlh", ctx.reportTitle(r) + " · " + town.name(), crumbs, m, inputs);
        return original;
    }

    /** The sentences of the report that name a theme, each once: where the theme pages' quotes lead. */
    static List<ReportHtml.Said> said(ReportFacts r) {
        java.util.Set<ReportHtml.Said> out = new java.util.LinkedHashSet<>();
        for (townstats.model.ThemeMention m : r.themes()) out.add(new ReportHtml.Said(m.start(), m.end()));
        return List.copyOf(out);
    }

    /** The reader page's address at a sentence the topics stage quoted (root-relative). */
    static String sentenceHref(SiteIndex index, String report, townstats.model.ThemeMention m) {
        return index.reportHref(report) + "#" + new ReportHtml.Said(m.start(), m.end()).id();
    }

    String yearLabel(Integer year) {
        return year == null ? ctx.msg.get("year.unknown") : year + "年";
    }

    /**
     * The page of the indicator's ranking of the report's year that lists the town (a long ranking is paged); the
     * rankings index for 年份不明 or an indicator without a ranking that year.
     */
    private String rankingHref(ReportFacts r, Fact f, Integer year) {
        String page = ctx.rankingHref(f.indicator(), year);
        if (year == null || !page.equals(SiteIndex.rankingHref(f.indicator(), year))) return page;
        return ctx.rankingLayout.figureHref(f.indicator(), year, ctx.places.of(r.reportId(), f.indicator()));
    }

    /** Why the site reads this year, town and county: one row each, its words marked in the text where it has any. */
    public record Ground(String label, String value, String reason, String quote, String markId) {
    }

    private static final List<String> GROUNDS = List.of("year", "town", "county");

    private List<Ground> grounds(Document d, java.util.Set<String> marked) {
        List<Ground> rows = new ArrayList<>();
        List<townstats.model.Evidence> all = evidence(d);
        for (int i = 0; i < GROUNDS.size(); i++) {
            townstats.model.Evidence e = all.get(i);
            String key = GROUNDS.get(i);
            String value = e != null ? e.value() : null;
            if (key.equals("year") && value != null) value = value + "年";
            if (key.equals("town") && d.anonymised()) value = null; // a hidden name is no name
            rows.add(new Ground(ctx.msg.get("grounds." + key), value, e == null || value == null ? null : e.reason(),
                    e == null || value == null ? null : e.quote(), marked.contains("why-" + key) ? "why-" + key : null));
        }
        return rows;
    }

    private static List<townstats.model.Evidence> evidence(Document d) {
        return java.util.Arrays.asList(d.grounds().year(), d.grounds().town(), d.grounds().county());
    }

    /** The words each decision rests on, marked where they overlap no figure (a figure's mark comes first). */
    private List<ReportHtml.Mark> evidenceMarks(Document d, List<ReportHtml.Mark> facts) {
        List<ReportHtml.Mark> out = new ArrayList<>();
        List<townstats.model.Evidence> all = evidence(d);
        for (int i = 0; i < GROUNDS.size(); i++) {
            townstats.model.Evidence e = all.get(i);
            if (e == null || e.start() < 0 || GROUNDS.get(i).equals("town") && d.anonymised()) continue;
            boolean free = facts.stream().noneMatch(f -> f.start() < e.end() && e.start() < f.end())
                    && out.stream().noneMatch(f -> f.start() < e.end() && e.start() < f.end());
            if (free) out.add(new ReportHtml.Mark(e.start(), e.end(), "why-" + GROUNDS.get(i), e.reason(), null));
        }
        return out;
    }

    /** What a highlighted figure says on hover, in the forms of the cards: 财政总收入：2.31 亿元，同比增长 4.8%，1—9月，约数. */
    private String tooltip(ReportFacts r, Fact f) {
        StringBuilder sb = new StringBuilder(ctx.indicatorName(f.indicator()));
        if (f.value() != null) sb.append("：").append(SiteContext.amountText(f.value(), f.unit()));
        if (f.growth() != null) sb.append("，").append(ctx.growthText(f.growth()));
        String period = ctx.periodLabel(f);
        if (period != null) sb.append("，").append(period);
        if (f.qualifier() != null) sb.append("，").append(ctx.qualifierLabel(f.qualifier()));
        for (String check : townstats.export.Tables.checkLabels(r, f, ctx)) sb.append("，").append(check);
        return sb.toString();
    }

    /** The facts table; {@code links} each fact's ranking page ({@link #rankingHref}). */
    private List<FactRow> factRows(ReportFacts r, java.util.Set<String> marked, List<String> links) {
        List<FactRow> rows = new ArrayList<>();
        for (int i = 0; i < r.facts().size(); i++) {
            Fact f = r.facts().get(i);
            String id = "f-" + (i + 1);
            townstats.util.Amounts.Amount amount = f.value() == null ? null : SiteContext.amount(f.value(), f.unit());
            rows.add(new FactRow(i + 1, marked.contains(id) ? id : null, f.indicator(), ctx.indicatorName(f.indicator()),
                    amount == null ? null : amount.number(), amount == null ? f.unit() : amount.unit(),
                    f.growth() == null ? null : ctx.growthText(f.growth()), ctx.periodLabel(f),
                    f.qualifier() == null || f.qualifier() == townstats.model.Qualifier.TARGET ? null : ctx.qualifierLabel(f.qualifier()),
                    f.section().label(),
                    !FactSelector.isAchievement(f), links.get(i), f.quote(),
                    townstats.export.Tables.checkLabels(r, f, ctx)));
        }
        return rows;
    }

    static List<OutlineItem> outline(List<Heading> headings, int maxLevel) {
        List<OutlineItem> items = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            if (h.level() <= maxLevel) items.add(new OutlineItem(h.level(), h.marker(), h.title(), "h-" + i));
        }
        return items;
    }

    /** Formats a browser would render as a page of this site, with the scripts of the portal it was saved from. */
    private static final java.util.Set<String> WEB_PAGES = java.util.Set.of("html", "htm", "xhtml", "mhtml", "mht", "svg");

    /** Copies the report's file as it was given: original.EXT next to the page; null when it cannot be read. */
    private String copyOriginal(ReportFacts r, String dir) throws IOException {
        String source = r.document().report().source();
        if (reportsDir == null || source == null) return null;
        Path file = reportsDir.resolve(source).normalize();
        if (!file.startsWith(reportsDir.normalize()) || !Files.isRegularFile(file)) return null;
        String ext = source.contains(".") ? Slugs.clean(source.substring(source.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)) : "";
        // a saved web page is offered as text: served as .html its scripts would run in the site's pages' origin
        String name = "original" + (ext.isEmpty() ? ".bin" : "." + ext) + (WEB_PAGES.contains(ext) ? ".txt" : "");
        String inputs = Hashes.of("original", r.document().report().contentHash());
        if (!ctx.out.reuseIfUnchanged(dir + name, inputs)) ctx.out.write(dir + name, Files.readAllBytes(file), inputs);
        return name;
    }

    /** The report's facts as CSV, UTF-8 with BOM so Excel and WPS open it with the right characters. */
}
