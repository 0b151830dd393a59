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
import townstats.render.SiteAnalysis.RankingRow;
import townstats.render.SiteAnalysis.RankingTable;
import townstats.util.Hashes;

/** One profile per town (towns/SLUG/index.html) with all its years, and the towns index. */
public final class TownPages {
    public record Rank(String group, String measure, Integer rank, int n, String percentile, String href) {
    }

    public record Card(String indicator, String name, String value, String unit, String growth, String period,
                List<String> flags, List<Rank> ranks, String href) {
    }

    public record Target(String name, String value, String unit, String growth, String period) {
    }

    public record Similar(String town, String href, String distance, int shared) {
    }

    public record Chart(String src, String alt, int width, int height) {
    }

    /** Last year's target and this year's figure. */
    public record TargetCheck(String name, String measure, String unit, String target, String achieved, boolean met,
                              String targetHref, List<String> flags) {
    }

    public record Year(String label, String title, String reportHref, String originalHref, String csvHref, int facts,
                List<Card> cards, List<Target> targets, List<String> highlights, List<String> problems,
                List<ReportPages.OutlineItem> outline, List<Similar> similar, List<Chart> charts, List<String> warnings,
                List<TargetCheck> checks) {
    }

    /** One indicator across the town's years: cells in the order of {@code years}, null where not reported. */
    public record History(String name, String unit, List<String> cells) {
    }

    private final SiteContext ctx;
    private final Map<String, String> originals;
    /**
     * Report → indicator (sorted) → (table, row) of every ranking that report appears in; nested rather than keyed
     * by a joined string, which at national scale meant millions of strings.
     */
    private final Map<String, java.util.SortedMap<String, List<Map.Entry<RankingTable, RankingRow>>>> ranks = new HashMap<>();
    /** Report → its target checks, grouped once rather than scanned per report. */
    private final Map<String, List<SiteAnalysis.TargetResult>> targetsByReport = new HashMap<>();

    TownPages(SiteContext ctx, Map<String, String> originals) {
        this.ctx = ctx;
        this.originals = originals;
        for (RankingTable t : ctx.analysis.rankings()) {
            for (RankingRow row : t.rows()) {
                ranks.computeIfAbsent(row.report(), k -> new java.util.TreeMap<>())
                        .computeIfAbsent(t.indicator(), k -> new ArrayList<>()).add(Map.entry(t, row));
            }
        }
        // sorted once here, not per card: all towns first, then the groups by name, values before growth rates
        Comparator<Map.Entry<RankingTable, RankingRow>> order = Comparator
                .comparing((Map.Entry<RankingTable, RankingRow> e) -> !e.getKey().group().equals(SiteAnalysis.ALL))
                .thenComparing(e -> e.getKey().group())
                .thenComparing(e -> !e.getKey().measure().equals(SiteAnalysis.VALUE));
        ranks.values().forEach(byIndicator -> byIndicator.values().forEach(list -> list.sort(order)));
        for (SiteAnalysis.TargetResult t : ctx.analysis.targets()) {
            targetsByReport.computeIfAbsent(t.report(), k -> new ArrayList<>()).add(t);
        }
    }

    void writeIndex() throws IOException {
        Map<String, Object> m = new HashMap<>();
        m.put("towns", ctx.index.towns());
        ctx.page("towns/index.html", "towns.ftlh", ctx.msg.get("towns.title"),
                List.of(ctx.home(), new SiteContext.Crumb(ctx.msg.get("nav.towns"), null)), m);
    }

    void write(SiteIndex.Town town) throws IOException {
        String dir = "towns/" + town.slug() + "/";
        List<Year> years = new ArrayList<>();
        for (ReportFacts r : town.reports()) years.add(year(r, dir));
        List<SiteContext.Crumb> crumbs = new ArrayList<>();
        crumbs.add(ctx.home());
        crumbs.add(new SiteContext.Crumb(ctx.msg.get("nav.towns"), "towns/index.html"));
        for (String place : new String[] {town.province(), town.city(), town.county()}) {
            if (place != null && !place.isBlank()) crumbs.add(new SiteContext.Crumb(place, null));
        }
        crumbs.add(new SiteContext.Crumb(town.name(), null));
        Map<String, Object> m = new HashMap<>();
        m.put("town", town);
        m.put("years", years);
        List<ReportFacts> known = town.reports().stream().filter(r -> r.document().year() != null).toList();
        if (known.size() >= 2) {
            m.put("historyYears", known.stream().map(r -> r.document().year() + "年").toList());
            m.put("history", history(known));
        }
        String title = town.name() + (town.county() == null ? "" : " · " + town.county());
        // Everything the page shows is in these records (the template reads only these fields of the town): a page
        // made from the same is kept as published, e.g. every town whose ranks a new report did not move.
        String inputs = Hashes.of(title, town.name(), town.county(), town.city(), town.province(), String.valueOf(town.anonymised()),
                crumbs.toString(), years.toString(), String.valueOf(m.get("historyYears")), String.valueOf(m.get("history")));
        if (ctx.reuse(dir + "index.html", inputs)) return;
        ctx.page(dir + "index.html", "town.ftlh", title, crumbs, m, inputs);
    }

    private Year year(ReportFacts r, String dir) throws IOException {
        Document d = r.document();
        String reportDir = ctx.index.reportDir(r.reportId());
        List<Card> cards = new ArrayList<>();
        for (String indicator : ctx.catalog.indicators().keySet()) {
            var value = FactRankings.pick(r, indicator, SiteAnalysis.VALUE, ctx.catalog);
            var growth = FactRankings.pick(r, indicator, SiteAnalysis.GROWTH, ctx.catalog);
            if (value.isEmpty() && growth.isEmpty()) continue;
            Fact f = value.map(FactRankings.Pick::fact).orElseGet(() -> growth.get().fact());
            List<String> flags = new ArrayList<>(value.map(FactRankings.Pick::flags).orElseGet(() -> growth.get().flags()));
            flags.removeIf(fl -> fl.startsWith("partial:"));  // shown as the period badge
            String href = d.year() == null ? null : SiteIndex.rankingHref(indicator, d.year());
            cards.add(new Card(indicator, ctx.indicatorName(indicator),
                    value.map(p -> SiteContext.num(p.value())).orElse(null), ctx.indicatorUnit(indicator),
                    growth.map(p -> SiteContext.num(p.value())).orElse(null),
                    f.period() != null && !f.period().isFullYear() ? f.period().label() : null,
                    ctx.flagLabels(flags), ranksOf(r, indicator, href), href));
        }
        // indicators only the statistics have (人均, 地均): a card from the report's ranking row
        java.util.Set<String> derived = new java.util.LinkedHashSet<>();
        for (String indicator : ranks.getOrDefault(r.reportId(), java.util.Collections.emptySortedMap()).keySet()) {
            if (!ctx.catalog.indicators().containsKey(indicator)) derived.add(indicator);
        }
        for (String indicator : derived) {
            var rows = ranksOf(r.reportId(), indicator);
            var value = rows.stream().filter(e -> e.getKey().measure().equals(SiteAnalysis.VALUE)).findFirst();
            if (value.isEmpty()) continue;
            List<String> flags = new ArrayList<>(value.get().getValue().flags());
            flags.removeIf(fl -> fl.startsWith("partial:"));
            String href = SiteIndex.rankingHref(indicator, value.get().getKey().year());
            cards.add(new Card(indicator, ctx.indicatorName(indicator), SiteContext.num(value.get().getValue().value()),
                    ctx.indicatorUnit(indicator), null, null, ctx.flagLabels(flags), ranksOf(r, indicator, href), href));
        }
        List<Target> targets = new ArrayList<>();
        for (Fact f : r.facts()) {
            if (!FactRankings.isTarget(f)) continue;
            targets.add(new Target(ctx.indicatorName(f.indicator()), SiteContext.num(f.value()), f.unit(),
                    SiteContext.num(f.growth()), f.period() == null ? null : f.period().label()));
        }
        List<Similar> similar = new ArrayList<>();
        for (SiteAnalysis.SimilarTown s : ctx.analysis.similar().getOrDefault(r.reportId(), List.of())) {
            similar.add(new Similar(s.town(), ctx.index.townHref(s.report()), String.format("%.2f", s.distance()), s.shared()));
        }
        List<Chart> charts = new ArrayList<>();
        int n = 0;
        for (SiteAnalysis.SiteChart c : ctx.analysis.townCharts().getOrDefault(r.reportId(), List.of())) {
            String name = "chart-" + (d.year() == null ? "x" : d.year()) + "-" + (++n) + ".png";
            ctx.out.write(dir + name, c.png());
            charts.add(new Chart(name, c.alt(), c.width(), c.height()));
        }
        String original = originals.get(r.reportId());
        return new Year(d.year() == null ? ctx.msg.get("year.unknown") : d.year() + "年", ctx.reportTitle(r),
                reportDir + "index.html", original == null ? null : reportDir + original, reportDir + "facts.csv",
                r.facts().size(), cards, targets, highlights(d), problems(d),
                ReportPages.outline(d.headings(), 2).stream()
                        .map(o -> new ReportPages.OutlineItem(o.level(), o.marker(), o.title(), reportDir + "index.html#" + o.anchor()))
                        .toList(),
                similar, charts, r.warnings(), checks(r));
    }

    private List<TargetCheck> checks(ReportFacts r) {
        List<TargetCheck> out = new ArrayList<>();
        for (SiteAnalysis.TargetResult t : targetsByReport.getOrDefault(r.reportId(), List.of())) {
            boolean growth = t.measure().equals(SiteAnalysis.GROWTH);
            out.add(new TargetCheck(ctx.indicatorName(t.indicator()), ctx.measureLabel(t.measure()),
                    growth ? "%" : ctx.indicatorUnit(t.indicator()), SiteContext.num(t.target()), SiteContext.num(t.achieved()),
                    t.met(), ctx.index.report(t.targetReport()) == null ? null : ctx.index.reportHref(t.targetReport()),
                    ctx.flagLabels(t.flags())));
        }
        return out;
    }

    /** The catalogue indicators the town reported in at least one year, value per year (newest first). */
    private List<History> history(List<ReportFacts> known) {
        List<History> rows = new ArrayList<>();
        for (String indicator : ctx.catalog.indicators().keySet()) {
            List<String> cells = new ArrayList<>();
            boolean any = false;
            for (ReportFacts r : known) {
                var p = FactRankings.pick(r, indicator, SiteAnalysis.VALUE, ctx.catalog);
                String cell = p.map(x -> SiteContext.num(x.value())
                        + (x.fact().period() != null && !x.fact().period().isFullYear() ? "（" + x.fact().period().label() + "）" : ""))
                        .orElse(null);
                any |= cell != null;
                cells.add(cell);
            }
            if (any) rows.add(new History(ctx.indicatorName(indicator), ctx.indicatorUnit(indicator), cells));
        }
        return rows;
    }

    /** The report's places in every ranking of the indicator: all towns first, values before growth rates. */
    private List<Rank> ranksOf(ReportFacts r, String indicator, String href) {
        List<Map.Entry<RankingTable, RankingRow>> entries = ranksOf(r.reportId(), indicator);
        List<Rank> out = new ArrayList<>();
        for (var e : entries) {
            RankingTable t = e.getKey();
            RankingRow row = e.getValue();
            if (row.rank() == null) continue;
            // "all towns" goes without saying on a card; a peer group is named
            String group = t.group().equals(SiteAnalysis.ALL) ? "" : (t.groupLabel() != null ? t.groupLabel() : t.group());
            out.add(new Rank(group, ctx.measureLabel(t.measure()), row.rank(), t.stats() == null ? 0 : t.stats().n(),
                    Double.isNaN(row.percentile()) ? null : String.valueOf(Math.round(row.percentile())), href));
        }
        return out;
    }

    private List<Map.Entry<RankingTable, RankingRow>> ranksOf(String report, String indicator) {
        return ranks.getOrDefault(report, java.util.Collections.emptySortedMap()).getOrDefault(indicator, List.of());
    }

    /** The year's highlights: the headings of the summary part (level 2, else level 1), at most eight. */
    static List<String> highlights(Document d) {
        Map<Integer, List<String>> byLevel = new LinkedHashMap<>();
        for (Heading h : d.headings()) {
            if (h.section() == SectionKind.SUMMARY && h.level() <= 3) {
                byLevel.computeIfAbsent(h.level(), k -> new ArrayList<>()).add(shorten(h.title(), 40));
            }
        }
        List<String> level2 = byLevel.getOrDefault(2, List.of());
        List<String> chosen = level2.size() >= 2 ? level2 : byLevel.getOrDefault(3, byLevel.getOrDefault(1, List.of()));
        return chosen.subList(0, Math.min(8, chosen.size()));
    }

    /** The problems: the first sentences of the problems section that are not headings, at most five. */
    static List<String> problems(Document d) {
        List<String> out = new ArrayList<>();
        for (Sentence s : d.sentences()) {
            if (s.section() != SectionKind.PROBLEMS) continue;
            String t = s.text().strip();
            boolean heading = d.headings().stream().anyMatch(h -> h.start() <= s.start() && s.end() <= h.end() + 1);
            if (heading || t.length() < 8) continue;
            out.add(shorten(t, 90));
            if (out.size() == 5) break;
        }
        return out;
    }

    static String shorten(String s, int max) {
        String t = s.strip();
        return t.length() <= max ? t : t.substring(0, max) + "…";
    }
}
