package townstats.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import townstats.model.Document;
import townstats.model.Fact;
import townstats.model.Heading;
import townstats.model.ReportFacts;
import townstats.model.SectionKind;
import townstats.model.Sentence;
import townstats.analyze.Analyzer;
import townstats.analyze.Derived;
import townstats.analyze.FactSelector;
import townstats.analyze.Observation;
import townstats.analyze.RankEntry;
import townstats.analyze.Ranking;
import townstats.analyze.SimilarTowns;
import townstats.chart.ChartImage;
import townstats.util.Hashes;

/** One profile per town: towns/SLUG/index.html, and a page per earlier year. */
public final class TownPages {
    /**
     * One place of a figure in one ranking; {@code groupId}, {@code measureId} and {@code period} (1-11, or "" for
     * the year's figures) name that ranking for machines (the headline's data attributes), as rankings.json does.
     * {@code rank} and {@code n} are what the page says ({@link Position}): in a province or among all towns no count,
     * and below the first places no rank but the quarter, {@code band} (前25%); {@code brief} the place in short
     * (第3/14, 第3, 前25%), {@code cell} as the derived figures' table shows it (3/14, 第3, 前25%).
     */
    public record Rank(String group, String measure, Integer rank, Integer n, String band, String href, String groupId,
                       String measureId, String period, String line, String months, String brief, String cell) {
    }

    /**
     * One figure of the profile: {@code value} and {@code unit} as a reader expects them (9.49 亿元), {@code growth}
     * worded (同比增长 20%), {@code source} the reader page at its sentence, {@code raw} the figure in the catalogue
     * unit (the ranking page's number).
     */
    public record Card(String indicator, String name, String value, String unit, String growth, String period,
                List<String> flags, List<Rank> ranks, String href, String source, String raw, boolean rankable, String periodId,
                List<Fold> folded) {
    }

    /**
     * The card's places in one more peer group, both measures on one line (十堰市 第1/4，增长率第3/4), the place
     * named once; {@code groupId} names the group for machines, {@code period} the months of a growth rate ranked
     * for other months than the card's figure ("" the full year; null when the same).
     */
    public record Fold(String groupId, String period, String line) {
    }

    /** A column of the derived figures' table: one peer group of the town, most local first. */
    public record PeerColumn(String groupId, String label) {
    }

    /** A derived figure (人均, 地均) as a table row: its card and its place in each column's group (3/15), or null. */
    public record DerivedRow(Card card, List<String> places) {
    }

    /**
     * The derived figures (人均, 地均: half of a report's figures) in one table, each peer group a column named once,
     * rather than a card each: a profile stays small however many towns are ranked.
     */
    public record DerivedTable(List<PeerColumn> columns, List<DerivedRow> rows) {
    }

    /** One line of the profile's header: where the town stands in one peer group. */
    public record Standing(String group, String line) {
    }

    /** A strength or weakness: the indicator, its place and the ranking it links to. */
    public record Mark(String name, String place, String href) {
    }

    /**
     * A figure of the plan (工作打算): {@code value} with its unit as on the cards (38.36 亿元), {@code growth} worded
     * (同比增长 7%), {@code period} null for a stock; {@code source} the reader page at its sentence.
     */
    public record Target(String name, String value, String growth, String period, String source) {
    }

    /**
     * A similar town, most similar first, with how far apart the two towns' figures typically are ({@code apart}: 35%,
     * or 2.3倍 from twice on): the distance of the two towns' own figures, which no other town's report moves.
     */
    public record Similar(String town, String href, int shared, String apart) {
    }

    /** A chart of the profile; {@code alt} its title, {@code caption} what it compares, the months, counts and source. */
    public record Chart(String src, String alt, int width, int height, String caption) {
    }

    /** Last year's target and this year's figure, each with its unit as on the cards (65.28 亿元, 9%). */
    public record TargetCheck(String name, String measure, String target, String achieved, boolean met,
                              String targetHref, List<String> flags) {
    }

    /**
     * One report of the town; {@code cards} its own figures, {@code derived} those computed from them (人均, 地均).
     * The report's outline is on its reader page only. {@code source} is the report's file (its path in the reports
     * folder), which the printed page names at its foot.
     */
    public record Year(String label, String title, String source, String reportHref, String originalHref, String csvHref, int facts,
                List<Card> cards, DerivedTable derived, List<Target> targets, List<Highlight> highlights, List<String> problems,
                List<Similar> similar, List<Chart> charts, List<String> warnings,
                List<TargetCheck> checks, List<Standing> standings, List<Mark> strengths, List<Mark> weaknesses,
                String periods, TopicPages.ProfileThemes themes) {
    }

    /** A link of the profile's year tabs: the year's label and page; {@code current} on that page itself. */
    public record YearTab(String label, String href, boolean current) {
    }

    /**
     * One indicator across the town's years: cells in the order of {@code years} (25.27 亿元, 8,994 万元（1—9月）: each
     * in its own unit, the months of a part-year figure beside it), null where not reported.
     */
    public record History(String name, List<String> cells) {
    }

    private final SiteContext ctx;
    private final Map<String, String> originals;
    /** Report → its target checks (last year's targets against its figures), grouped once rather than scanned per report. */
    private final Map<String, List<townstats.analyze.TargetCheck>> targetsByReport = new HashMap<>();
    /** A peer group in one year. */
    private record GroupYear(String group, int year) {
        /** The order groups are named in: by width, then as "group|year" always sorted (the first of like groups names them). */
        static final Comparator<GroupYear> WIDEST_FIRST = Comparator.comparingInt((GroupYear k) -> SiteContext.width(k.group()))
                .thenComparing(k -> k.group() + "|" + k.year());
    }

    /** The towns a group has that year (in any of its rankings): groups of the same towns are said once. */
    private final Map<GroupYear, java.util.Set<String>> townsIn = new HashMap<>();
    /** The widest group of that year with the same towns (itself for most): its tables are the same. */
    private final Map<GroupYear, String> sameAs = new HashMap<>();
    /** Report → the towns most like it that year. */
    private final Map<String, List<SimilarTowns.Neighbour>> similarByReport = new HashMap<>();

    /** The themes of the problems and plans, and how common each is among the town's peers. */
    private final TopicPages topics;

    TownPages(SiteContext ctx, Map<String, String> originals) {
        this.ctx = ctx;
        this.originals = originals;
        this.topics = new TopicPages(ctx);
        for (townstats.analyze.TargetCheck t : ctx.analysis.targetChecks()) {
            targetsByReport.computeIfAbsent(t.achievedReport(), k -> new ArrayList<>()).add(t);
        }
        for (SimilarTowns s : ctx.analysis.similarTowns()) similarByReport.put(s.report(), s.neighbours());
        indexComposite();
        Map<GroupYear, java.util.Set<String>> members = new HashMap<>();
        for (Ranking t : ctx.analysis.rankings()) {
            java.util.Set<String> m = members.computeIfAbsent(new GroupYear(t.group(), t.year()), k -> new java.util.HashSet<>());
            for (RankEntry e : t.entries()) m.add(e.townKey());
        }
        townsIn.putAll(members);
        // (year, towns) → the widest group holding them: sets compared by content
        Map<Map.Entry<Integer, java.util.Set<String>>, GroupYear> widest = new HashMap<>();
        members.keySet().stream().sorted(GroupYear.WIDEST_FIRST).forEach(k -> {
            GroupYear first = widest.computeIfAbsent(Map.entry(k.year(), members.get(k)), x -> k);
            sameAs.put(k, first.group());
        });
    }

    /**
     * The town's profile, one page per report: the latest at towns/SLUG/index.html with the figures across years,
     * each earlier one at towns/SLUG/2021.html ({@link SiteIndex#townHref}), the year tabs linking them. A page is
     * a year's cards, charts and ranks only, so its size does not grow with the town's years.
     */
    void write(SiteIndex.Town town) throws IOException {
        String dir = "towns/" + town.slug() + "/";
        // Keys before models: a year's page (with its charts) whose inputs did not change is kept as published, and a
        // town whose every file is kept has none of its models built (a new report elsewhere leaves most towns so). A
        // year's page reads the town and every report's own figures (the tabs, the figures across years) and its own
        // report's places and lines; figures.js reads them all.
        String common = commonOf(town);
        List<String> keys = new ArrayList<>();
        boolean[] kept = new boolean[town.reports().size()];
        boolean allKept = true;
        for (int i = 0; i < kept.length; i++) {
            ReportFacts r = town.reports().get(i);
            keys.add(Hashes.of(common, placesOf(r)));
            kept[i] = ctx.reuseAll(filesOf(r, dir), keys.get(i));
            allKept &= kept[i];
        }
        String inputs = Hashes.of(keys.toArray(String[]::new));
        boolean figuresKept = ctx.reuse(dir + COMPARE_DATA, inputs);
        if (figuresKept && allKept) return;
        List<Year> years = new ArrayList<>();
        for (int i = 0; i < kept.length; i++) {
            ReportFacts r = town.reports().get(i);
            years.add(year(r));
            if (!kept[i]) writeCharts(r, dir, keys.get(i));
        }
        // 北京市 is its province and its city: named once
        List<String> places = new ArrayList<>();
        for (String place : new String[] {town.province(), town.city(), town.county()}) {
            if (place != null && !place.isBlank() && !places.contains(place)) places.add(place);
        }
        // the figures across years: the latest HISTORY_YEARS (a column each); earlier ones are on their own pages
        List<ReportFacts> dated = town.reports().stream().filter(r -> r.document().year() != null).toList();
        List<ReportFacts> known = dated.subList(0, Math.min(HISTORY_YEARS, dated.size()));
        List<String> historyYears = known.size() >= 2 ? known.stream().map(r -> r.document().year() + "年").toList() : null;
        List<History> history = historyYears == null ? null : history(known);
        if (!figuresKept) ctx.write(dir + COMPARE_DATA, compareData(town, years), inputs);
        String townTitle = town.name() + (town.county() == null ? "" : " · " + town.county());
        for (int i = 0; i < years.size(); i++) {
            if (kept[i]) continue;
            String path = ctx.index.townHref(town.reports().get(i).reportId());
            boolean latest = i == 0;
            List<YearTab> tabs = new ArrayList<>();
            if (years.size() > 1) {
                for (int k = 0; k < years.size(); k++) {
                    tabs.add(new YearTab(years.get(k).label(), ctx.index.townHref(town.reports().get(k).reportId()), k == i));
                }
            }
            List<SiteContext.Crumb> crumbs = new ArrayList<>();
            crumbs.add(ctx.home());
            crumbs.add(new SiteContext.Crumb(ctx.msg.get("nav.towns"), "towns/index.html"));
            for (String place : places) crumbs.add(new SiteContext.Crumb(place, null));
            crumbs.add(new SiteContext.Crumb(town.name(), latest ? null : town.href()));
            if (!latest) crumbs.add(new SiteContext.Crumb(years.get(i).label(), null));
            String title = latest ? townTitle : townTitle + " · " + years.get(i).label();
            Map<String, Object> m = new HashMap<>();
            m.put("town", town);
            m.put("places", places);
            m.put("y", years.get(i));
            m.put("latest", latest);
            m.put("tabs", tabs);
            if (latest && history != null) {
                m.put("historyYears", historyYears);
                m.put("history", history);
                m.put("historyCapped", dated.size() > HISTORY_YEARS);
            }
            ctx.page(path, "town.ftlh", title, crumbs, m, keys.get(i));
        }
    }

    private Similar similar(SimilarTowns.Neighbour s) {
        double ratio = Math.exp(s.distance());
        String apart = ratio < 2 ? Math.round((ratio - 1) * 100) + "%" : String.format("%.1f倍", ratio);
        return new Similar(s.town(), ctx.index.townHref(s.report()), s.shared(), apart);
    }

    /** The files of one year of the town's profile: its page and its charts. */
    private List<String> filesOf(ReportFacts r, String dir) {
        List<String> files = new ArrayList<>();
        files.add(ctx.index.townHref(r.reportId()));
        int charts = ctx.charts.ofTown(r.reportId()).size();
        for (int n = 1; n <= charts; n++) files.add(dir + chartName(r, n));
        return files;
    }

    private static String chartName(ReportFacts r, int n) {
        return "chart-" + (r.document().year() == null ? "x" : r.document().year()) + "-" + n + ".png";
    }

    /**
     * What every page of the town shows, hashed without building them: the town, and each report as the pages see it
     * (its figures across years, its year's tab). The settings, templates, words and code are added by the site output.
     */
    private String commonOf(SiteIndex.Town town) {
        Hashes.Builder h = new Hashes.Builder().add(town.key()).add(town.slug()).add(town.name()).add(town.county())
                .add(town.city()).add(town.province()).add(town.anonymised() ? 1 : 0);
        for (ReportFacts r : town.reports()) {
            String id = r.reportId();
            h.add(ctx.reportPrint(r)).add(ctx.index.reportDir(id)).add(ctx.index.townHref(id)).add(originals.get(id));
        }
        return h.hex();
    }

    /**
     * What one year's page says of the statistics, hashed without building it: only what a profile says of this town,
     * its place in each table (rank, towns, percentile, the page its row is on, never the z score or the mean, which
     * move with every town's figure), its standing lines, similar towns, target checks, charts and its themes' lines
     * (the counts among its peers).
     */
    private String placesOf(ReportFacts r) {
        Hashes.Builder h = new Hashes.Builder();
        String id = r.reportId();
        for (var e : ctx.places.of(id).entrySet()) {
            for (var place : e.getValue()) {
                Ranking t = place.getKey();
                RankEntry row = place.getValue();
                h.add(t.indicator()).add(t.year()).add(t.group()).add(t.measure()).add(t.period());
                // in a province or among all towns only what is said (第3, 前25%): the count and a rank below the
                // top move with every report of the year, and would make every profile of the year a new page
                if (Position.wide(t.group())) h.add(Position.of(t, row).toString());
                else h.add(t.n()).add(row.rank()).add(row.percentile());
                h.add(row.value()).add(row.flags()).add(row.offset())
                        .add(ctx.rankingLayout.href(t, row)).add(ctx.groupLabel(t.group())).add(sameAs.get(new GroupYear(t.group(), t.year())));
            }
        }
        h.add(standings(r));
        // the similar towns as shown
        for (SimilarTowns.Neighbour s : similarByReport.getOrDefault(id, List.of())) h.add(similar(s));
        for (townstats.analyze.TargetCheck t : targetsByReport.getOrDefault(id, List.of())) {
            h.add(t).add(ctx.index.report(t.targetReport()) == null ? null : ctx.index.reportHref(t.targetReport()));
        }
        for (ChartImage c : ctx.charts.ofTown(id)) h.add(c.altText()).add(c.width()).add(c.height()).add(Hashes.sha256(c.png()));
        for (String g : townstats.analyze.TownIdentity.of(r).groups()) h.add(g).add(ctx.groupLabel(g));
        // its themes and how many of its peers name each: they move with the other towns' reports
        h.add(String.valueOf(topics.profile(r)));
        return h.hex();
    }

    /** Writes the year's charts beside its page (chart-2022-1.png …), made from {@code inputs}. */
    private void writeCharts(ReportFacts r, String dir, String inputs) throws IOException {
        int n = 0;
        for (ChartImage c : ctx.charts.ofTown(r.reportId())) ctx.write(dir + chartName(r, ++n), c.png(), inputs);
    }

    private Year year(ReportFacts r) {
        Document d = r.document();
        String reportDir = ctx.index.reportDir(r.reportId());
        List<Card> cards = new ArrayList<>();
        List<Card> derived = new ArrayList<>();
        // the report's figures exactly as the statistics counted them: the same value, period and flags as its rankings
        Map<String, Observation[]> figures = figures(r);
        for (var e : figures.entrySet()) {
            String indicator = e.getKey();
            Observation value = e.getValue()[0];
            Observation growth = e.getValue()[1];
            Observation shown = value != null ? value : growth;
            List<String> flags = new ArrayList<>(shown.flags());
            if (value != null && growth != null) {
                growth.flags().stream().filter(fl -> fl.startsWith("implausible")).forEach(flags::add);
            }
            String period = periodOf(shown.flags());
            flags.removeIf(fl -> fl.startsWith("partial:"));  // shown as the period badge
            String href = d.year() == null ? null : ctx.rankingLayout.figureHref(indicator, d.year(), ctx.places.of(r.reportId(), indicator));
            String unit = ctx.indicatorUnit(indicator);
            townstats.util.Amounts.Amount amount = value == null ? null : SiteContext.amount(value.value(), unit);
            List<Rank> ranks = ranksOf(r, indicator, period);
            (Derived.isDerived(indicator) ? derived : cards).add(new Card(indicator, ctx.indicatorName(indicator),
                    amount == null ? null : amount.number(), amount == null ? unit : amount.unit(),
                    growth == null ? null : ctx.growthText(growth.value()), period, ctx.flagLabels(flags), ranks, href,
                    sourceHref(r, reportDir, shown.offset()), value == null ? null : SiteContext.raw(value.value()), shown.rankable(),
                    SiteContext.periodId(shown.period()), folded(ranks, SiteContext.periodId(shown.period()), period)));
        }
        List<Target> targets = new ArrayList<>();
        for (Fact f : r.facts()) {
            if (FactSelector.isAchievement(f)) continue;
            targets.add(new Target(ctx.indicatorName(f.indicator()), SiteContext.amountText(f.value(), f.unit()),
                    f.growth() == null ? null : ctx.growthText(f.growth()), ctx.periodLabel(f), sourceHref(r, reportDir, f.offset())));
        }
        List<Similar> similar = new ArrayList<>();
        for (SimilarTowns.Neighbour s : similarByReport.getOrDefault(r.reportId(), List.of())) similar.add(similar(s));
        List<Chart> charts = new ArrayList<>();
        int n = 0;
        for (ChartImage c : ctx.charts.ofTown(r.reportId())) {
            String name = chartName(r, ++n);
            // the caption states everything the chart shows; the image's alt names the chart rather than saying it twice
            String alt = c.altText();
            String title = alt.contains("：") ? alt.substring(0, alt.indexOf('：')) : alt;
            charts.add(new Chart(name, title, c.width(), c.height(), alt + ctx.msg.get("town.chartSource")));
        }
        String original = originals.get(r.reportId());
        return new Year(d.year() == null ? ctx.msg.get("year.unknown") : d.year() + "年", ctx.reportTitle(r), d.report().source(),
                reportDir + "index.html", original == null ? null : reportDir + original, reportDir + "facts.csv",
                r.facts().size(), cards, derivedTable(derived), targets, highlights(r, reportDir), problems(d), similar, charts,
                ctx.notices(r), checks(r), standings(r), marks(r, true), marks(r, false), periods(cards), topics.profile(r));
    }

    private List<TargetCheck> checks(ReportFacts r) {
        List<TargetCheck> out = new ArrayList<>();
        for (townstats.analyze.TargetCheck t : targetsByReport.getOrDefault(r.reportId(), List.of())) {
            boolean growth = t.measure().equals(SiteContext.GROWTH);
            // each figure in the cards' form (56.97 亿元 beside a card of 56.97 亿元, not 569,700 万元)
            String unit = ctx.indicatorUnit(t.indicator());
            out.add(new TargetCheck(ctx.indicatorName(t.indicator()), ctx.measureLabel(t.measure()),
                    growth ? SiteContext.num(t.target()) + "%" : SiteContext.amountText(t.target(), unit),
                    growth ? SiteContext.num(t.achieved()) + "%" : SiteContext.amountText(t.achieved(), unit),
                    t.met(), ctx.index.report(t.targetReport()) == null ? null : ctx.index.reportHref(t.targetReport()),
                    ctx.flagLabels(t.flags())));
        }
        return out;
    }

    /**
     * The report's figures as the statistics count them ({@link Analyzer#figures}): indicator → {value, growth}
     * (either may be null), catalogue indicators in catalogue order, then derived ones (人均, 地均) by id.
     */
    private Map<String, Observation[]> figures(ReportFacts r) {
        Map<String, Observation[]> byIndicator = new java.util.TreeMap<>();
        for (Observation o : Analyzer.figures(r, ctx.catalog)) {
            byIndicator.computeIfAbsent(o.indicator(), k -> new Observation[2])[o.measure().equals(SiteContext.VALUE) ? 0 : 1] = o;
        }
        Map<String, Observation[]> ordered = new LinkedHashMap<>();
        for (String id : ctx.catalog.indicators().keySet()) {
            Observation[] f = byIndicator.remove(id);
            if (f != null) ordered.put(id, f);
        }
        ordered.putAll(byIndicator);
        return ordered;
    }

    /** 1—11月 from a flag partial:1-11, or null for a figure of the year. */
    private String periodOf(List<String> flags) {
        return flags.stream().filter(f -> f.startsWith("partial:")).findFirst().map(ctx::flagLabel).orElse(null);
    }

    /** How many years the table of figures across years shows, so that index.html stays small for a town of many years. */
    static final int HISTORY_YEARS = 5;

    /** The catalogue indicators the town reported in at least one year, value per year (newest first). */
    private List<History> history(List<ReportFacts> known) {
        Map<String, Map<String, Observation[]>> figuresByReport = new HashMap<>();
        for (ReportFacts r : known) figuresByReport.put(r.reportId(), figures(r));
        List<History> rows = new ArrayList<>();
        for (String indicator : ctx.catalog.indicators().keySet()) {
            List<String> cells = new ArrayList<>();
            boolean any = false;
            for (ReportFacts r : known) {
                Observation[] figure = figuresByReport.get(r.reportId()).get(indicator);
                Observation v = figure == null ? null : figure[0];
                String period = v == null ? null : periodOf(v.flags());
                String cell = v == null ? null : SiteContext.amountText(v.value(), ctx.indicatorUnit(indicator))
                        + (period == null ? "" : "（" + period + "）");
                any |= cell != null;
                cells.add(cell);
            }
            if (any) rows.add(new History(ctx.indicatorName(indicator), cells));
        }
        return rows;
    }

    /** Each town's figures for the compare page, a script (not JSON) so that it also loads from file://. */
    static final String COMPARE_DATA = "figures.js";

    /**
     * The town's figures for compare.html, every year with a known year (newest first): per indicator the value, unit,
     * growth and months exactly as on the profile's cards, the plain value for the bars, and every rank the figure has
     * (group, measure, months, rank, towns), from which the page picks the most local group the chosen towns share;
     * the town's peer groups with their names, widest first.
     */
    private String compareData(SiteIndex.Town town, List<Year> years) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("slug", town.slug());
        data.put("name", town.name());
        data.put("place", String.join(" ", java.util.stream.Stream.of(town.province(), town.city(), town.county())
                .filter(x -> x != null && !x.isBlank()).distinct().toList()));
        data.put("href", town.href());
        List<List<String>> groups = new ArrayList<>();
        groups.add(List.of(SiteContext.ALL, ctx.groupLabel(SiteContext.ALL)));
        if (!town.reports().isEmpty()) {
            for (String g : townstats.analyze.TownIdentity.of(town.reports().get(0)).groups()) groups.add(List.of(g, ctx.groupLabel(g)));
        }
        data.put("groups", groups);
        List<Map<String, Object>> byYear = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            ReportFacts r = town.reports().get(i);
            Integer year = r.document().year();
            if (year == null) continue;
            Year y = years.get(i);
            List<Card> all = new ArrayList<>(y.cards());
            y.derived().rows().forEach(row -> all.add(row.card()));
            List<Map<String, Object>> figures = new ArrayList<>();
            for (Card c : all) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("id", c.indicator());
                f.put("name", c.name());
                f.put("value", c.value());
                f.put("unit", c.unit());
                f.put("raw", c.raw());
                f.put("growth", c.growth());
                f.put("period", c.period());
                f.put("flags", c.flags());
                List<Map<String, Object>> ranks = new ArrayList<>();
                for (var e : ctx.places.of(r.reportId(), c.indicator())) {
                    if (e.getValue().rank() == null) continue;
                    Ranking t = e.getKey();
                    Position at = Position.of(t, e.getValue());
                    Map<String, Object> k = new LinkedHashMap<>();
                    k.put("g", t.group());
                    k.put("m", t.measure());
                    k.put("p", SiteContext.periodId(t.period()));
                    // as the profile says it: rank and count in a county or city, else 第3 or the quarter (前25%)
                    if (at.band(ctx.msg) != null) k.put("b", at.band(ctx.msg));
                    else k.put("r", at.rank());
                    if (at.n() != null) k.put("n", at.n());
                    ranks.add(k);
                }
                f.put("ranks", ranks);
                figures.add(f);
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("year", year);
            entry.put("label", y.label());
            entry.put("href", ctx.index.townHref(r.reportId()));
            entry.put("figures", figures);
            // a second report of one year (年份重复) is its own page: the compare page shows the first
            if (byYear.stream().noneMatch(x -> x.get("year").equals(year))) byYear.add(entry);
        }
        data.put("years", byYear);
        try {
            return "(window.TOWNSTATS_COMPARE = window.TOWNSTATS_COMPARE || {})[" + JSON.writeValueAsString(town.slug()) + "] = "
                    + JSON.writeValueAsString(data).replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + ";\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** The reader page at the figure's sentence (highlighted there, scrolled to), or null for a derived figure. */
    private static String sourceHref(ReportFacts r, String reportDir, int offset) {
        if (offset < 0) return null;
        for (int i = 0; i < r.facts().size(); i++) {
            if (r.facts().get(i).offset() == offset) return reportDir + "index.html#f-" + (i + 1);
        }
        return null;
    }

    /**
     * One line per peer group the report is ranked in (all towns, province, city, county), a group holding the same
     * towns as a wider one said once with it (在洪洞县15个乡镇中（临汾市、山西省与之相同）): how many towns the group
     * has that year, the composite index's place among the group's scored towns when there are at least
     * {@link townstats.analyze.Ranker#MIN_RANKED} of them, and how many of the town's ranks (tables of at least as many
     * towns: smaller ones have none) are in the group's top three.
     */
    private List<Standing> standings(ReportFacts r) {
        Integer year = r.document().year();
        if (year == null) return List.of();
        List<String> groups = new ArrayList<>();
        groups.add(SiteContext.ALL);
        groups.addAll(townstats.analyze.TownIdentity.of(r).groups());
        // the groups by the towns they hold (the widest group of the same towns), widest first; each set of towns is one
        // line, named by its narrowest group
        Map<String, List<String>> byTowns = new LinkedHashMap<>();
        for (String group : groups) {
            GroupYear key = new GroupYear(group, year);
            if (townsIn.containsKey(key)) byTowns.computeIfAbsent(sameAs.get(key), k -> new ArrayList<>()).add(group);
        }
        List<Standing> out = new ArrayList<>();
        for (var e : byTowns.entrySet()) {
            List<String> same = e.getValue();
            int towns = townsIn.get(new GroupYear(same.get(0), year)).size();
            String group = same.get(same.size() - 1);
            int ranked = 0;
            int top = 0;
            for (var byIndicator : ctx.places.of(r.reportId()).values()) {
                for (var p : byIndicator) {
                    if (!p.getKey().group().equals(group) || p.getValue().rank() == null) continue;
                    ranked++;
                    if (p.getValue().rank() <= 3) top++;
                }
            }
            if (ranked == 0) continue;
            String label = shortName(group);
            // a province or all towns without their count (it moves with every report of the year: Position)
            boolean wide = Position.wide(group);
            StringBuilder line = new StringBuilder(wide ? ctx.msg.get("town.standingWide").replace("{0}", label)
                    : ctx.msg.get("town.standing").replace("{0}", label).replace("{1}", String.valueOf(towns)));
            if (same.size() > 1) {
                List<String> wider = new ArrayList<>();
                for (int i = same.size() - 2; i >= 0; i--) wider.add(ctx.groupLabel(same.get(i)));
                line.append(ctx.msg.get("town.standingSame").replace("{0}", String.join("、", wider)));
            }
            line.append("：");
            int[] composite = compositeRank(r, group, year);
            if (composite != null && !wide) {
                line.append(ctx.msg.get("town.standingComposite").replace("{0}", String.valueOf(composite[0]))
                        .replace("{1}", String.valueOf(composite[1])));
            } else if (composite != null) {
                int band = townstats.analyze.RankBands.band(composite[0], composite[1]);
                line.append(band == 0 ? ctx.msg.get("town.standingCompositeTop").replace("{0}", String.valueOf(composite[0]))
                        : ctx.msg.get("town.standingCompositeBand").replace("{0}", Position.bandWords(ctx.msg, band)));
            }
            line.append(ctx.msg.get("town.standingRanked").replace("{0}", String.valueOf(ranked)).replace("{1}", String.valueOf(top)));
            out.add(new Standing(label, line.toString()));
        }
        return out;
    }

    /**
     * The report's place by the composite index among the scored towns of one peer group and how many they are
     * (composite.html's count for all towns), or null when it is not scored or the group has fewer than
     * {@link townstats.analyze.Ranker#MIN_RANKED} scored towns (a place among so few says little).
     */
    private int[] compositeRank(ReportFacts r, String group, int year) {
        Double own = compositeOwn.get(r.reportId());
        double[] scores = compositeScores.get(new GroupYear(group, year));
        if (own == null || scores == null || scores.length < townstats.analyze.Ranker.MIN_RANKED) return null;
        int higher = scores.length - townstats.analyze.Ranker.firstAbove(scores, own);
        return new int[] {higher + 1, scores.length};
    }

    /** Report → its composite index score (closeness), for the reports scored. */
    private final Map<String, Double> compositeOwn = new HashMap<>();
    /** A peer group's year → the scores of its towns scored, ascending. */
    private final Map<GroupYear, double[]> compositeScores = new HashMap<>();

    private void indexComposite() {
        Map<GroupYear, List<Double>> scores = new HashMap<>();
        for (townstats.analyze.CompositeIndex ci : ctx.analysis.compositeIndex()) {
            for (var e : ci.entries()) {
                compositeOwn.put(e.report(), e.closeness());
                ReportFacts other = ctx.index.report(e.report());
                List<String> groups = new ArrayList<>();
                groups.add(SiteContext.ALL);
                if (other != null) groups.addAll(townstats.analyze.TownIdentity.of(other).groups());
                for (String g : groups) scores.computeIfAbsent(new GroupYear(g, ci.year()), k -> new ArrayList<>()).add(e.closeness());
            }
        }
        scores.forEach((k, v) -> {
            double[] sorted = v.stream().mapToDouble(Double::doubleValue).toArray();
            java.util.Arrays.sort(sorted);
            compositeScores.put(k, sorted);
        });
    }

    /**
     * The town's strengths ({@code best}) or weaknesses: its three highest (or lowest) percentiles of development
     * indicators (not sizes such as area or villages), above (below) the middle, each figure in the most local peer
     * group that ranks it (the county's towns wherever the data allow; a
     * table of fewer than {@link townstats.analyze.Ranker#MIN_RANKED} towns ranks nobody).
     */
    private List<Mark> marks(ReportFacts r, boolean best) {
        List<Map.Entry<Ranking, RankEntry>> all = new ArrayList<>();
        for (var byIndicator : ctx.places.of(r.reportId()).values()) {
            // a size (area, population, villages) is no strength nor weakness: only development indicators and theirs
            if (byIndicator.isEmpty() || !development(byIndicator.get(0).getKey().indicator())) continue;
            // per measure and months, the narrowest group with a rank (the places run from all towns to the county)
            Map<String, Map.Entry<Ranking, RankEntry>> local = new LinkedHashMap<>();
            for (var e : byIndicator) {
                if (e.getValue().percentile() == null) continue;
                local.put(e.getKey().measure() + "|" + e.getKey().period(), e);
            }
            for (var e : local.values()) {
                double p = Position.order(e.getKey(), e.getValue());
                if (best ? p >= 50 : p < 50) all.add(e);
            }
        }
        // ordered by what the page shows (a wide group's quarter, not its percentile, which moves with every report)
        all.sort(Comparator.comparingDouble((Map.Entry<Ranking, RankEntry> e) -> best ? -Position.order(e.getKey(), e.getValue())
                        : Position.order(e.getKey(), e.getValue()))
                .thenComparing(e -> e.getKey().indicator()));
        List<Mark> out = new ArrayList<>();
        for (var e : all.subList(0, Math.min(3, all.size()))) {
            Ranking t = e.getKey();
            String what = ctx.indicatorName(t.indicator()) + (t.measure().equals(SiteContext.GROWTH) ? ctx.msg.get("town.growthOf") : "");
            String months = t.period() != null ? t.period().label() : null;
            if (months == null) {
                String flag = e.getValue().flags().stream().filter(f -> f.startsWith(townstats.analyze.Flags.PARTIAL)).findFirst().orElse(null);
                if (flag != null) months = ctx.flagLabel(flag);
            }
            Position at = Position.of(t, e.getValue());
            String place = (Position.wide(t.group()) ? ctx.groupLabel(t.group()) : shortName(t.group())) + at.brief(ctx.msg)
                    + (months == null ? "" : " · " + months);
            out.add(new Mark(what, place, ctx.rankingLayout.href(t, e.getValue()))); // the page that lists the town
        }
        return out;
    }

    /** A development indicator of the catalogue (output, revenue, income …), or one derived from it (人均, 地均). */
    private boolean development(String indicator) {
        String base = indicator.replaceFirst("(" + townstats.catalog.Catalog.PER_CAPITA + "|" + townstats.catalog.Catalog.PER_KM2 + ")$", "");
        townstats.catalog.Catalog.Indicator info = ctx.catalog.indicators().get(base);
        return info != null && info.development();
    }

    /**
     * 全年, or 全年；1—11月：固定资产投资、…: the months the report's own figures cover (the derived ones follow them and
     * show their months in their table); stocks (population, area) have none.
     */
    private String periods(List<Card> cards) {
        Map<String, List<String>> byPeriod = new LinkedHashMap<>();
        for (Card c : cards) if (c.period() != null) byPeriod.computeIfAbsent(c.period(), k -> new ArrayList<>()).add(c.name());
        StringBuilder sb = new StringBuilder(ctx.msg.get("town.periodsYear"));
        byPeriod.forEach((p, names) -> sb.append("；").append(p).append("：").append(String.join("、", names)));
        return sb.toString();
    }

    /**
     * The report's places in the rankings of the indicator, the card's headline first: the most local peer group of
     * the figure itself (在栾川县14个乡镇中第3), then the other groups, most local first, each as one short line
     * (洛阳市 第12/340). A place named twice (北京市 as province and city) is shown once, in its most local group.
     */
    private List<Rank> ranksOf(ReportFacts r, String indicator, String cardMonths) {
        List<Map.Entry<Ranking, RankEntry>> entries = new ArrayList<>(ctx.places.of(r.reportId(), indicator));
        java.util.Collections.reverse(entries);
        entries.removeIf(e -> e.getValue().rank() == null);
        // the headline is a value rank where there is one: "how big" before "how fast"
        entries.stream().filter(e -> e.getKey().measure().equals(SiteContext.VALUE)).findFirst().ifPresent(lead -> {
            entries.remove(lead);
            entries.add(0, lead);
        });
        List<Rank> out = new ArrayList<>();
        java.util.Set<String> named = new java.util.HashSet<>();
        for (var e : entries) {
            Ranking t = e.getKey();
            RankEntry row = e.getValue();
            String label = ctx.groupLabel(t.group());
            // a place named twice (北京市 as province and city), or a wider group of the same towns (the same table): once,
            // in its most local group
            String towns = sameAs.getOrDefault(new GroupYear(t.group(), t.year()), t.group());
            if (!named.add(label + "|" + t.measure()) | !named.add(towns + "|" + t.measure() + "|" + t.period())) continue;
            String place = shortName(t.group());
            String href = ctx.rankingLayout.href(t, row);
            String measure = ctx.measureLabel(t.measure());
            boolean growth = !t.measure().equals(SiteContext.VALUE);
            // the months of the figure itself: a growth rate of 1—9月 is ranked with the year's growth rates
            String months = t.period() != null ? t.period().label()
                    : row.flags().stream().filter(f -> f.startsWith(townstats.analyze.Flags.PARTIAL)).findFirst().map(ctx::flagLabel).orElse(null);
            String other = java.util.Objects.equals(months, cardMonths) ? "" : "，" + (months == null ? ctx.msg.get("town.fullYear") : months);
            Position at = Position.of(t, row);
            String lead = at.band(ctx.msg) != null ? ctx.msg.get("town.rankLeadBand").replace("{1}", at.band(ctx.msg))
                    : at.n() == null ? ctx.msg.get("town.rankLeadTop").replace("{1}", String.valueOf(at.rank()))
                    : ctx.msg.get("town.rankLead").replace("{1}", String.valueOf(at.n())).replace("{2}", String.valueOf(at.rank()));
            String line = out.isEmpty()
                    ? lead.replace("{0}", place) + (growth ? "（" + measure + other + "）" : "")
                    : (growth ? measure + " " : "") + place + " " + at.brief(ctx.msg);
            out.add(new Rank(t.group().equals(SiteContext.ALL) ? "" : label, measure, at.rank(), at.n(), at.band(ctx.msg), href,
                    t.group(), t.measure(), SiteContext.periodId(t.period()), line, months, at.brief(ctx.msg), at.cell(ctx.msg)));
        }
        return out;
    }

    /**
     * The ranks after the card's headline, one line per peer group: 十堰市 第1/4，增长率第3/4, or 房县 增长率第3/4; a rank
     * of another table than the card's figure's months (a growth rate, ranked with the year's) gets a line of its own
     * ({@code period} its table's months, for machines), and a figure of other months than the card's says them.
     */
    private List<Fold> folded(List<Rank> ranks, String cardPeriod, String cardMonths) {
        Map<List<String>, List<Rank>> byGroup = new LinkedHashMap<>();
        // a wider group with exactly the towns of one shown before is the same table (RankingLayout draws it once,
        // and every link to either leads to it): the same place, not said again
        java.util.Set<String> tables = new java.util.HashSet<>();
        if (!ranks.isEmpty()) tables.add(ranks.get(0).href() + "|" + ranks.get(0).measureId() + "|" + ranks.get(0).period());
        for (Rank k : ranks.subList(Math.min(1, ranks.size()), ranks.size())) {
            if (k.href() != null && !tables.add(k.href() + "|" + k.measureId() + "|" + k.period())) continue;
            // "=" the card's months
            String period = k.period().equals(cardPeriod) ? "=" : k.period();
            byGroup.computeIfAbsent(List.of(k.groupId(), period), g -> new ArrayList<>()).add(k);
        }
        List<Fold> out = new ArrayList<>();
        byGroup.forEach((key, list) -> {
            list.sort(Comparator.comparing(k -> !k.measureId().equals(SiteContext.VALUE)));
            StringBuilder line = new StringBuilder(shortName(key.get(0))).append(' ');
            for (int i = 0; i < list.size(); i++) {
                Rank k = list.get(i);
                if (i > 0) line.append("，");
                if (!k.measureId().equals(SiteContext.VALUE)) line.append(k.measure());
                line.append(k.brief());
                if (!java.util.Objects.equals(k.months(), cardMonths)) {
                    line.append("（").append(k.months() == null ? ctx.msg.get("town.fullYear") : k.months()).append("）");
                }
            }
            out.add(new Fold(key.get(0), key.get(1).equals("=") ? null : key.get(1), line.toString()));
        });
        return out;
    }

    /** The derived figures with a column per peer group any of them is ranked in, most local first. */
    private DerivedTable derivedTable(List<Card> derived) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Card c : derived) {
            for (Rank k : c.ranks()) labels.putIfAbsent(k.groupId(), shortName(k.groupId()));
        }
        List<PeerColumn> columns = labels.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> -SiteContext.width(e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .map(e -> new PeerColumn(e.getKey(), e.getValue())).toList();
        List<DerivedRow> rows = new ArrayList<>();
        for (Card c : derived) {
            List<String> places = new ArrayList<>();
            for (PeerColumn col : columns) {
                places.add(c.ranks().stream().filter(k -> k.groupId().equals(col.groupId())).findFirst()
                        .map(Rank::cell).orElse(null));
            }
            rows.add(new DerivedRow(c, places));
        }
        return new DerivedTable(columns, rows);
    }

    /** A peer group as a card names it: 全部 for all towns, else its place (栾川县). */
    private String shortName(String group) {
        return group.equals(SiteContext.ALL) ? ctx.msg.get("group.allShort") : ctx.groupLabel(group);
    }

    /** A sentence of the report and the reader page at its first figure. */
    public record Highlight(String text, String href) {
    }

    /**
     * The year's highlights: the first sentences of the achievements part (summary) that carry a figure the
     * extractor read, in the report's order, at most five, each linking to that figure on the reader page.
     */
    static List<Highlight> highlights(ReportFacts r, String reportDir) {
        List<Highlight> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        Document d = r.document();
        for (int i = 0; i < r.facts().size() && out.size() < 5; i++) {
            Fact f = r.facts().get(i);
            // the fact's quote is its sentence as printed; several figures of one sentence make one highlight
            if (f.section() != SectionKind.SUMMARY || f.quote() == null || !seen.add(f.quote())) continue;
            // a heading (一、经济发展稳中有进，全年GDP增长6%) heads its part: not a highlight
            if (d.headings().stream().anyMatch(h -> h.start() <= f.start() && f.end() <= h.end()) || leadsIn(f.quote())) continue;
            out.add(new Highlight(shorten(f.quote(), 120), reportDir + "index.html#f-" + (i + 1)));
        }
        return out;
    }

    /** The problems: the first sentences of the problems section that are not headings nor lead-ins, at most five. */
    static List<String> problems(Document d) {
        List<String> out = new ArrayList<>();
        for (Sentence s : d.sentences()) {
            if (s.section() != SectionKind.PROBLEMS) continue;
            String t = s.text().strip();
            boolean heading = d.headings().stream().anyMatch(h -> h.start() <= s.start() && s.end() <= h.end() + 1);
            if (heading || !isProblemItem(t)) continue;
            out.add(shorten(afterLeadIn(t), 90));
            if (out.size() == 5) break;
        }
        return out;
    }

    /** A sentence of the problems part that states a problem: not a lead-in to a list, nor the promise after it. */
    static boolean isProblemItem(String text) {
        return text.length() >= 8 && !leadsIn(text) && !RESOLVES.matcher(text).find();
    }

    /** The promise after a list of problems (对此，我们将高度重视……加以解决): what the town will do, not a problem. */
    private static final java.util.regex.Pattern RESOLVES = java.util.regex.Pattern.compile(
            "^(对此|对于?(这些|上述|以上)(问题|不足)|针对(这些|上述|以上)(问题|不足)|(这些|上述|以上)(问题|不足)).{0,30}(将|要|必须|认真|切实|加以|着力)");

    /** A lead-in that opens the sentence holding the list (我们也清醒地看到还存在一些困难和问题：一是……): the part's title says it. */
    private static final java.util.regex.Pattern LEAD_IN = java.util.regex.Pattern.compile("^[^：:。；]{0,40}(问题|不足|困难|短板)[^：:。；]{0,6}[：:]");

    /** The problems of a sentence without the lead-in that opens it (一是……), or the sentence as it is. */
    static String afterLeadIn(String text) {
        java.util.regex.Matcher m = LEAD_IN.matcher(text);
        String rest = m.find() ? text.substring(m.end()).strip() : "";
        return rest.length() >= 8 ? rest : text;
    }

    /** A line that announces what follows (仍存在以下问题：): a heading of a list, not an item of it. */
    private static boolean leadsIn(String text) {
        String t = text.strip();
        return t.endsWith("：") || t.endsWith(":");
    }

    /**
     * At most {@code max} characters, cut where a clause ends (，；。) rather than inside a number: 同比增长7.… would say
     * a figure the report does not.
     */
    static String shorten(String s, int max) {
        String t = s.strip();
        if (t.length() <= max) return t;
        int cut = -1;
        for (int i = max; i > max / 3; i--) {
            char c = t.charAt(i - 1);
            if (c == '，' || c == '；' || c == '。' || c == '、' || c == ',' || c == ';') {
                cut = i - 1;
                break;
            }
        }
        if (cut < 0) {
            // no clause ends early enough: cut before the number (and its unit word) the limit falls in
            cut = max;
            while (cut > 0 && isNumberPart(t.charAt(cut - 1))) cut--;
        }
        return t.substring(0, cut) + "…";
    }

    private static boolean isNumberPart(char c) {
        return c >= '0' && c <= '9' || c == '.' || c == ',' || c == '%' || c == '％';
    }
}
