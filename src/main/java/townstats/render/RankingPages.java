package townstats.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import townstats.model.Fact;
import townstats.model.ReportFacts;
import townstats.analyze.CompositeIndex;
import townstats.analyze.Correlation;
import townstats.analyze.FactSelector;
import townstats.analyze.RankEntry;
import townstats.analyze.Ranking;
import townstats.chart.ChartImage;
import townstats.util.Hashes;
import townstats.util.Parallel;

/** rankings/index.html, one rankings/ID-YEAR.html per indicator and year, and composite.html. */
public final class RankingPages {
    /**
     * Up to this many towns on a page, every peer group's table is shown in full under the all-towns table; beyond
     * it (a province or the country: thousands of towns, the page would list each town four times over) each
     * group gets a summary line, and a town's places in its groups are on its profile page.
     */
    static final int FULL_GROUP_TABLES_UP_TO = 400;
    private static final List<String> LEVELS = List.of("province", "city", "county");

    public record Row(String rank, String town, String townHref, String reportHref, String value, String raw,
               String percentile, String z, List<String> flags, boolean ranked, String county) {
    }

    /** A peer group (province, city, county) in one line: where its full table would list every town again. */
    public record GroupRow(String level, String group, String measure, int n, String median, String max, String leader,
                           String leaderHref) {
    }

    public record Stats(int n, String mean, String median, String min, String max, String sd) {
    }

    /** {@code groupId}, {@code measureId}, {@code period} (1-11 or ""): the ranking's key in rankings.json, for machines. */
    public record Table(String id, String caption, String group, String measure, String unit, boolean ranked, Stats stats,
                 List<Row> rows, List<Figure> charts, String groupId, String measureId, String period) {
    }

    /** A chart image beside its table; {@code caption}: year, months, number of towns and source. */
    public record Figure(String src, String alt, String caption) {
    }

    /** The same indicator's page of another year. */
    public record YearLink(int year, String href) {
    }

    /** One peer group of a ranking page: the page shows one at a time. */
    public record GroupTab(String id, String label) {
    }

    /** One row of the correlations table, with its scatter chart when the pair is strong. */
    public record CorrelationRow(int year, String x, String y, int n, String rho, String chart, String chartAlt) {
    }

    public record Cell(int year, int n, String href) {
    }

    public record IndexRow(String indicator, String name, String unit, List<Cell> cells) {
    }

    public record Weight(String name, String weight, String coverage) {
    }

    public record ScoreRow(int rank, String town, String townHref, String reportHref, String score, String raw, List<String> imputed) {
    }

    public record Excluded(String town, String townHref, int available, int required) {
    }

    public record Composite(int year, List<Weight> weights, List<ScoreRow> rows, List<Excluded> excluded) {
    }

    private final SiteContext ctx;
    private final TreeSet<Integer> years = new TreeSet<>();
    /** indicator → years that get a page. */
    private final Map<String, Set<Integer>> pages = new LinkedHashMap<>();
    /** indicator|year → its ranking tables; target figures left out of them; figures of reports of unknown year. */
    private final Map<String, List<Ranking>> tablesByPage = new HashMap<>();
    private final Map<String, Integer> targetsByPage = new HashMap<>();
    private final Map<String, Integer> yearUnknownByIndicator = new HashMap<>();

    RankingPages(SiteContext ctx, List<ReportFacts> reports) {
        this.ctx = ctx;
        for (String id : ctx.catalog.indicators().keySet()) pages.put(id, new TreeSet<>());
        for (ReportFacts r : reports) {
            Integer y = r.document().year();
            if (y == null) continue;
            years.add(y);
            // a page only where a ranking has figures (an indicator stated only as a target, or in 美元, has none)
            for (Fact f : r.facts()) {
                if (!FactSelector.isAchievement(f)) targetsByPage.merge(pageKey(f.indicator(), y), 1, Integer::sum);
            }
        }
        for (ReportFacts r : reports) {
            if (r.document().year() != null) continue;
            r.facts().stream().map(Fact::indicator).distinct().forEach(id -> yearUnknownByIndicator.merge(id, 1, Integer::sum));
        }
        for (Ranking t : ctx.analysis.rankings()) {
            years.add(t.year());
            pages.computeIfAbsent(t.indicator(), k -> new TreeSet<>()).add(t.year());
            tablesByPage.computeIfAbsent(pageKey(t.indicator(), t.year()), k -> new ArrayList<>()).add(t);
        }
    }

    void writeAll() throws IOException {
        writeIndex();
        List<Map.Entry<String, Integer>> all = new ArrayList<>();
        pages.forEach((id, ys) -> ys.forEach(y -> all.add(Map.entry(id, y))));
        Parallel.forEach(all, e -> writePage(e.getKey(), e.getValue()));
        writeComposite();
    }

    private void writeIndex() throws IOException {
        List<IndexRow> rows = new ArrayList<>();
        for (var e : pages.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            List<Cell> cells = new ArrayList<>();
            for (int y : years) {
                boolean has = e.getValue().contains(y);
                cells.add(new Cell(y, has ? rankedCount(e.getKey(), y) : 0, has ? SiteIndex.rankingHref(e.getKey(), y) : null));
            }
            rows.add(new IndexRow(e.getKey(), ctx.indicatorName(e.getKey()), ctx.indicatorUnit(e.getKey()), cells));
        }
        Map<String, Object> m = new HashMap<>();
        m.put("years", List.copyOf(years));
        m.put("rows", rows);
        ctx.page("rankings/index.html", "rankings.ftlh", ctx.msg.get("rankings.title"),
                List.of(ctx.home(), new SiteContext.Crumb(ctx.msg.get("nav.rankings"), null)), m);
    }

    private static String pageKey(String indicator, int year) {
        return indicator + "|" + year;
    }

    private int rankedCount(String indicator, int year) {
        return tablesByPage.getOrDefault(pageKey(indicator, year), List.of()).stream()
                .filter(t -> t.group().equals(SiteContext.ALL) && t.measure().equals(SiteContext.VALUE) && t.period() == null)
                .mapToInt(Ranking::n).findFirst().orElse(0);
    }

    private void writePage(String indicator, int year) throws IOException {
        String path = SiteIndex.rankingHref(indicator, year);
        List<Ranking> tables = tablesByPage.getOrDefault(pageKey(indicator, year), List.of()).stream()
                .sorted(Comparator.comparing((Ranking t) -> !t.group().equals(SiteContext.ALL))
                        .thenComparing(Ranking::group)
                        .thenComparing(t -> !t.measure().equals(SiteContext.VALUE))
                        .thenComparing(t -> t.period() == null ? "" : t.period().label()))
                .toList();
        String name = ctx.indicatorName(indicator);
        int towns = tables.stream().filter(t -> t.group().equals(SiteContext.ALL)).mapToInt(t -> t.entries().size()).max().orElse(0);
        boolean fullGroups = towns <= FULL_GROUP_TABLES_UP_TO;
        List<Table> views = new ArrayList<>();
        List<Ranking> groupTables = new ArrayList<>();
        int i = 0;
        for (Ranking t : tables) {
            if (fullGroups || t.group().equals(SiteContext.ALL)) views.add(table(t, name, year, "t" + (++i), path));
            else groupTables.add(t);
        }
        // provinces, then cities, then counties; within a level in code order, values before growth rates
        groupTables.sort(Comparator.comparingInt(t -> LEVELS.indexOf(level(t.group()))));
        List<GroupRow> groups = groupTables.stream().map(this::groupRow).toList();
        int targets = targetsByPage.getOrDefault(pageKey(indicator, year), 0);
        int otherYears = yearUnknownByIndicator.getOrDefault(indicator, 0);
        List<Integer> allYears = List.copyOf(pages.getOrDefault(indicator, Set.of()));
        Map<String, Object> m = new HashMap<>();
        m.put("indicator", indicator);
        m.put("name", name);
        m.put("unit", ctx.indicatorUnit(indicator));
        m.put("year", year);
        m.put("tables", views);
        List<GroupTab> tabs = new ArrayList<>();
        for (Table v : views) {
            String label = ctx.groupLabel(v.groupId());
            if (tabs.stream().noneMatch(g -> g.id().equals(v.groupId()))) tabs.add(new GroupTab(v.groupId(), label));
        }
        m.put("groupTabs", tabs.size() > 1 ? tabs : List.of());
        m.put("groups", groups);
        m.put("targetsExcluded", targets);
        m.put("yearUnknown", otherYears);
        m.put("otherYears", allYears.stream().filter(y -> y != year)
                .map(y -> new YearLink(y, SiteIndex.rankingHref(indicator, y))).toList());
        String title = name + " · " + year + "年" + ctx.msg.get("ranking.suffix");
        List<SiteContext.Crumb> crumbs = List.of(ctx.home(), new SiteContext.Crumb(ctx.msg.get("nav.rankings"), "rankings/index.html"),
                new SiteContext.Crumb(name + " · " + year + "年", null));
        // The model is records, lists and strings only, so its text is everything the page shows (a chart is drawn
        // from its table's rows): a page whose model did not change is kept as published, not rendered again.
        String inputs = Hashes.of(title, crumbs.toString(), new java.util.TreeMap<>(m).toString());
        if (ctx.reuse(path, inputs)) return;
        ctx.page(path, "ranking.ftlh", title, crumbs, m, inputs);
    }

    private Table table(Ranking t, String name, int year, String id, String path) throws IOException {
        boolean growth = t.measure().equals(SiteContext.GROWTH);
        String unit = growth ? "%" : ctx.indicatorUnit(t.indicator());
        List<Row> rows = new ArrayList<>();
        for (RankEntry r : t.entries()) {
            rows.add(new Row(r.rank() == null ? null : r.rank().toString(), r.town(), ctx.index.townHref(r.report()),
                    ctx.index.report(r.report()) == null ? null : ctx.index.reportHref(r.report()),
                    SiteContext.num(r.value()), SiteContext.raw(r.value()), SiteContext.percentile(r.percentile()),
                    r.z() == null ? null : String.format("%.2f", r.z()), ctx.flagLabels(r.flags()), r.rank() != null,
                    ctx.index.town(r.report()) == null ? null : ctx.index.town(r.report()).county()));
        }
        townstats.analyze.Stats s = t.stats();
        Stats stats = s == null ? null : new Stats(s.n(), SiteContext.num(s.mean()), SiteContext.num(s.median()),
                SiteContext.num(s.min()), SiteContext.num(s.max()), SiteContext.num(s.sd()));
        String group = ctx.groupName(t);
        String caption = name + "（" + ctx.measureLabel(t.measure()) + "，" + unit + "）· " + year + "年 · " + group;
        List<Figure> charts = new ArrayList<>();
        List<ChartImage> images = ctx.charts.of(t);
        for (int c = 0; c < images.size(); c++) {
            String src = path.substring("rankings/".length()).replace(".html", "") + "-" + id + (c == 0 ? "" : "-" + (c + 1)) + ".png";
            ctx.out.write("rankings/" + src, images.get(c).png());
            charts.add(new Figure(src, images.get(c).altText(), ctx.msg.get("chart.caption").replace("{0}", String.valueOf(year))
                    .replace("{1}", t.period() == null ? ctx.msg.get("town.fullYear") : t.period().label())
                    .replace("{2}", String.valueOf(t.n()))));
        }
        return new Table(id, caption, group, ctx.measureLabel(t.measure()), unit, t.ranked(), stats, rows, charts, t.group(),
                t.measure(), SiteContext.periodId(t.period()));
    }

    private GroupRow groupRow(Ranking t) {
        RankEntry first = t.entries().isEmpty() ? null : t.entries().get(0);
        boolean leads = first != null && first.rank() != null;
        String level = level(t.group());
        return new GroupRow(ctx.msg.getOrDefault("group.level." + level, level), ctx.groupName(t), ctx.measureLabel(t.measure()),
                t.entries().size(), t.stats() == null ? null : SiteContext.num(t.stats().median()),
                t.stats() == null ? null : SiteContext.num(t.stats().max()), leads ? first.town() : null,
                leads ? ctx.index.townHref(first.report()) : null);
    }

    /** province:41 → province */
    static String level(String group) {
        int colon = group.indexOf(':');
        return colon < 0 ? group : group.substring(0, colon);
    }

    private void writeComposite() throws IOException {
        List<Composite> views = new ArrayList<>();
        for (CompositeIndex c : ctx.analysis.compositeIndex()) {
            List<Weight> weights = new ArrayList<>();
            // the weights in the order the index used its indicators
            for (String id : c.indicators()) {
                Double w = c.weights().get(id);
                weights.add(new Weight(ctx.indicatorName(id), String.format("%.1f%%", w * 100),
                        c.coverage().get(id) == null ? null : String.format("%.0f%%", c.coverage().get(id) * 100)));
            }
            List<ScoreRow> rows = new ArrayList<>();
            for (CompositeIndex.Entry r : c.entries()) {
                rows.add(new ScoreRow(r.rank(), r.town(), ctx.index.townHref(r.report()),
                        ctx.index.report(r.report()) == null ? null : ctx.index.reportHref(r.report()),
                        String.format("%.3f", r.closeness()), SiteContext.raw(r.closeness()),
                        r.imputed().stream().map(ctx::indicatorName).toList()));
            }
            List<Excluded> excluded = new ArrayList<>();
            for (CompositeIndex.Insufficient x : c.insufficient()) {
                excluded.add(new Excluded(x.town(), ctx.index.townHref(x.report()), x.available(), x.required()));
            }
            views.add(new Composite(c.year(), weights, rows, excluded));
        }
        views.sort(Comparator.comparingInt(Composite::year).reversed());
        List<CorrelationRow> correlations = new ArrayList<>();
        int n = 0;
        // strongest first
        List<Correlation> strongest = ctx.analysis.correlations().stream()
                .sorted(Comparator.comparingDouble((Correlation c) -> -Math.abs(c.rho()))).toList();
        for (Correlation c : strongest) {
            ChartImage scatter = ctx.charts.of(c);
            String chart = null;
            if (scatter != null) {
                chart = "correlation-" + (++n) + ".png";
                ctx.out.write(chart, scatter.png());
            }
            correlations.add(new CorrelationRow(c.year(), ctx.indicatorName(c.x()), ctx.indicatorName(c.y()), c.n(),
                    String.format("%.2f", c.rho()), chart, scatter == null ? null : scatter.altText()));
        }
        Map<String, Object> m = new HashMap<>();
        m.put("years", views);
        m.put("correlations", correlations);
        ctx.page("composite.html", "composite.ftlh", ctx.msg.get("composite.title"),
                List.of(ctx.home(), new SiteContext.Crumb(ctx.msg.get("nav.composite"), null)), m);
    }

    /** Indicator ids with at least one page, for the search index. */
    Map<String, Integer> latestYear() {
        Map<String, Integer> out = new LinkedHashMap<>();
        pages.forEach((id, ys) -> {
            if (!ys.isEmpty()) out.put(id, ((TreeSet<Integer>) ys).last());
        });
        return out;
    }

}
