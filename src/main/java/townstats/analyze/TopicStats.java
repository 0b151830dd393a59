package townstats.analyze;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import townstats.model.ReportFacts;
import townstats.model.SectionKind;
import townstats.model.ThemeMention;
import townstats.topics.KeyPhrases;
import townstats.topics.ThemeCatalog;
import townstats.topics.TopicReader;
import townstats.topics.Uncovered;

/**
 * What towns say about themselves, compared: per year and peer group (all towns, province, city, county), how many towns
 * name each theme of the catalogue among their problems (共性问题), their plans (工作重点) and their highlights (工作亮点),
 * the share of the towns whose report has such a part, the change against the year before, and the sentences. The
 * reports counted are those the statistics count (a year known, no duplicate for the town and year); the problem
 * sentences no theme covers are listed from every report, with their key phrases.
 *
 * @param themes    the catalogue's themes, in its order
 * @param tables    one per year, peer group and part (problems, plans, highlights), by year, then group as the
 *                  rankings order them (all, then province, city, county), then part
 * @param uncovered the problem sentences no theme covers, by report
 * @param phrases   their frequent key phrases
 */
public record TopicStats(List<ThemeInfo> themes, List<Table> tables, List<Uncovered> uncovered, List<KeyPhrases.Phrase> phrases) {
    /** No themes read: an analysis made without them (tests, tools). */
    public static final TopicStats NONE = new TopicStats(List.of(), List.of(), List.of(), List.of());

    public TopicStats {
        themes = List.copyOf(themes);
        tables = List.copyOf(tables);
        uncovered = List.copyOf(uncovered);
        phrases = List.copyOf(phrases);
    }

    /** A theme's names: as a problem and as a plan or achievement (either may be null). */
    public record ThemeInfo(String id, String problem, String plan) {
        public String name(SectionKind section) {
            return section == SectionKind.PROBLEMS ? problem : plan;
        }
    }

    /**
     * The themes of one part of the reports of one year and peer group.
     *
     * @param section   PROBLEMS, PLAN, or SUMMARY for the highlights
     * @param towns     towns of the group with a report that year
     * @param reporting of them, those whose report has the part (a problems part, a plans part, an achievement with a
     *                  figure): the share's base
     * @param counts    the themes named, most towns first (then catalogue order), with the themes named the year before
     *                  and not this year (towns 0)
     */
    public record Table(int year, String group, SectionKind section, int towns, int reporting, List<Count> counts) {
        public Table {
            counts = List.copyOf(counts);
        }

        /** The count of one theme, or null when no town names it. */
        public Count count(String theme) {
            for (Count c : counts) if (c.theme().equals(theme)) return c;
            return null;
        }
    }

    /**
     * How many towns name one theme.
     *
     * @param towns        towns naming it (each town once, however many of its sentences do)
     * @param share        towns / the table's reporting towns, in percent
     * @param townsBefore  the same the year before, in the same group and part; null when no report of the group had
     *                     the part that year
     * @param shareBefore  the share the year before, or null
     * @param change       share − shareBefore in percentage points, or null
     * @param namings      the towns naming it, each with its sentences naming it, in report order (one per town:
     *                     {@code namings.size() == towns})
     */
    public record Count(String theme, int towns, double share, Integer townsBefore, Double shareBefore, Double change,
                        List<Naming> namings) {
        public Count {
            namings = List.copyOf(namings);
        }
    }

    /** One town's sentences naming a theme in one part of its report. */
    public record Naming(String report, List<ThemeMention> mentions) {
        public Naming {
            mentions = List.copyOf(mentions);
        }
    }

    /** The table of one year, group and part, or null: looked through, for tests and tools (the pages index them). */
    public Table table(int year, String group, SectionKind section) {
        for (Table t : tables) if (t.year() == year && t.group().equals(group) && t.section() == section) return t;
        return null;
    }

    /** The parts compared, in page order: problems, plans, highlights. */
    public static final List<SectionKind> PARTS = List.of(SectionKind.PROBLEMS, SectionKind.PLAN, SectionKind.SUMMARY);

    /** How the data files name a part: problems, plans, highlights (a highlight is an achievement with a figure). */
    public static String partId(SectionKind part) {
        return switch (part) {
            case PROBLEMS -> "problems";
            case PLAN -> "plans";
            case SUMMARY -> "highlights";
        };
    }

    /**
     * @param all    every report (the uncovered sentences are listed from all of them)
     * @param kept   the reports the statistics count
     */
    static TopicStats compute(List<ReportFacts> all, List<ReportFacts> kept, ThemeCatalog catalog) {
        List<ThemeInfo> themes = catalog.themes().stream().map(t -> new ThemeInfo(t.id(), t.problem(), t.plan())).toList();
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < themes.size(); i++) order.put(themes.get(i).id(), i);

        // year → group → the reports, in the order given (the rankings' order of groups: all, then the others by key)
        Map<Integer, Map<String, List<ReportFacts>>> byGroup = new TreeMap<>();
        for (ReportFacts r : kept) {
            Map<String, List<ReportFacts>> groups = byGroup.computeIfAbsent(r.document().year(), y -> new TreeMap<>(TopicStats::groupOrder));
            groups.computeIfAbsent("all", g -> new ArrayList<>()).add(r);
            for (String g : TownIdentity.of(r).groups()) groups.computeIfAbsent(g, k -> new ArrayList<>()).add(r);
        }
        // each report's namings per part and theme, made once and shared by its groups
        Map<String, Map<SectionKind, Map<String, Naming>>> namings = new HashMap<>();
        for (ReportFacts r : kept) namings.put(r.reportId(), namings(r, order));

        Map<String, Table> byKey = new HashMap<>();
        List<Table> tables = new ArrayList<>();
        for (Map.Entry<Integer, Map<String, List<ReportFacts>>> y : byGroup.entrySet()) {
            for (Map.Entry<String, List<ReportFacts>> g : y.getValue().entrySet()) {
                for (SectionKind part : PARTS) {
                    List<ReportFacts> reporting = g.getValue().stream().filter(r -> hasPart(r, part)).toList();
                    if (reporting.isEmpty()) continue;
                    Table before = byKey.get(key(y.getKey() - 1, g.getKey(), part));
                    Table t = table(y.getKey(), g.getKey(), part, g.getValue().size(), reporting, before, namings, themes, order);
                    byKey.put(key(t.year(), t.group(), part), t);
                    tables.add(t);
                }
            }
        }
        List<Uncovered> uncovered = Uncovered.of(all);
        return new TopicStats(themes, tables, uncovered, KeyPhrases.of(uncovered));
    }

    private static Table table(int year, String group, SectionKind part, int towns, List<ReportFacts> reporting, Table before,
                               Map<String, Map<SectionKind, Map<String, Naming>>> namings, List<ThemeInfo> themes,
                               Map<String, Integer> order) {
        Map<String, List<Naming>> byTheme = new LinkedHashMap<>();
        for (ReportFacts r : reporting) {
            namings.get(r.reportId()).getOrDefault(part, Map.of())
                    .forEach((theme, n) -> byTheme.computeIfAbsent(theme, k -> new ArrayList<>()).add(n));
        }
        List<Count> counts = new ArrayList<>();
        for (ThemeInfo theme : themes) {
            if (theme.name(part) == null) continue;
            List<Naming> named = byTheme.getOrDefault(theme.id(), List.of());
            Count was = before == null ? null : before.count(theme.id());
            Integer townsBefore = before == null ? null : was == null ? 0 : was.towns();
            if (named.isEmpty() && (townsBefore == null || townsBefore == 0)) continue;
            double share = 100.0 * named.size() / reporting.size();
            Double shareBefore = before == null ? null : 100.0 * townsBefore / before.reporting();
            counts.add(new Count(theme.id(), named.size(), share, townsBefore, shareBefore,
                    shareBefore == null ? null : share - shareBefore, named));
        }
        counts.sort((a, b) -> a.towns() != b.towns() ? Integer.compare(b.towns(), a.towns())
                : Integer.compare(order.get(a.theme()), order.get(b.theme())));
        return new Table(year, group, part, towns, reporting.size(), counts);
    }

    /** A report's mentions grouped by part and theme, each theme's in text order. */
    private static Map<SectionKind, Map<String, Naming>> namings(ReportFacts r, Map<String, Integer> order) {
        Map<SectionKind, Map<String, List<ThemeMention>>> grouped = new HashMap<>();
        for (ThemeMention m : r.themes()) {
            if (!order.containsKey(m.theme())) continue; // a theme the catalogue no longer has
            grouped.computeIfAbsent(m.section(), s -> new LinkedHashMap<>()).computeIfAbsent(m.theme(), t -> new ArrayList<>()).add(m);
        }
        Map<SectionKind, Map<String, Naming>> out = new HashMap<>();
        grouped.forEach((part, byTheme) -> {
            Map<String, Naming> n = new LinkedHashMap<>();
            byTheme.forEach((theme, ms) -> n.put(theme, new Naming(r.reportId(), ms)));
            out.put(part, n);
        });
        return out;
    }

    /**
     * Whether a report has the part its share is counted over: a problem sentence that does more than frame the part, a heading of
     * its plans, an achievement that carries a figure.
     */
    static boolean hasPart(ReportFacts r, SectionKind part) {
        return switch (part) {
            case PROBLEMS -> r.document().sentences().stream()
                    .anyMatch(s -> s.section() == SectionKind.PROBLEMS && !TopicReader.frames(s.text()));
            case PLAN -> r.document().headings().stream().anyMatch(h -> h.section() == SectionKind.PLAN)
                    || r.document().sentences().stream().anyMatch(s -> s.section() == SectionKind.PLAN);
            case SUMMARY -> r.facts().stream().anyMatch(f -> f.section() == SectionKind.SUMMARY && f.start() >= 0);
        };
    }

    private static String key(int year, String group, SectionKind part) {
        return year + " " + group + " " + part;
    }

    /** all first, then province:, city:, county: groups, each by code. */
    private static int groupOrder(String a, String b) {
        int ra = rank(a);
        int rb = rank(b);
        return ra != rb ? Integer.compare(ra, rb) : a.compareTo(b);
    }

    private static int rank(String group) {
        if (group.equals("all")) return 0;
        if (group.startsWith("province:")) return 1;
        if (group.startsWith("city:")) return 2;
        return 3;
    }
}
