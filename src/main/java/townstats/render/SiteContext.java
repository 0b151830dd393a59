package townstats.render;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import townstats.analyze.Analysis;
import townstats.chart.SiteCharts;
import townstats.catalog.Catalog;
import townstats.util.Hashes;
import townstats.util.Numbers;
import townstats.util.SiteFiles;

/** What every page builder shares: the renderer, output, catalogue, town index, statistics and texts. */
public final class SiteContext implements townstats.export.Tables.Wording {
    /** A breadcrumb; {@code href} (root-relative) is null for the current page or a place without a page. */
    public record Crumb(String label, String href) {
    }

    final SiteRenderer renderer;
    final SiteFiles out;
    final Catalog catalog;
    final SiteIndex index;
    /** The statistics, as the analyze stage made them: every rank, figure and flag on a page comes from here. */
    final Analysis analysis;
    final SiteCharts charts;
    /** Which ranking page shows each ranking table (the pages and the links to them agree through it). */
    final RankingLayout rankingLayout;
    /** Each report's places in the rankings. */
    final Places places;
    /** indicator|year of every ranking page (only an indicator and year with figures has one). */
    private final java.util.Set<String> rankingPages = new java.util.HashSet<>();
    /** Peer group id → its place's name: province:41 → 河南省, county:410324 → 栾川县. */
    final Map<String, String> groupNames;
    final Map<String, String> msg;
    final SiteSettings settings;
    /** The Markdown pages (about, methodology ...) for the navigation: name → title. */
    final Map<String, String> mdPages = new java.util.LinkedHashMap<>();
    /** Every HTML page written, root-relative, for the sitemap (pages are rendered on several threads). */
    final java.util.Set<String> pages = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Pages rendered from a model (a page kept by its inputs is not). */
    final java.util.concurrent.atomic.AtomicInteger rendered = new java.util.concurrent.atomic.AtomicInteger();

    SiteContext(SiteRenderer renderer, SiteFiles out, Catalog catalog, SiteIndex index, Analysis analysis, SiteCharts charts,
                Map<String, String> msg, SiteSettings settings) {
        this.renderer = renderer;
        this.out = out;
        this.catalog = catalog;
        this.index = index;
        this.analysis = analysis;
        this.charts = charts;
        this.rankingLayout = new RankingLayout(analysis.rankings(), Paging.rowBudget());
        this.places = new Places(analysis.rankings());
        this.groupNames = groupNames(index);
        for (townstats.analyze.Ranking r : analysis.rankings()) rankingPages.add(r.indicator() + "|" + r.year());
        this.msg = msg;
        this.settings = settings;
    }

    /** The relative prefix from a page to the site root: "" at the root, "../../" two folders down. */
    static String rootOf(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /**
     * Renders {@code template} to {@code path} with the common model (root, site, msg, title, crumbs), unless the
     * published page was made from the same model: a small model (a list, the home page) is its own key.
     */
    void page(String path, String template, String title, List<Crumb> crumbs, Map<String, Object> model) throws IOException {
        String inputs = ModelPrint.of(List.of(title, crumbs, model), this::reportPrint);
        if (inputs != null && reuse(path, inputs)) return;
        page(path, template, title, crumbs, model, inputs);
    }

    /**
     * As above; {@code inputs} hashes what the page shows beyond the code, theme and catalogue (see
     * {@link SiteFiles#reuseIfUnchanged}), or is null: the page is then always rendered.
     */
    void page(String path, String template, String title, List<Crumb> crumbs, Map<String, Object> model, String inputs)
            throws IOException {
        Map<String, Object> m = new HashMap<>(model);
        m.put("root", rootOf(path));
        m.put("site", settings);
        m.put("msg", msg);
        m.put("title", title);
        m.put("crumbs", crumbs);
        m.put("path", path);
        m.put("mdPages", mdPages);
        rendered.incrementAndGet();
        out.write(path, renderer.render(template, m).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                inputs == null ? null : Hashes.of(inputs, layoutInputs()));
        pages.add(path);
    }

    /**
     * Renders a list that grows with the corpus as pages of at most the row budget ({@link Paging}): page 1 at
     * {@code path}, page N beside it ({@code index-pN.html}), each with {@code rowsKey} its rows, {@code pager} its
     * 上一页/下一页 and {@code count} the length of the whole list.
     */
    void pagedList(String path, String template, String title, List<Crumb> crumbs, Map<String, Object> model, String rowsKey,
                   List<?> rows) throws IOException {
        pagedList(path, template, title, crumbs, model, rowsKey, rows, 1);
    }

    /** As above, each item weighing {@code weight} rows of the budget (a long item: fewer a page, pages of like size). */
    void pagedList(String path, String template, String title, List<Crumb> crumbs, Map<String, Object> model, String rowsKey,
                   List<?> rows, int weight) throws IOException {
        int budget = Math.max(1, rankingLayout.budget() / weight);
        for (Paging.Page p : Paging.of(rows.size(), budget)) {
            Map<String, Object> m = new HashMap<>(model);
            m.put(rowsKey, Paging.rowsOn(rows, p, 0));
            m.put("count", rows.size());
            m.put("pager", Paging.pager(path, p, budget, rows.size()));
            page(Paging.address(path, p.number()), template, p.number() == 1 ? title : title + " · " + pageLabel(p), crumbs, m);
        }
    }

    /** 第 2/5 页, for the title of a page after the first. */
    String pageLabel(Paging.Page p) {
        return msg.get("pager.at").replace("{0}", String.valueOf(p.number())).replace("{1}", String.valueOf(p.count()));
    }

    /** Keeps the published page at {@code path} when {@code inputs} (see {@link #page}) are those it was made from. */
    boolean reuse(String path, String inputs) throws IOException {
        if (!out.reuseIfUnchanged(path, Hashes.of(inputs, layoutInputs()))) return false;
        if (path.endsWith(".html")) pages.add(path);
        return true;
    }

    /**
     * Keeps every published file of {@code paths} when each was made from {@code inputs} (see {@link #page}); false
     * when one must be made again (the caller then makes them all).
     */
    boolean reuseAll(List<String> paths, String inputs) throws IOException {
        for (String p : paths) {
            if (!reuse(p, inputs)) return false;
        }
        return true;
    }

    /** Writes a file made from {@code inputs} (see {@link #page}), kept by {@link #reuse} while they hold. */
    void write(String path, byte[] bytes, String inputs) throws IOException {
        out.write(path, bytes, Hashes.of(inputs, layoutInputs()));
    }

    void write(String path, String text, String inputs) throws IOException {
        write(path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), inputs);
    }

    /** Report id → {@link #print}, made once per build: several pages show one report. */
    private final Map<String, String> prints = new java.util.concurrent.ConcurrentHashMap<>();

    /** A hash of all a page can show of a report (not its text's bytes: its hash, and the sentences read from it). */
    String reportPrint(townstats.model.ReportFacts r) {
        return prints.computeIfAbsent(r.reportId(), id -> print(r));
    }

    private static String print(townstats.model.ReportFacts r) {
        townstats.model.Report p = r.document().report();
        townstats.model.Document d = r.document();
        // the record's own toString would print the arrays' identities, different in every run
        return Hashes.of(p.id(), p.source(), p.format(), p.encoding(), p.decoded(), p.contentHash(), String.valueOf(p.metadata()),
                p.warnings().toString(), String.valueOf(java.util.Objects.hashCode(p.text())),
                String.valueOf(java.util.Arrays.hashCode(p.offsets())), String.valueOf(java.util.Arrays.hashCode(p.confidence())),
                d.title(), d.town(), d.county(), String.valueOf(d.year()), String.valueOf(d.anonymised()), d.headings().toString(),
                sentences(d), d.warnings().toString(), String.valueOf(d.grounds()),
                String.valueOf(r.place()), r.facts().toString(), r.warnings().toString(), r.issues().toString());
    }

    /**
     * The sentences read from the report: where each is and its section, its text by its hash (the text is the source's,
     * whose hash the print has): printing them whole would make a copy of every report's text at every build.
     */
    private static String sentences(townstats.model.Document d) {
        Hashes.Builder h = new Hashes.Builder();
        for (townstats.model.Sentence s : d.sentences()) {
            h.add(s.start()).add(s.end()).add(s.section() == null ? -1 : s.section().ordinal()).add(s.text().hashCode());
        }
        return h.hex();
    }

    /** What the layout of every page shows besides the theme: the settings and the Markdown pages in the navigation. */
    private String layoutInputs() {
        return settings + "|" + mdPages;
    }

    Crumb home() {
        return new Crumb(msg.get("nav.home"), "index.html");
    }

    /** The report's title, or "潭头镇2022年报告" when the text has none (a link must never be empty). */
    String reportTitle(townstats.model.ReportFacts r) {
        String t = r.document().title();
        if (t != null && !t.isBlank()) return t;
        Integer y = r.document().year();
        return r.document().town() + (y == null ? msg.get("year.unknown") : y + "年") + msg.get("report.crumb");
    }

    @Override
    public String indicatorName(String id) {
        return catalog.name(id);
    }

    String indicatorUnit(String id) {
        return catalog.unit(id);
    }

    /** province:41 → 河南省, city:4103 → 洛阳市, county:410324 → 栾川县, from the resolved places. */
    private static Map<String, String> groupNames(SiteIndex index) {
        Map<String, String> names = new HashMap<>();
        for (SiteIndex.Town t : index.towns()) {
            for (townstats.model.ReportFacts r : t.reports()) {
                townstats.model.Place p = r.place();
                if (p == null || !p.resolved()) continue;
                if (p.provinceCode() != null && p.province() != null) names.put("province:" + p.provinceCode(), p.province());
                if (p.cityCode() != null && p.city() != null) names.put("city:" + p.cityCode(), p.city());
                if (p.countyCode() != null && p.county() != null) names.put("county:" + p.countyCode(), p.county());
            }
        }
        return names;
    }

    /** A flag as the site shows it: partial:1-11 → 1—11月, estimate → 预计 (messages flag.*). */
    String flagLabel(String flag) {
        if (flag.startsWith(townstats.analyze.Flags.PARTIAL)) {
            String[] months = flag.substring(townstats.analyze.Flags.PARTIAL.length()).split("-");
            return months.length == 2 ? new townstats.model.Period(Integer.parseInt(months[0]), Integer.parseInt(months[1])).label() : flag;
        }
        if (flag.startsWith(townstats.analyze.Flags.OCR + ":")) { // 识别自扫描件 97%: with the confidence of its digits
            return msg.getOrDefault("flag.ocr", "ocr") + " " + flag.substring(townstats.analyze.Flags.OCR.length() + 1) + "%";
        }
        if (flag.startsWith(townstats.analyze.Flags.CHECKED + ":")) { // 人工核对：以镇统计站年报为准
            return msg.getOrDefault("flag.checked", "checked") + "：" + flag.substring(townstats.analyze.Flags.CHECKED.length() + 1);
        }
        if (flag.startsWith("imputed:")) return msg.getOrDefault("flag.imputed", "imputed") + " " + indicatorName(flag.substring(8));
        String base = flag.contains(":") ? flag.substring(0, flag.indexOf(':')) : flag;
        return msg.getOrDefault("flag." + base, flag);
    }

    @Override
    public List<String> flagLabels(List<String> flags) {
        return flags.stream().map(this::flagLabel).toList();
    }

    /** all → 全部乡镇, county:410324 → 栾川县 (the group id when its place is unknown). */
    @Override
    public String groupLabel(String group) {
        return ALL.equals(group) ? msg.get("group.all") : groupNames.getOrDefault(group, group);
    }

    /** What a reader of the report's pages is told: its reading problems, then each quality issue in one line. */
    @Override
    public List<String> notices(townstats.model.ReportFacts r) {
        List<String> out = new java.util.ArrayList<>(r.warnings());
        for (townstats.model.QualityIssue i : r.issues()) out.add(issueLine(i));
        return out;
    }

    /** 增速不合理：财政总收入增长+5000%，…: the issue's kind and indicator named. */
    String issueLine(townstats.model.QualityIssue i) {
        return flagLabel(i.kind().id()) + "：" + (i.indicator() == null ? "" : indicatorName(i.indicator())) + i.message();
    }

    /** 栾川县, or 栾川县 · 1—11月 for a ranking of the figures of part of the year. */
    public String groupName(townstats.analyze.Ranking t) {
        String group = groupLabel(t.group());
        return t.period() == null ? group : group + " · " + t.period().label();
    }

    /** 1-11 for the months of a part-year ranking, "" for the year's figures: how pages name it in data attributes. */
    static String periodId(townstats.model.Period p) {
        return p == null ? "" : p.from() + "-" + p.to();
    }

    /** Measures of a ranking, and the peer group of all towns. */
    static final String VALUE = townstats.analyze.Observation.VALUE;
    static final String GROWTH = townstats.analyze.Observation.GROWTH;
    static final String ALL = "all";
    /** Peer group levels from the widest: all towns, province, city, county. */
    private static final List<String> LEVELS = List.of(ALL, "province", "city", "county");

    /** How wide a peer group is: 0 for all towns, then 1 province, 2 city, 3 county. */
    static int width(String group) {
        return LEVELS.indexOf(RankingPages.level(group));
    }

    /** A missing number as null for templates: NaN stays as it is never produced by the analysis. */
    static String percentile(Double p) {
        return p == null ? null : String.valueOf(Math.round(p));
    }

    @Override
    public String measureLabel(String measure) {
        return msg.get("measure." + measure);
    }

    /** 4410, 94,885, 79,082.9, 3.15: grouped thousands, at most two decimals. */
    static String num(Double d) {
        return d == null ? null : townstats.util.Amounts.number(d);
    }

    /** The ranking page of an indicator and year, or the rankings index when it has none (e.g. a target only). */
    String rankingHref(String indicator, Integer year) {
        return year != null && rankingPages.contains(indicator + "|" + year) ? SiteIndex.rankingHref(indicator, year)
                : "rankings/index.html";
    }

    /** 94,885 万元 stays; 123,456 万元 is 12.35 亿元 (two decimals); other units as they are ({@link townstats.util.Amounts}). */
    static townstats.util.Amounts.Amount amount(double value, String unit) {
        return townstats.util.Amounts.of(value, unit);
    }

    /** A figure with its unit, as a reader expects it: 25.27 亿元, 8,994 万元, 43,400 人; null for none. */
    static String amountText(Double value, String unit) {
        return value == null ? null : amount(value, unit).toString();
    }

    /** 同比增长 20%, 同比下降 3.5%, 与上年持平: growth always said with a positive number. */
    String growthText(double growth) {
        if (growth == 0) return msg.get("growth.flat");
        return msg.get(growth > 0 ? "growth.up" : "growth.down").replace("{0}", num(Math.abs(growth)));
    }

    /** Whether an indicator is a stock (population, area, land, villages, projects): its figures have no period. */
    boolean stock(String indicator) {
        return !catalog.info(indicator).flow();
    }

    /** A fact's months as shown (全年, 1—11月), or null: a stock has none, whatever the report says. */
    @Override
    public String periodLabel(townstats.model.Fact f) {
        return f.period() == null || stock(f.indicator()) ? null : f.period().label();
    }

    /** A qualifier in the word of its flag (预计, 约数, 以上), the same word on every page and table; 目标 for a target. */
    @Override
    public String qualifierLabel(townstats.model.Qualifier q) {
        if (q == null) return null;
        String flag = townstats.analyze.Flags.of(q);
        return flag == null ? msg.get("fact.target") : flagLabel(flag);
    }

    /** A plain number for data attributes and CSV: no grouping. */
    static String raw(Double d) {
        return d == null ? "" : Numbers.plain(d);
    }
}
