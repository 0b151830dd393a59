package townstats.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import townstats.analyze.Analysis;
import townstats.analyze.Observation;
import townstats.analyze.RankEntry;
import townstats.analyze.Ranker;
import townstats.analyze.Ranking;
import townstats.analyze.Stats;
import townstats.analyze.TopicStats;
import townstats.catalog.Catalog;
import townstats.model.Document;
import townstats.model.Fact;
import townstats.model.Place;
import townstats.model.ReportFacts;
import townstats.model.SectionKind;
import townstats.model.ThemeMention;
import townstats.util.Csv;
import townstats.util.SiteFiles;

/**
 * The tables for an office, as Excel and WPS open them: the workbook (data/townstats.xlsx) and the CSVs beside it
 * (data/facts.csv, data/ranking-tables.csv, data/statistics.csv, data/themes.csv, data/theme-counts.csv), and a report's
 * own facts.csv. Headers and every
 * word in them are Chinese, with a column of codes beside the words where a program needs one (指标代码, 范围代码,
 * 报告编号); every table has its period and unit columns; a ranking row is one town in one table (indicator, year,
 * months, measure, peer group), a statistics row one table. The theme's wording ({@link Wording}) names the
 * indicators, peer groups, measures, flags and notices as the pages do. The same columns ({@link Column}) make the
 * CSV and the sheet, so the two cannot say different things.
 */
public final class Tables {
    public static final String WORKBOOK = "data/townstats.xlsx";
    public static final String FACTS_CSV = "data/facts.csv";
    public static final String RANKINGS_CSV = "data/ranking-tables.csv";
    public static final String STATISTICS_CSV = "data/statistics.csv";
    public static final String THEMES_CSV = "data/themes.csv";
    public static final String THEME_COUNTS_CSV = "data/theme-counts.csv";

    private Tables() {
    }

    /** The wording the pages use, so a table says what the page beside it says. */
    public interface Wording {
        String indicatorName(String id);

        /** The report's reading problems and quality issues, one line each. */
        List<String> notices(ReportFacts r);

        /** all → 全部乡镇, county:410324 → 栾川县. */
        String groupLabel(String group);

        String measureLabel(String measure);

        List<String> flagLabels(List<String> flags);

        /** A fact's months as the pages say them (全年, 1—11月), or null: the site's wording gives a stock none. */
        default String periodLabel(Fact f) {
            return f.period() == null ? null : f.period().label();
        }

        /** A qualifier in the word the pages give its flag (the site's wording: 约数), or 目标. */
        default String qualifierLabel(townstats.model.Qualifier q) {
            return q == null ? null : q.label();
        }
    }

    /** The peer-group levels, widest first: one sheet of rankings each. */
    enum Level {
        ALL("all", "全部乡镇", "全部乡镇排名"), PROVINCE("province", "省内", "省内排名"), CITY("city", "市内", "市内排名"),
        COUNTY("county", "县内", "县内排名");

        final String id;
        final String label;
        final String sheet;

        Level(String id, String label, String sheet) {
            this.id = id;
            this.label = label;
            this.sheet = sheet;
        }

        /** all, province:41 … → its level. */
        static Level of(String group) {
            String id = group.contains(":") ? group.substring(0, group.indexOf(':')) : group;
            for (Level l : values()) {
                if (l.id.equals(id)) return l;
            }
            throw new IllegalArgumentException("no peer-group level: " + group);
        }
    }

    /** A row of the facts table: one fact of one report. */
    record FactRow(ReportFacts report, Fact fact) {
    }

    /** A row of the rankings tables: one town in one ranking. */
    record RankRow(Ranking table, RankEntry entry) {
    }

    /** The 时期 of growth rates of several periods ranked together (each year-on-year). */
    static final String MIXED_MONTHS = "各镇报告期（同比）";

    /** A row of the themes table: one theme one sentence of a report names. */
    record ThemeRow(ReportFacts report, ThemeMention mention) {
    }

    /** A row of the theme counts: one theme in one year, peer group and part. */
    record CountRow(TopicStats.Table table, TopicStats.Count count) {
    }

    /** How the tables name a part of the reports (the pages' 共性问题, 工作重点, 工作亮点). */
    static String partLabel(SectionKind part) {
        return switch (part) {
            case PROBLEMS -> "存在问题";
            case PLAN -> "工作重点";
            case SUMMARY -> "工作亮点";
        };
    }

    /** A theme's name in a part (招商引资难 among problems, 招商引资 among plans and highlights). */
    static String themeName(TopicStats topics, String theme, SectionKind part) {
        for (TopicStats.ThemeInfo t : topics.themes()) if (t.id().equals(theme)) return t.name(part);
        return theme;
    }

    /** The themes table: one row per sentence and theme (themes.csv, the sheet 主题). */
    static List<Column<ThemeRow>> themeColumns(TopicStats topics) {
        return List.of(
                Column.of("报告编号", x -> x.report().reportId()),
                Column.of("乡镇", x -> x.report().document().town()),
                Column.of("县（市、区）", x -> Context.county(x.report())),
                Column.of("年份", x -> x.report().document().year()),
                Column.of("部分", x -> partLabel(x.mention().section())),
                Column.of("主题代码", x -> x.mention().theme()),
                Column.of("主题", x -> themeName(topics, x.mention().theme(), x.mention().section())),
                Column.of("主题词", x -> x.mention().words()),
                Column.of("原文", x -> x.mention().sentence()),
                Column.of("原文件", x -> x.report().document().report().source()),
                Column.forPrograms("句子位置", x -> x.mention().start()));
    }

    /** The theme counts: one row per theme, year, peer group and part (theme-counts.csv, the sheet 主题统计). */
    static List<Column<CountRow>> themeCountColumns(Wording w, TopicStats topics) {
        return List.of(
                Column.of("年份", x -> x.table().year()),
                Column.of("部分", x -> partLabel(x.table().section())),
                Column.of("级别", x -> Level.of(x.table().group()).label),
                Column.of("比较范围", x -> w.groupLabel(x.table().group())),
                Column.of("范围代码", x -> x.table().group()),
                Column.of("乡镇数", x -> x.table().towns()),
                Column.of("有该部分的乡镇数", x -> x.table().reporting()),
                Column.of("主题代码", x -> x.count().theme()),
                Column.of("主题", x -> themeName(topics, x.count().theme(), x.table().section())),
                Column.of("提及乡镇数", x -> x.count().towns()),
                Column.percent("占比", x -> new Column.Percent(x.count().share())),
                Column.of("上年提及乡镇数", x -> x.count().townsBefore()),
                Column.percent("上年占比", x -> Column.percentOf(x.count().shareBefore())),
                Column.of("变化（百分点）", x -> x.count().change()));
    }

    /** Everything the columns need besides their row: the wording, the catalogue and each report by id. */
    record Context(Wording wording, Catalog catalog, Map<String, ReportFacts> reports, Map<Ranking, String> growthPeriods) {
        static Context of(Wording wording, Catalog catalog, List<ReportFacts> reports) {
            Map<String, ReportFacts> byId = new HashMap<>();
            for (ReportFacts r : reports) byId.put(r.reportId(), r);
            return new Context(wording, catalog, byId, java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>()));
        }

        /**
         * A ranking's months (1—11月), 全年 for the year's figures of a flow, nothing for a stock's; for growth rates,
         * ranked together whatever their months, 全年 or 各镇报告期 when some are of part of the year (each row's 标记
         * names its months).
         */
        String period(Ranking t) {
            if (t.period() != null) return t.period().label();
            if (t.measure().equals(Observation.GROWTH)) {
                return growthPeriods.computeIfAbsent(t, k -> k.entries().stream().anyMatch(e -> e.flags().stream()
                        .anyMatch(f -> f.startsWith(townstats.analyze.Flags.PARTIAL))) ? MIXED_MONTHS : "全年");
            }
            return catalog.info(t.indicator()).flow() ? "全年" : null;
        }

        /** 万元, 元 …; % for growth rates. */
        String unit(Ranking t) {
            return t.measure().equals(Observation.GROWTH) ? "%" : catalog.unit(t.indicator());
        }

        /** A figure of the ranking's measure: growth rates are percents. */
        Object figure(Ranking t, Double v) {
            if (v == null) return null;
            return t.measure().equals(Observation.GROWTH) ? new Column.Percent(v) : v;
        }

        String county(String report) {
            ReportFacts r = reports.get(report);
            return r == null ? null : county(r);
        }

        static String county(ReportFacts r) {
            Place p = r.place();
            return p != null && p.county() != null ? p.county() : r.document().county();
        }
    }

    /** The facts table: one row per fact (facts.csv, the sheet 指标数据). */
    static List<Column<FactRow>> factColumns(Context ctx) {
        List<Column<FactRow>> c = new ArrayList<>();
        c.add(Column.of("报告编号", x -> x.report().reportId()));
        c.add(Column.of("乡镇", x -> x.report().document().town()));
        c.add(Column.of("县（市、区）", x -> Context.county(x.report())));
        c.add(Column.of("市", x -> x.report().place() == null ? null : x.report().place().city()));
        c.add(Column.of("省", x -> x.report().place() == null ? null : x.report().place().province()));
        c.add(Column.of("年份", x -> x.report().document().year()));
        c.addAll(reportFactColumns(ctx.wording()));
        c.add(Column.of("原文件", x -> x.report().document().report().source()));
        c.add(Column.forPrograms("起始月", x -> x.fact().period() == null ? null : x.fact().period().from()));
        c.add(Column.forPrograms("截止月", x -> x.fact().period() == null ? null : x.fact().period().to()));
        c.add(Column.forPrograms("原文位置", x -> x.fact().offset()));
        // 1204;3310: the offsets of the other mentions, one cell
        c.add(Column.forPrograms("其他提及位置", x -> x.fact().mentions().stream().map(m -> String.valueOf(m.offset()))
                .collect(Collectors.joining(";"))));
        c.add(new Column<>("识别置信度", true, true, x -> x.fact().confidence()));
        return c;
    }

    /** A report's own table (reports/SLUG/facts.csv): the facts columns that are not the report's. */
    static List<Column<FactRow>> reportFactColumns(Wording w) {
        return List.of(
                Column.of("指标代码", x -> x.fact().indicator()),
                Column.of("指标", x -> w.indicatorName(x.fact().indicator())),
                Column.of("数值", x -> x.fact().value()),
                Column.of("单位", x -> x.fact().unit()),
                Column.percent("增长率", x -> Column.percentOf(x.fact().growth())),
                Column.of("时期", x -> w.periodLabel(x.fact())),
                Column.of("说明", x -> w.qualifierLabel(x.fact().qualifier())),
                Column.of("所在部分", x -> x.fact().section().label()),
                Column.of("核对", x -> check(x.report(), x.fact(), w)),
                Column.of("原文", x -> x.fact().quote()));
    }

    /** The reports table (the sheet 报告). */
    static List<Column<ReportFacts>> reportColumns(Wording w) {
        return List.of(
                Column.of("报告编号", ReportFacts::reportId),
                Column.of("标题", r -> r.document().title()),
                Column.of("乡镇", r -> r.document().town()),
                Column.of("县（市、区）", Context::county),
                Column.of("市", r -> r.place() == null ? null : r.place().city()),
                Column.of("省", r -> r.place() == null ? null : r.place().province()),
                Column.of("区划代码", r -> r.place() == null ? null : r.place().divisionCode()),
                Column.of("年份", r -> r.document().year()),
                Column.of("匿名", r -> r.document().anonymised() ? "是" : "否"),
                Column.of("指标数", r -> r.facts().size()),
                Column.of("原文件", r -> r.document().report().source()),
                Column.of("提示", r -> String.join("；", w.notices(r))));
    }

    /** The rankings tables: one row per town and ranking (ranking-tables.csv, a sheet per level). */
    static List<Column<RankRow>> rankingColumns(Context ctx) {
        Wording w = ctx.wording();
        List<Column<RankRow>> c = new ArrayList<>(keyColumns(ctx, RankRow::table));
        c.add(Column.of("名次", x -> x.entry().rank()));
        c.add(Column.of("乡镇", x -> x.entry().town()));
        c.add(Column.of("县（市、区）", x -> ctx.county(x.entry().report())));
        c.add(Column.of("报告编号", x -> x.entry().report()));
        c.add(Column.of("数值", x -> ctx.figure(x.table(), x.entry().value())));
        c.add(Column.of("百分位", x -> Column.wholeOf(x.entry().percentile())));
        c.add(Column.of("标准分", x -> Column.scoreOf(x.entry().z())));
        c.add(Column.of("标记", x -> String.join("、", w.flagLabels(x.entry().flags()))));
        return c;
    }

    /** The statistics table: one row per ranking (statistics.csv, the sheet 统计量). */
    static List<Column<Ranking>> statisticsColumns(Context ctx) {
        List<Column<Ranking>> c = new ArrayList<>(keyColumns(ctx, t -> t));
        c.add(Column.of("是否排名", t -> t.ranked() ? "是" : "否"));
        c.add(Column.of("平均值", t -> ctx.figure(t, t.stats().mean())));
        c.add(Column.of("中位数", t -> ctx.figure(t, t.stats().median())));
        c.add(Column.of("下四分位数", t -> ctx.figure(t, t.stats().q1())));
        c.add(Column.of("上四分位数", t -> ctx.figure(t, t.stats().q3())));
        c.add(Column.of("最小值", t -> ctx.figure(t, t.stats().min())));
        c.add(Column.of("最大值", t -> ctx.figure(t, t.stats().max())));
        c.add(Column.of("标准差", t -> ctx.figure(t, t.stats().sd())));
        c.add(Column.percent("变异系数", t -> t.stats().cv() == null ? null : new Column.Percent(t.stats().cv() * 100)));
        return c;
    }

    /**
     * What names a ranking (indicator, year, months, measure, peer group) with its unit and size: the first columns
     * of the rankings and the statistics tables.
     */
    private static <R> List<Column<R>> keyColumns(Context ctx, java.util.function.Function<R, Ranking> ranking) {
        Wording w = ctx.wording();
        return List.of(
                Column.of("指标代码", x -> ranking.apply(x).indicator()),
                Column.of("指标", x -> w.indicatorName(ranking.apply(x).indicator())),
                Column.of("年份", x -> ranking.apply(x).year()),
                Column.of("时期", x -> ctx.period(ranking.apply(x))),
                Column.of("口径", x -> w.measureLabel(ranking.apply(x).measure())),
                Column.of("单位", x -> ctx.unit(ranking.apply(x))),
                Column.of("级别", x -> Level.of(ranking.apply(x).group()).label),
                Column.of("比较范围", x -> w.groupLabel(ranking.apply(x).group())),
                Column.of("范围代码", x -> ranking.apply(x).group()),
                Column.of("参与统计数", x -> ranking.apply(x).n()));
    }

    /** The workbook and the three CSVs under data/ of the site, written at once. */
    public static void writeAll(List<ReportFacts> reports, Analysis analysis, Catalog catalog, Wording wording, SiteFiles site)
            throws IOException {
        Context ctx = Context.of(wording, catalog, reports);
        Map<String, SiteFiles.Writing> files = new LinkedHashMap<>();
        files.put(FACTS_CSV, out -> csv(factColumns(ctx), facts(reports), out));
        files.put(RANKINGS_CSV, out -> csv(rankingColumns(ctx), rows(analysis.rankings(), null), out));
        files.put(STATISTICS_CSV, out -> csv(statisticsColumns(ctx), analysis.rankings(), out));
        TopicStats topics = analysis.topics();
        files.put(THEMES_CSV, out -> csv(themeColumns(topics), themes(reports), out));
        files.put(THEME_COUNTS_CSV, out -> csv(themeCountColumns(wording, topics), counts(topics), out));
        files.put(WORKBOOK, out -> workbook(reports, analysis.rankings(), topics, ctx, out));
        site.writeAll(files);
    }

    /** The workbook: notes, facts, reports, a rankings sheet per peer-group level and the statistics. */
    static void workbook(List<ReportFacts> reports, List<Ranking> rankings, TopicStats topics, Context ctx, OutputStream out)
            throws IOException {
        try (Workbook wb = new Workbook()) {
            wb.notes("说明", NOTES_INTRO, notes());
            wb.table("指标数据", Column.inWorkbook(factColumns(ctx)), facts(reports));
            wb.table("报告", reportColumns(ctx.wording()), reports);
            for (Level level : Level.values()) wb.table(level.sheet, rankingColumns(ctx), rows(rankings, level));
            wb.table("统计量", statisticsColumns(ctx), rankings);
            wb.table("主题", Column.inWorkbook(themeColumns(topics)), themes(reports));
            wb.table("主题统计", themeCountColumns(ctx.wording(), topics), counts(topics));
            wb.write(out);
        }
    }

    /** The first lines of the sheet 说明. */
    static final List<String> NOTES_INTRO = List.of("乡镇工作报告指标数据",
            "本工作簿的数据由各乡镇年度工作报告中识别的指标生成，与网站上的数字一致。");

    /** The tables of the sheet 说明 (what each sheet holds, what each column means), from the rules the build follows. */
    static List<List<String[]>> notes() {
        return List.of(
                List.of(new String[] {"工作表", "内容"},
                        new String[] {"指标数据", "每行一项从报告中识别的指标：所在乡镇、年份、数值、单位、增长率、时期和原文句子。"},
                        new String[] {"报告", "每行一份报告：标题、所在地、年份、识别出的指标数和提示。"},
                        new String[] {Level.ALL.sheet, "每个指标、年份、时期和口径在全部乡镇中的名次，每行一个乡镇。"},
                        new String[] {Level.PROVINCE.sheet + "、" + Level.CITY.sheet + "、" + Level.COUNTY.sheet,
                                "同一省、市、县（市、区）的乡镇之间的名次，“比较范围”列为所在的省、市或县。"},
                        new String[] {"统计量", "每个排名表一行：参与统计数、平均值、中位数、四分位数、最小值、最大值、标准差和变异系数。"},
                        new String[] {"主题", "每行一句报告原文及其提到的一个主题：存在问题（如招商引资难）、工作重点（工作打算）或工作亮点（带有数字的成绩）。"},
                        new String[] {"主题统计", "每个年份、比较范围和部分中提到各主题的乡镇数、占有该部分乡镇的比例及与上年相比的变化。"}),
                List.of(new String[] {"列", "说明"},
                        new String[] {"数值", "单位见“单位”列：金额以万元计（网页上1亿元及以上写作亿元），人均收入以元计；至多保留两位小数。"},
                        new String[] {"增长率", "同比增长率，负数表示下降。"},
                        new String[] {"时期", "数值覆盖的月份：全年，或如1—11月。部分月份的数值只与相同月份的数值比较，不折算为全年。"},
                        new String[] {"口径", "数值，或增长率。"},
                        new String[] {"名次", "数值由高到低，并列者名次相同（1、2、2、4）。参与统计的乡镇少于" + Ranker.MIN_RANKED
                                + "个时不排名，只列出数值；带有不合理数值、重复报告等标记的数值不排名。"},
                        new String[] {"百分位", "同一排名表中数值不高于该乡镇的其他乡镇所占的百分比（0—100）。"},
                        new String[] {"标准分", "（数值－平均值）÷标准差。"},
                        new String[] {"标记", "数值的限定和提示，如预计、约数、1—11月、不合理数值。"},
                        new String[] {"代码", "指标代码、范围代码和报告编号供程序使用，与网站的 JSON 数据一致。"},
                        new String[] {"占比", "提到该主题的乡镇数÷报告中有该部分（存在问题、工作打算或带数字的成绩）的乡镇数；变化为与上年占比之差，以百分点计。"},
                        new String[] {"筛选", "每个工作表的标题行已冻结，可用标题上的筛选按钮筛选和排序。"}));
    }

    /** Every fact of every report, in report order. */
    private static Iterable<FactRow> facts(List<ReportFacts> reports) {
        return () -> reports.stream().flatMap(r -> r.facts().stream().map(f -> new FactRow(r, f))).iterator();
    }

    /** Every theme every report's sentences name, in report and text order. */
    private static Iterable<ThemeRow> themes(List<ReportFacts> reports) {
        return () -> reports.stream().flatMap(r -> r.themes().stream().map(m -> new ThemeRow(r, m))).iterator();
    }

    /** Every theme count, in the tables' order. */
    private static Iterable<CountRow> counts(TopicStats topics) {
        return () -> topics.tables().stream().flatMap(t -> t.counts().stream().map(c -> new CountRow(t, c))).iterator();
    }

    /** Every row of the rankings of one level (null: of all levels), in the rankings' order. */
    private static Iterable<RankRow> rows(List<Ranking> rankings, Level level) {
        return () -> rankings.stream().filter(t -> level == null || Level.of(t.group()) == level)
                .flatMap(t -> t.entries().stream().map(e -> new RankRow(t, e))).iterator();
    }

    /** A table as CSV, UTF-8 with BOM. */
    static <R> void csv(List<Column<R>> columns, Iterable<R> rows, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CSVPrinter csv = Csv.table(w, columns.stream().map(Column::csvHeader).toList());
        for (R r : rows) {
            for (Column<R> c : columns) csv.print(Column.csv(c.value().apply(r)));
            csv.println();
        }
        csv.flush();
    }

    /** A report's facts as CSV (reports/SLUG/facts.csv), UTF-8 with BOM. */
    public static String reportFactsCsv(ReportFacts r, Wording wording) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        csv(reportFactColumns(wording), r.facts().stream().map(f -> new FactRow(r, f)).toList(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * The flags that say how a figure was read and checked: {@code ocr:97} (识别自扫描件, with its confidence),
     * {@code ocr_uncertain} (识别存疑: not ranked until checked) and {@code checked:NOTE} (人工核对, stated in the sidecar).
     */
    public static List<String> checkFlags(ReportFacts r, Fact f) {
        List<String> out = new ArrayList<>();
        if (f.scanned()) out.add(townstats.analyze.Flags.ocr(f.confidence()));
        boolean unsure = r.issues().stream().anyMatch(i -> i.kind() == townstats.model.QualityIssue.Kind.OCR_UNCERTAIN && i.concerns(f, false));
        if (unsure) out.add(townstats.model.QualityIssue.Kind.OCR_UNCERTAIN.id());
        if (f.correction() != null) out.add(townstats.analyze.Flags.checked(f.correction().note()));
        return out;
    }

    /**
     * How the figure was read and checked, as the pages say it: 识别自扫描件 97%, 识别存疑, 人工核对：NOTE, and for a corrected
     * figure what the report's text read (原为4410万元).
     */
    public static List<String> checkLabels(ReportFacts r, Fact f, Wording ctx) {
        List<String> out = new ArrayList<>(ctx.flagLabels(checkFlags(r, f)));
        if (f.correction() != null && f.correction().was() != null && !f.correction().was().isEmpty()) {
            out.add("原为" + f.correction().was());
        }
        return out;
    }

    /** The 核对 cell: {@link #checkLabels} in one line, or null. */
    static String check(ReportFacts r, Fact f, Wording w) {
        List<String> labels = checkLabels(r, f, w);
        return labels.isEmpty() ? null : String.join("、", labels);
    }
}
