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
import townstats.render.SiteAnalysis.CompositeTable;
import townstats.render.SiteAnalysis.RankingRow;
import townstats.render.SiteAnalysis.RankingTable;
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

    public record Table(String id, String caption, String group, String measure, String unit, boolean ranked, Stats stats,
                 List<Row> rows, List<Figure> charts) {
    }

    /** A chart image beside its table. */
    public record Figure(String src, String alt) {
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
    private final Map<String, List<RankingTable>> tablesByPage = new HashMap<>();
    private final Map<String, Integer> targetsByPage = new HashMap<>();
    private final Map<String, Integer> yearUnknownByIndicator = new HashMap<>();

    RankingPages(SiteContext ctx, List<ReportFacts> reports) {
        this.ctx = ctx;
        for (String id : ctx.catalog.indicators().keySet()) pages.put(id, new TreeSet<>());
        for (ReportFacts r : reports) {
            Integer y = r.document().year();
            if (y == null) continue;
            years.add(y);
            for (Fact f : r.facts()) {
                pages.computeIfAbsent(f.indicator(), k -> new TreeSet<>()).add(y);
                if (FactRankings.isTarget(f)) targetsByPage.merge(pageKey(f.indicator(), y), 1, Integer::sum);
            }
        }
        for (ReportFacts r : reports) {
            if (r.document().year() != null) continue;
            r.facts().stream().map(Fact::indicator).distinct().forEach(id -> yearUnknownByIndicator.merge(id, 1, Integer::sum));
        }
        for (RankingTable t : ctx.analysis.rankings()) {
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
        m.put("method", ctx.analysis.method());
        ctx.page("rankings/index.html", "rankings.ftlh", ctx.msg.get("rankings.title"),
                List.of(ctx.home(), new SiteContext.Crumb(ctx.msg.get("nav.rankings"), null)), m);
    }

    private static String pageKey(String indicator, int year) {
        return indicator + "|" + year;
    }

    private int rankedCount(String indicator, int year) {
        return tablesByPage.getOrDefault(pageKey(indicator, year), List.of()).stream()
                .filter(t -> t.group().equals(SiteAnalysis.ALL)
                        && t.measure().equals(SiteAnalysis.VALUE))
                .mapToInt(t -> t.stats() == null ? 0 : t.stats().n()).findFirst().orElse(0);
    }

    private void writePage(String indicator, int year) throws IOException {
        String path = SiteIndex.rankingHref(indicator, year);
        List<RankingTable> tables = tablesByPage.getOrDefault(pageKey(indicator, year), List.of()).stream()
                .sorted(Comparator.comparing((RankingTable t) -> !t.group().equals(SiteAnalysis.ALL))
                        .thenComparing(RankingTable::group)
                        .thenComparing(t -> !t.measure().equals(SiteAnalysis.VALUE)))
                .toList();
        String name = ctx.indicatorName(indicator);
        int towns = tables.stream().filter(t -> t.group().equals(SiteAnalysis.ALL)).mapToInt(t -> t.rows().size()).max().orElse(0);
        boolean fullGroups = towns <= FULL_GROUP_TABLES_UP_TO;
        List<Table> views = new ArrayList<>();
        List<RankingTable> groupTables = new ArrayList<>();
        int i = 0;
        for (RankingTable t : tables) {
            if (fullGroups || t.group().equals(SiteAnalysis.ALL)) views.add(table(t, name, year, "t" + (++i), path));
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
        m.put("groups", groups);
        m.put("targetsExcluded", targets);
        m.put("yearUnknown", otherYears);
        m.put("method", ctx.analysis.method());
        m.put("otherYears", allYears.stream().filter(y -> y != year)
                .map(y -> Map.of("year", y, "href", SiteIndex.rankingHref(indicator, y))).toList());
        ctx.page(path, "ranking.ftlh", name + " · " + year + "年" + ctx.msg.get("ranking.suffix"),
                List.of(ctx.home(), new SiteContext.Crumb(ctx.msg.get("nav.rankings"), "rankings/index.html"),
                        new SiteContext.Crumb(name + " · " + year + "年", null)), m);
    }

    private Table table(RankingTable t, String name, int year, String id, String path) throws IOException {
        boolean growth = t.measure().equals(SiteAnalysis.GROWTH);
        String unit = growth ? "%" : ctx.indicatorUnit(t.indicator());
        List<Row> rows = new ArrayList<>();
        for (RankingRow r : t.rows()) {
            rows.add(new Row(r.rank() == null ? null : r.rank().toString(), r.town(), ctx.index.townHref(r.report()),
                    ctx.index.report(r.report()) == null ? null : ctx.index.reportHref(r.report()),
                    SiteContext.num(r.value()), SiteContext.raw(r.value()),
                    Double.isNaN(r.percentile()) ? null : String.valueOf(Math.round(r.percentile())),
                    Double.isNaN(r.z()) ? null : String.format("%.2f", r.z()), ctx.flagLabels(r.flags()), r.rank() != null,
                    ctx.index.town(r.report()) == null ? null : ctx.index.town(r.report()).county()));
        }
        SiteAnalysis.Summary s = t.stats();
        Stats stats = s == null ? null : new Stats(s.n(), SiteContext.num(s.mean()), SiteContext.num(s.median()),
                SiteContext.num(s.min()), SiteContext.num(s.max()), SiteContext.num(s.sd()));
        String group = t.groupLabel() != null ? t.groupLabel() : ctx.groupLabel(t.group());
        String caption = name + "（" + ctx.measureLabel(t.measure()) + "，" + unit + "）· " + year + "年 · " + group;
        List<Figure> charts = new ArrayList<>();
        for (int c = 0; c < t.charts().size(); c++) {
            String src = path.substring("rankings/".length()).replace(".html", "") + "-" + id + (c == 0 ? "" : "-" + (c + 1)) + ".png";
            ctx.out.write("rankings/" + src, t.charts().get(c).png());
            charts.add(new Figure(src, t.charts().get(c).alt()));
        }
        return new Table(id, caption, group, ctx.measureLabel(t.measure()), unit, t.ranked(), stats, rows, charts);
    }

    private GroupRow groupRow(RankingTable t) {
        RankingRow first = t.rows().isEmpty() ? null : t.rows().get(0);
        boolean leads = first != null && first.rank() != null;
        String level = level(t.group());
        return new GroupRow(ctx.msg.getOrDefault("group.level." + level, level), t.groupLabel() != null ? t.groupLabel() : ctx.groupLabel(t.group()), ctx.measureLabel(t.measure()),
                t.rows().size(), t.stats() == null ? null : SiteContext.num(t.stats().median()),
                t.stats() == null ? null : SiteContext.num(t.stats().max()), leads ? first.town() : null,
                leads ? ctx.index.townHref(first.report()) : null);
    }

    /** province:41 → province */
    private static String level(String group) {
        int colon = group.indexOf(':');
        return colon < 0 ? group : group.substring(0, colon);
    }

    private void writeComposite() throws IOException {
        List<Composite> views = new ArrayList<>();
        for (CompositeTable c : ctx.analysis.composite()) {
            List<Weight> weights = new ArrayList<>();
            c.weights().forEach((id, w) -> weights.add(new Weight(ctx.indicatorName(id), String.format("%.1f%%", w * 100),
                    c.coverage() == null || c.coverage().get(id) == null ? null : String.format("%.0f%%", c.coverage().get(id) * 100))));
            List<ScoreRow> rows = new ArrayList<>();
            for (SiteAnalysis.CompositeRow r : c.rows()) {
                rows.add(new ScoreRow(r.rank(), r.town(), ctx.index.townHref(r.report()),
                        ctx.index.report(r.report()) == null ? null : ctx.index.reportHref(r.report()),
                        String.format("%.3f", r.score()), SiteContext.raw(r.score()),
                        r.imputed().stream().map(ctx::indicatorName).toList()));
            }
            List<Excluded> excluded = new ArrayList<>();
            for (SiteAnalysis.CompositeExcluded x : c.excluded()) {
                excluded.add(new Excluded(x.town(), ctx.index.townHref(x.report()), x.available(), x.required()));
            }
            views.add(new Composite(c.year(), weights, rows, excluded));
        }
        views.sort(Comparator.comparingInt(Composite::year).reversed());
        List<CorrelationRow> correlations = new ArrayList<>();
        int n = 0;
        for (SiteAnalysis.CorrelationView c : ctx.analysis.correlations()) {
            String chart = null;
            if (c.chart() != null) {
                chart = "correlation-" + (++n) + ".png";
                ctx.out.write(chart, c.chart().png());
            }
            correlations.add(new CorrelationRow(c.year(), ctx.indicatorName(c.x()), ctx.indicatorName(c.y()), c.n(),
                    String.format("%.2f", c.rho()), chart, c.chart() == null ? null : c.chart().alt()));
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
