package townstats.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import townstats.analyze.Ranker;
import townstats.analyze.TopicStats;
import townstats.analyze.TownIdentity;
import townstats.model.ReportFacts;
import townstats.model.SectionKind;
import townstats.model.ThemeMention;

/**
 * What towns say about themselves, compared (the topics stage's counts, {@link TopicStats}): topics/index.html, and per
 * year, peer group and part a page — topics/problems-2022.html for all towns (共性问题; plans-… 工作重点, highlights-…
 * 工作亮点), topics/problems-2022/county-410324.html for a county, as the rankings name a group's page — with each theme,
 * the towns naming it, their share and its change (only over {@link Ranker#MIN_RANKED} towns or more, as a ranking), and
 * every town's sentences quoted and linked to the reader page at the sentence. Beyond the row budget (a town's quotes
 * of a theme are a row that weighs as its sentences, see {@link #townsPerPage}) the themes flow through pages as ranking
 * tables do. Also what a profile says of its themes.
 */
final class TopicPages {
    /** A theme in the page's table: {@code share} and {@code change} null where the rule of {@link Ranker#MIN_RANKED} leaves them out. */
    public record ThemeRow(String id, String name, int towns, String share, String change, String href) {
    }

    /** A theme's towns on one page; {@code continued} when its first towns are on the page before. */
    public record ThemeSection(String id, String name, int towns, boolean continued, List<TownQuotes> rows) {
    }

    /** One town's sentences naming a theme. */
    public record TownQuotes(String town, String townHref, String place, List<Quote> quotes) {
    }

    /** A sentence as quoted (cut where a clause ends) and the reader page at it. */
    public record Quote(String text, String href) {
    }

    /** Another page: a part, a year or a peer group ({@code current} the page itself); {@code note} e.g. its towns. */
    public record Link(String label, String href, boolean current, String note) {
    }

    /** A peer group's line on the all-towns page: its level, name, page, towns with the part, and its commonest theme. */
    public record GroupLine(String level, String name, String href, int reporting, String top) {
    }

    /**
     * A theme on a profile, with how many towns of its peers name it (this one too); null among all towns, whose counts
     * move with every report (they are on the page the line links).
     */
    public record ProfileTheme(String name, Integer towns) {
    }

    /**
     * A profile's themes of one part, most common first: {@code among} says which towns they are counted among, and
     * {@code href} is that group's page, which the part's title links; {@code more} themes beyond {@link #PROFILE_THEMES}
     * are on that page.
     */
    public record ProfilePart(String title, String among, String href, List<ProfileTheme> themes, int more) {
    }

    /**
     * What a profile says of its themes: a line a part, and {@code among} when both parts are counted among the same
     * towns, said once in the note rather than on each line (a profile stays under 40 KB); null when the parts differ.
     */
    public record ProfileThemes(List<ProfilePart> parts, String among, boolean counted) {
    }

    /**
     * At most this many themes of a part on a profile, the commonest among its peers (the rest are counted on the group's
     * page the line links): a profile stays under 40 KB, and five are what a reader takes in at a glance.
     */
    static final int PROFILE_THEMES = 5;

    private final SiteContext ctx;
    private final TopicStats stats;
    private final Map<String, TopicStats.ThemeInfo> themes = new LinkedHashMap<>();
    /** report|part → the themes it names there (as the statistics count the report), for the profiles. */
    private final Map<String, Set<String>> named = new HashMap<>();

    /** The tables by year, group and part; by year and part; by group and part (each list in the tables' order). */
    private record TableKey(int year, String group, SectionKind part) {
    }

    private record YearPart(int year, SectionKind part) {
    }

    private record GroupPart(String group, SectionKind part) {
    }

    private final Map<TableKey, TopicStats.Table> tables = new HashMap<>();
    private final Map<YearPart, List<TopicStats.Table>> ofYear = new HashMap<>();
    private final Map<GroupPart, List<TopicStats.Table>> ofGroup = new HashMap<>();
    /** The themes' names, printed once for every table's key. */
    private final String themesPrint;

    TopicPages(SiteContext ctx) {
        this.ctx = ctx;
        this.stats = ctx.analysis.topics();
        for (TopicStats.ThemeInfo t : stats.themes()) themes.put(t.id(), t);
        themesPrint = String.valueOf(stats.themes());
        // indexed once: a national site has tens of thousands of tables, and each page and profile asks for several
        for (TopicStats.Table t : stats.tables()) {
            tables.put(new TableKey(t.year(), t.group(), t.section()), t);
            ofYear.computeIfAbsent(new YearPart(t.year(), t.section()), k -> new ArrayList<>()).add(t);
            ofGroup.computeIfAbsent(new GroupPart(t.group(), t.section()), k -> new ArrayList<>()).add(t);
        }
        for (TopicStats.Table t : stats.tables()) {
            if (!t.group().equals(SiteContext.ALL)) continue;
            for (TopicStats.Count c : t.counts()) {
                for (TopicStats.Naming n : c.namings()) named.computeIfAbsent(n.report() + "|" + t.section(), k -> new java.util.HashSet<>()).add(c.theme());
            }
        }
    }

    /** topics/problems-2022.html, or topics/problems-2022/county-410324.html for a peer group. */
    static String href(int year, String group, SectionKind part) {
        String first = "topics/" + TopicStats.partId(part) + "-" + year;
        return group.equals(SiteContext.ALL) ? first + ".html" : first + "/" + Slugs.clean(group) + ".html";
    }

    /** The table of a year, group and part, or null. */
    private TopicStats.Table table(int year, String group, SectionKind part) {
        return tables.get(new TableKey(year, group, part));
    }

    /** The tables of a year and part, every group. */
    private List<TopicStats.Table> ofYear(int year, SectionKind part) {
        return ofYear.getOrDefault(new YearPart(year, part), List.of());
    }

    /** The peer groups' tables of the table's year and part (all towns' left out): the all-towns page's lines. */
    private List<TopicStats.Table> groupTables(TopicStats.Table t) {
        return ofYear(t.year(), t.section()).stream().filter(o -> !o.group().equals(SiteContext.ALL)).toList();
    }

    /** The tables of the wider groups a group's table links, as the way back (its city's, its province's). */
    private List<TopicStats.Table> widerTables(TopicStats.Table t) {
        return groupTables(t).stream().filter(o -> within(t.group(), o.group())).toList();
    }

    /** The provinces' tables of a year and part. */
    private List<TopicStats.Table> provinceTables(int year, SectionKind part) {
        return ofYear(year, part).stream().filter(o -> RankingPages.level(o.group()).equals("province")).toList();
    }

    /** Whether the site has theme pages at all (a catalogue and reports with the parts). */
    boolean any() {
        return !stats.tables().isEmpty();
    }

    private String partTitle(SectionKind part) {
        return ctx.msg.get("topics.part." + TopicStats.partId(part));
    }

    private String themeName(String id, SectionKind part) {
        TopicStats.ThemeInfo t = themes.get(id);
        String name = t == null ? null : t.name(part);
        return name == null ? id : name;
    }

    /** A share is printed over at least {@link Ranker#MIN_RANKED} towns: among 3 towns one more is a third. */
    static boolean enough(TopicStats.Table t) {
        return t != null && t.reporting() >= Ranker.MIN_RANKED;
    }

    void writeAll() throws IOException {
        writeIndex();
        townstats.util.Parallel.forEach(stats.tables(), this::write);
    }

    private void writeIndex() throws IOException {
        TreeSet<Integer> years = new TreeSet<>(java.util.Comparator.reverseOrder());
        for (TopicStats.Table t : stats.tables()) years.add(t.year());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int y : years) {
            List<Link> cells = new ArrayList<>();
            for (SectionKind part : TopicStats.PARTS) {
                TopicStats.Table t = table(y, SiteContext.ALL, part);
                cells.add(t == null ? null : new Link(partTitle(part), href(y, SiteContext.ALL, part), false,
                        ctx.msg.get("topics.indexCell").replace("{0}", String.valueOf(t.reporting()))
                                .replace("{1}", String.valueOf(t.counts().stream().filter(c -> c.towns() > 0).count()))));
            }
            Map<String, Object> row = new HashMap<>();
            row.put("year", y);
            row.put("cells", cells);
            rows.add(row);
        }
        Map<String, Object> m = new HashMap<>();
        m.put("rows", rows);
        m.put("parts", TopicStats.PARTS.stream().map(this::partTitle).toList());
        m.put("uncovered", stats.uncovered().size());
        ctx.page("topics/index.html", "topics-index.ftlh", ctx.msg.get("topics.title"),
                List.of(ctx.home(), new SiteContext.Crumb(ctx.msg.get("nav.topics"), null)), m);
    }

    private void write(TopicStats.Table t) throws IOException {
        String first = href(t.year(), t.group(), t.section());
        boolean all = t.group().equals(SiteContext.ALL);
        String group = ctx.groupLabel(t.group());
        TopicStats.Table before = table(t.year() - 1, t.group(), t.section());
        boolean shares = enough(t);
        boolean changes = shares && enough(before);

        List<TopicStats.Count> listed = t.counts().stream().filter(c -> c.towns() > 0).toList();
        int groupCount = all ? groupTables(t).size() : 0;
        int budget = townsPerPage(listed, ctx.rankingLayout.budget());
        // Beyond one page, the all-towns page quotes only the towns of no province: the others are quoted on their
        // province's page (linked from the groups' lines), so that a new report moves its province's pages and this
        // page's counts, not every later page of a list of all towns. A small site keeps every quote here.
        java.util.function.Function<TopicStats.Count, List<TopicStats.Naming>> quoted = c -> c.namings();
        boolean apart = all && listed.stream().mapToInt(c -> c.namings().size()).sum() + groupCount > budget;
        if (apart) {
            Set<String> inProvince = inProvince(t.year(), t.section());
            quoted = c -> c.namings().stream().filter(n -> !inProvince.contains(n.report())).toList();
            List<TopicStats.Count> withQuotes = new ArrayList<>();
            for (TopicStats.Count c : listed) if (!quoted.apply(c).isEmpty()) withQuotes.add(c);
            listed = withQuotes;
        }
        java.util.function.Function<TopicStats.Count, List<TopicStats.Naming>> quotes = quoted;
        // sections: each theme's towns, then (all towns) the groups' lines; they flow through pages of the row budget
        List<Integer> sizes = new ArrayList<>();
        listed.forEach(c -> sizes.add(quotes.apply(c).size()));
        sizes.add(groupCount);
        int total = sizes.stream().mapToInt(Integer::intValue).sum();
        List<Paging.Page> pages = Paging.flow(sizes, budget);
        // Keys before models: a table whose inputs did not change keeps its pages, and no quote of it is built (a new
        // report leaves the tables of other years and places so).
        String inputs = inputsOf(t, before);
        if (ctx.reuseAll(pages.stream().map(p -> Paging.address(first, p.number())).toList(), inputs)) return;
        List<GroupLine> groups = all ? groupLines(t) : List.of();
        // the table on the first page links each theme where its towns start (a page beside it when paged)
        Map<String, String> at = new HashMap<>();
        int offset = 0;
        for (TopicStats.Count c : listed) {
            int number = Paging.pageOf(offset, 0, budget);
            at.put(c.theme(), (number == 1 ? "" : Paging.fileName(Paging.address(first, number))) + "#t-" + c.theme());
            offset += quotes.apply(c).size();
        }
        List<ThemeRow> rows = new ArrayList<>();
        for (TopicStats.Count c : t.counts()) {
            rows.add(new ThemeRow(c.theme(), themeName(c.theme(), t.section()), c.towns(), shares ? percent(c.share()) : null,
                    changes && c.change() != null ? change(c.change()) : null, at.get(c.theme())));
        }

        SectionKind part = t.section();
        List<Link> parts = new ArrayList<>();
        for (SectionKind p : TopicStats.PARTS) {
            if (table(t.year(), t.group(), p) != null) {
                parts.add(new Link(partTitle(p), href(t.year(), t.group(), p), p == part, null));
            }
        }
        List<Link> years = new ArrayList<>();
        for (TopicStats.Table o : ofGroup.get(new GroupPart(t.group(), part))) {
            years.add(new Link(o.year() + "年", href(o.year(), o.group(), part), o.year() == t.year(), null));
        }
        // a group's page names the wider groups of its towns, as the way back
        List<Link> wider = new ArrayList<>();
        if (!all) {
            wider.add(new Link(ctx.msg.get("group.all"), href(t.year(), SiteContext.ALL, part), false, null));
            for (TopicStats.Table o : widerTables(t)) wider.add(new Link(ctx.groupLabel(o.group()), href(o.year(), o.group(), part), false, null));
        }
        String title = t.year() + "年" + partTitle(part) + (all ? "" : " · " + group);
        String intro = ctx.msg.get("topics.intro." + TopicStats.partId(part)).replace("{0}", String.valueOf(t.year()))
                .replace("{1}", all ? "" : group).replace("{2}", String.valueOf(t.towns()))
                .replace("{3}", String.valueOf(t.reporting()));
        SiteContext.Crumb topicsCrumb = new SiteContext.Crumb(ctx.msg.get("nav.topics"), "topics/index.html");
        for (Paging.Page page : pages) {
            List<ThemeSection> sections = new ArrayList<>();
            for (int s = 0; s < listed.size(); s++) {
                Paging.Slice slice = page.of(s);
                if (slice == null) continue;
                TopicStats.Count c = listed.get(s);
                List<TownQuotes> towns = new ArrayList<>();
                for (TopicStats.Naming n : quotes.apply(c).subList(slice.from(), slice.to())) towns.add(townQuotes(n, all));
                // apart, a theme's section holds the towns of no province: its heading counts those (the table all)
                sections.add(new ThemeSection(c.theme(), themeName(c.theme(), part), apart ? quotes.apply(c).size() : c.towns(),
                        slice.from() > 0, towns));
            }
            Map<String, Object> m = new HashMap<>();
            m.put("year", t.year());
            m.put("partId", TopicStats.partId(part));
            m.put("partTitle", partTitle(part));
            m.put("heading", title);
            m.put("intro", intro);
            m.put("towns", t.towns());
            m.put("reporting", t.reporting());
            m.put("shares", shares);
            m.put("changes", changes);
            m.put("hasBefore", before != null);
            m.put("rows", page.number() == 1 ? rows : List.of());
            m.put("sections", sections);
            m.put("groups", Paging.rowsOn(groups, page, listed.size()));
            m.put("apart", apart);
            m.put("parts", parts);
            m.put("years", years);
            m.put("wider", wider);
            m.put("pager", Paging.pager(first, page, budget, total));
            m.put("firstHref", Paging.fileName(first));
            List<SiteContext.Crumb> crumbs = all
                    ? List.of(ctx.home(), topicsCrumb, new SiteContext.Crumb(t.year() + "年" + partTitle(part), page.number() == 1 ? null : first))
                    : List.of(ctx.home(), topicsCrumb, new SiteContext.Crumb(t.year() + "年" + partTitle(part), href(t.year(), SiteContext.ALL, part)),
                            new SiteContext.Crumb(group, page.number() == 1 ? null : first));
            String pageTitle = page.number() == 1 ? title : title + " · " + ctx.pageLabel(page);
            ctx.page(Paging.address(first, page.number()), "topics.ftlh", pageTitle, crumbs, m, inputs);
        }
    }

    /** The reports the province pages of a year and part quote (every town with a province). */
    private Set<String> inProvince(int year, SectionKind part) {
        Set<String> out = new java.util.HashSet<>();
        for (TopicStats.Table o : provinceTables(year, part)) {
            for (TopicStats.Count c : o.counts()) c.namings().forEach(n -> out.add(n.report()));
        }
        return out;
    }

    /** county:410324 is within city:4103 and province:41: a wider level, and its code starts with theirs. */
    static boolean within(String narrow, String wide) {
        String a = narrow.substring(narrow.indexOf(':') + 1);
        String b = wide.substring(wide.indexOf(':') + 1);
        return SiteContext.width(wide) < SiteContext.width(narrow) && a.startsWith(b);
    }

    private TownQuotes townQuotes(TopicStats.Naming n, boolean all) {
        SiteIndex.Town town = ctx.index.town(n.report());
        ReportFacts r = ctx.index.report(n.report());
        Set<Integer> seen = new LinkedHashSet<>();
        List<Quote> quotes = new ArrayList<>();
        for (ThemeMention m : n.mentions()) {
            if (!seen.add(m.start())) continue; // a sentence naming the theme twice is quoted once
            quotes.add(new Quote(TownPages.shorten(m.sentence(), QUOTE_CHARS), ReportPages.sentenceHref(ctx.index, n.report(), m)));
        }
        String name = town == null ? (r == null ? n.report() : r.document().town()) : town.name();
        String place = town == null || !all ? null : town.county();
        return new TownQuotes(name, ctx.index.townHref(n.report()), place, quotes);
    }

    /**
     * How many towns' lines a page of a table holds within the row budget (rows of about 250 bytes): a town's line
     * weighs a row for its name and one for each sentence it quotes (a quote and its link are about as long as a
     * ranking row), as the table's towns quote on average. A town names a plan in three or four sentences, a problem in
     * one, so a page of plans holds fewer towns and every page stays near a ranking page's size.
     */
    static int townsPerPage(List<TopicStats.Count> listed, int budget) {
        long towns = 0;
        long quotes = 0;
        for (TopicStats.Count c : listed) {
            for (TopicStats.Naming n : c.namings()) {
                towns++;
                quotes += n.mentions().stream().map(ThemeMention::start).distinct().count();
            }
        }
        return towns == 0 ? budget : (int) Math.max(1, budget * towns / (towns + quotes));
    }

    /** A quote's length: a sentence of the plans may run over several clauses; the reader page has it whole. */
    static final int QUOTE_CHARS = 110;

    /**
     * Everything a table's pages show, hashed without building them. The table's counts and which reports name each
     * theme, in which of their sentences (quoted, and where they are in the text), the towns as linked, the table of the
     * year before (its shares give the changes), and the tables the page links (the other parts and years of its group,
     * the wider groups of its year and part, with their names). For the all-towns table also each group's line (its
     * towns with the part and its commonest theme) and which reports the province pages quote. The settings,
     * templates, words and code are added by the site output.
     */
    private String inputsOf(TopicStats.Table t, TopicStats.Table before) {
        townstats.util.Hashes.Builder h = new townstats.util.Hashes.Builder().add(themesPrint).add(ctx.rankingLayout.budget())
                .add(ctx.groupLabel(t.group()));
        addCounts(h, t, true);
        if (before != null) addCounts(h, before, false);
        for (SectionKind p : TopicStats.PARTS) h.add(table(t.year(), t.group(), p) == null ? 0 : 1);
        for (TopicStats.Table o : ofGroup.get(new GroupPart(t.group(), t.section()))) h.add(o.year());
        if (!t.group().equals(SiteContext.ALL)) {
            for (TopicStats.Table o : widerTables(t)) h.add(o.group()).add(ctx.groupLabel(o.group()));
            return h.hex();
        }
        for (TopicStats.Table o : groupTables(t)) {
            TopicStats.Count top = o.counts().isEmpty() ? null : o.counts().get(0);
            h.add(o.group()).add(ctx.groupLabel(o.group())).add(o.reporting()).add(top == null ? null : top.theme())
                    .add(top == null ? 0 : top.towns());
        }
        for (TopicStats.Table o : provinceTables(t.year(), t.section())) addCounts(h, o, false);
        return h.hex();
    }

    /** A table's counts and the reports naming each theme; with {@code quoted}, those reports as the page quotes them. */
    private void addCounts(townstats.util.Hashes.Builder h, TopicStats.Table t, boolean quoted) {
        h.add(t.year()).add(t.group()).add(t.section().name()).add(t.towns()).add(t.reporting());
        for (TopicStats.Count c : t.counts()) {
            h.add(c.theme()).add(c.towns()).add(c.share()).add(c.townsBefore()).add(c.shareBefore()).add(c.change());
            for (TopicStats.Naming n : c.namings()) {
                h.add(n.report());
                if (!quoted) continue;
                SiteIndex.Town town = ctx.index.town(n.report());
                ReportFacts r = ctx.index.report(n.report());
                h.add(r == null ? null : r.document().town()).add(ctx.index.reportHref(n.report())).add(ctx.index.townHref(n.report()))
                        .add(town == null ? null : town.name()).add(town == null ? null : town.county());
                // the sentences quoted and where they are in the report's text (the link to the reader page)
                for (ThemeMention m : n.mentions()) h.add(m.start()).add(m.end()).add(m.sentence());
            }
        }
    }

    /** Each peer group with the part that year, widest first: its towns with the part and its commonest theme. */
    private List<GroupLine> groupLines(TopicStats.Table t) {
        List<GroupLine> out = new ArrayList<>();
        for (TopicStats.Table o : groupTables(t)) {
            TopicStats.Count top = o.counts().isEmpty() || o.counts().get(0).towns() == 0 ? null : o.counts().get(0);
            String level = RankingPages.level(o.group());
            out.add(new GroupLine(ctx.msg.getOrDefault("group.level." + level, level), ctx.groupLabel(o.group()),
                    href(o.year(), o.group(), o.section()), o.reporting(),
                    top == null ? null : themeName(top.theme(), o.section()) + "（" + top.towns() + "）"));
        }
        return out;
    }

    /** 64%. */
    static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.0f%%", share);
    }

    /** +12个百分点, −5个百分点, 持平 (rounded to whole points, as the shares are shown). */
    private String change(double points) {
        long p = Math.round(points);
        if (p == 0) return ctx.msg.get("topics.same");
        return ctx.msg.get(p > 0 ? "topics.up" : "topics.down").replace("{0}", String.valueOf(Math.abs(p)));
    }

    /**
     * A profile's problem and plan themes, each with how many towns of its peers name it: counted among the narrowest
     * of its groups (county, city, province) that has at least {@link Ranker#MIN_RANKED} towns with the part, else
     * among all towns; null when the statistics do not count the report (a duplicate, a year unknown). Among all
     * towns the themes are named in the catalogue's order without counts: those, and the order by them, move with
     * every report of the year, and would make each such profile a new page (the counts are on the page it links).
     */
    ProfileThemes profile(ReportFacts r) {
        Integer year = r.document().year();
        if (year == null) return null;
        List<String> groups = new ArrayList<>(TownIdentity.of(r).groups());
        java.util.Collections.reverse(groups); // narrowest first
        groups.add(SiteContext.ALL);
        List<ProfilePart> out = new ArrayList<>();
        for (SectionKind part : List.of(SectionKind.PROBLEMS, SectionKind.PLAN)) {
            TopicStats.Table chosen = null;
            for (String g : groups) {
                TopicStats.Table t = table(year, g, part);
                if (t != null && (enough(t) || g.equals(SiteContext.ALL))) {
                    chosen = t;
                    break;
                }
            }
            if (chosen == null) continue;
            Set<String> own = this.named.getOrDefault(r.reportId() + "|" + part, Set.of());
            boolean all = chosen.group().equals(SiteContext.ALL);
            List<ProfileTheme> named = new ArrayList<>();
            if (all) {
                for (TopicStats.ThemeInfo t : stats.themes()) if (own.contains(t.id())) named.add(new ProfileTheme(themeName(t.id(), part), null));
            } else {
                for (TopicStats.Count c : chosen.counts()) {
                    if (own.contains(c.theme())) named.add(new ProfileTheme(themeName(c.theme(), part), c.towns()));
                }
            }
            if (named.isEmpty()) continue;
            String among = all ? ctx.msg.get("topics.profileAmongAll") : ctx.msg.get("topics.profileAmong")
                    .replace("{0}", ctx.groupLabel(chosen.group())).replace("{1}", String.valueOf(chosen.reporting()));
            int shown = Math.min(named.size(), PROFILE_THEMES);
            out.add(new ProfilePart(ctx.msg.get("topics.profile." + TopicStats.partId(part)), among, href(year, chosen.group(), part),
                    named.subList(0, shown), named.size() - shown));
        }
        if (out.isEmpty()) return null;
        boolean same = out.stream().map(ProfilePart::among).distinct().count() == 1;
        boolean counted = out.stream().anyMatch(part -> part.themes().get(0).towns() != null);
        return new ProfileThemes(out, same ? out.get(0).among() : null, counted);
    }
}
