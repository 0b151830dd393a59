package townstats.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import townstats.catalog.Catalog;

/**
 * The site-wide check of issue 22 ("comparisons that never mislead"): reads a built site as a reader does (its pages'
 * text, chart captions and alt texts, the compare page's figures.js, the CSV downloads) and lists every place where a
 * page concludes more than its figures allow or shows one figure in two forms. It reads data/reports.json and the
 * split rankings (data/rankings/) only to know which towns a peer group holds and how many towns a table ranks.
 *
 * <p>Counted per element: a card, a table, a chart, a list item, a header line, a file. {@link #main} prints the counts
 * per kind for a site folder ({@code before}/{@code after} figures); {@code SiteAuditTest} requires none.
 */
public final class SiteAudit {
    /** The stated minimum: a table of fewer towns is listed, not ranked (Ranker.MIN_RANKED must say the same). */
    public static final int MIN_TOWNS = 5;

    public enum Kind {
        /** A history chart whose part-year point is not marked with its months (or print hides the captions). */
        MIXED_SERIES,
        /** A headline, folded rank, strength, weakness, derived place or ranking row from a table of fewer than MIN_TOWNS. */
        SMALL_TABLE_RANK,
        /** A header's "N项…参与排名，M项居前三" that counts ranks of tables below the minimum (or miscounts). */
        TOP_THREE_COUNT,
        /** One peer group said twice for the same towns (header lines, a card's ranks, table columns, compare ranks). */
        GROUP_TWICE,
        /** A count of towns scored by the composite index that differs between pages, or a pager counting other rows. */
        COMPOSITE_COUNT,
        /** The composite index resting on different indicators in different years. */
        COMPOSITE_SET,
        /** "方法见 。": a reference whose link is missing. */
        METHOD_LINK,
        /** Money of 1亿 or more shown in 万元 (or less than 1亿 in 亿元): the same figure in two units. */
        TWO_UNITS,
        /** One flag in two words on the site (约 and 约数). */
        TWO_FLAG_WORDS,
        /** "增长" with a negative number. */
        NEGATIVE_GROWTH,
        /** A period (全年, 1—11月) on a stock: population, area, land, villages, projects. */
        STOCK_PERIOD,
        /** A text cut inside a number (同比增长7.…). */
        CUT_NUMBER,
        /** A heading (一、…, a line ending in ：) listed as a problem or highlight. */
        HEADING_ITEM,
        /** A count on the rankings index or the home page that is not what the page it names lists. */
        LIST_COUNT,
        /**
         * A theme's count of towns on a 共性问题/工作重点/工作亮点 page that is not the number of towns it quotes with a
         * link to the sentence (over the page and the pages after it), a town quoted without a link, a share printed over
         * fewer than MIN_TOWNS towns, or a profile's count of a theme that is not the count on the page it links to.
         */
        THEME_COUNT,
        /**
         * A province's or all towns' place on a profile said otherwise than the rule (methodology: 前10名 exact, then
         * the quarter): the group's count, an exact rank below the top, or a quarter (前25% …) that the town's rank in
         * the data file does not fall in.
         */
        WIDE_PLACE
    }

    public record Finding(Kind kind, String where, String what) {
        @Override
        public String toString() {
            return kind + " " + where + ": " + what;
        }
    }

    private final Path site;
    private final Catalog catalog = Catalog.loadDefault();
    private final List<Finding> findings = new ArrayList<>();
    /** What each kind looked at (header lines, ranks, charts, pages …): a check that saw nothing proves nothing. */
    private final Map<Kind, Integer> checked = new EnumMap<>(Kind.class);
    /** Indicator names (as pages show them) of stocks: their figures have no period. */
    private final Set<String> stockNames = new HashSet<>();
    private final Set<String> stockIds = new HashSet<>();
    private final Map<String, String> idByName = new HashMap<>();
    /** report id → its entry in data/reports.json. */
    private final Map<String, JsonNode> reports = new LinkedHashMap<>();
    /** year|group → the reports of that year in the group. */
    private final Map<String, Set<String>> members = new HashMap<>();
    /** report → its places: [indicator, group, measure, period, n (ranked figures), rank or null]. */
    private final Map<String, List<Object[]>> places = new HashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    private SiteAudit(Path site) {
        this.site = site;
        for (Catalog.Indicator i : catalog.indicators().values()) {
            idByName.put(i.name(), i.id());
            for (String id : List.of(i.id(), i.id() + Catalog.PER_CAPITA, i.id() + Catalog.PER_KM2)) {
                Catalog.Indicator info = catalog.info(id);
                idByName.putIfAbsent(info.name(), id);
                if (i.stock()) {
                    stockNames.add(info.name());
                    stockIds.add(id);
                }
            }
        }
    }

    /** The findings and how many things each kind looked at. */
    public record Result(List<Finding> findings, Map<Kind, Integer> checked) {
    }

    /** Every finding on the site in {@code site}. */
    public static Result audit(Path site) throws IOException {
        SiteAudit a = new SiteAudit(site);
        a.run();
        for (Kind k : Kind.values()) a.checked.putIfAbsent(k, 0);
        return new Result(a.findings, a.checked);
    }

    private void saw(Kind kind) {
        checked.merge(kind, 1, Integer::sum);
    }

    /** Counts per kind, every kind listed (0 when none). */
    public static Map<Kind, Integer> counts(List<Finding> findings) {
        Map<Kind, Integer> out = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) out.put(k, 0);
        for (Finding f : findings) out.merge(f.kind(), 1, Integer::sum);
        return out;
    }

    /** {@code SiteAudit SITE [examples]}: the counts per kind and up to {@code examples} findings of each. */
    public static void main(String[] args) throws IOException {
        Result result = audit(Path.of(args[0]));
        List<Finding> all = result.findings();
        int examples = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        System.out.println(args[0] + ": " + all.size() + " findings " + counts(all));
        System.out.println("  looked at " + result.checked());
        // where each kind was found: the page's kind (towns, rankings …) and the element (card, table, chart …)
        Map<Kind, Map<String, Integer>> by = new EnumMap<>(Kind.class);
        for (Finding f : all) {
            String[] w = f.where().split(" ");
            String element = w[0].contains("/") ? w[0].substring(0, w[0].indexOf('/')) : w[0].replaceAll("(-p\\d+)?\\.html$", "");
            if (w.length > 1) element += " " + w[1];
            by.computeIfAbsent(f.kind(), k -> new TreeMap<>()).merge(element, 1, Integer::sum);
        }
        by.forEach((k, m) -> System.out.println("  " + k + " " + m));
        Map<Kind, Integer> shown = new EnumMap<>(Kind.class);
        for (Finding f : all) {
            if (shown.merge(f.kind(), 1, Integer::sum) <= examples) System.out.println("  " + f);
        }
    }

    private void add(Kind kind, String where, String what) {
        findings.add(new Finding(kind, where, what.length() > 160 ? what.substring(0, 160) + "…" : what));
    }

    private void run() throws IOException {
        loadData();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        Map<String, Set<String>> flagWords = new TreeMap<>();
        for (Path p : pages) {
            String where = site.relativize(p).toString().replace('\\', '/');
            Document d = Jsoup.parse(p.toFile(), "UTF-8");
            text(d, where);
            tables(d, where);
            figures(d, where);
            collectFlags(d, where, flagWords);
            if (where.startsWith("towns/") && !where.equals("towns/index.html") && !where.startsWith("towns/index-")) profile(d, p, where);
            if (where.startsWith("reports/") && where.endsWith("/index.html") && !where.equals("reports/index.html")) reader(d, where);
            if (where.startsWith("rankings/") && !where.equals("rankings/index.html")) ranking(d, where);
        }
        composite(pages);
        themes(pages);
        rankingsIndex();
        home();
        printedCaptions();
        csvFiles(flagWords);
        compareData();
        flagWords(flagWords);
    }

    // ---- data the check needs to know which towns a group holds and how many a table ranks

    private void loadData() throws IOException {
        Path r = site.resolve("data/reports.json");
        if (Files.isRegularFile(r)) {
            for (JsonNode n : JSON.readTree(r.toFile()).get("reports")) {
                reports.put(n.get("id").asText(), n);
                if (n.get("year").isNull()) continue;
                String year = n.get("year").asText();
                for (String g : groupsOf(n)) members.computeIfAbsent(year + "|" + g, k -> new HashSet<>()).add(n.get("id").asText());
            }
        }
        Path index = site.resolve("data/rankings/index.json");
        if (!Files.isRegularFile(index)) return;
        for (JsonNode f : JSON.readTree(index.toFile()).get("rankings")) {
            for (JsonNode t : JSON.readTree(site.resolve("data/rankings/" + f.get("file").asText()).toFile()).get("rankings")) {
                String period = t.get("period").isNull() ? "" : t.get("period").get("from").asInt() + "-" + t.get("period").get("to").asInt();
                for (JsonNode e : t.get("entries")) {
                    places.computeIfAbsent(e.get("report").asText(), k -> new ArrayList<>()).add(new Object[] {t.get("indicator").asText(),
                            t.get("group").asText(), t.get("measure").asText(), period, t.get("n").asInt(), t.get("year").asInt(),
                            e.get("rank").isNull() ? null : e.get("rank").asInt()});
                }
            }
        }
    }

    /** all, province:41, city:4103, county:410324 from a report's division code. */
    private static List<String> groupsOf(JsonNode report) {
        List<String> out = new ArrayList<>(List.of("all"));
        JsonNode code = report.get("division_code");
        if (code != null && !code.isNull() && code.asText().length() >= 6 && !report.get("anonymised").asBoolean()) {
            String c = code.asText();
            out.add("province:" + c.substring(0, 2));
            out.add("city:" + c.substring(0, 4));
            out.add("county:" + c.substring(0, 6));
        }
        return out;
    }

    /** The group a page names {@code label} for a report: 全部/全部乡镇 → all, else the report's province, city or county. */
    private String groupOf(JsonNode report, String label) {
        if (label.startsWith("全部")) return "all";
        List<String> groups = groupsOf(report);
        String[] names = {null, text(report, "province"), text(report, "city"), text(report, "county")};
        // the narrowest level of that name (北京市 is a province and a city)
        for (int i = 3; i >= 1; i--) if (label.equals(names[i]) && groups.size() > i) return groups.get(i);
        return null;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The towns of a group in a year (reports of that year), or null when unknown. */
    private Set<String> townsOf(String year, String group) {
        return group == null ? null : members.get(year + "|" + group);
    }

    // ---- every page

    private static final Pattern NEGATIVE_GROWTH = Pattern.compile("增长\\s*[-−–]\\s*\\d");
    private static final Pattern WAN = Pattern.compile("(?<![\\d.,])(\\d[\\d,]*(?:\\.\\d+)?)\\s*万元(?!/)");
    private static final Pattern YI = Pattern.compile("(?<![\\d.,])(\\d[\\d,]*(?:\\.\\d+)?)\\s*亿元(?!/)");
    private static final Pattern CUT = Pattern.compile("\\d[.,]?…");

    /** The page's own words: not the report's text and not its quotes (highlights, problems, blockquotes), which stay as written. */
    private void text(Document d, String where) {
        Document own = d.clone();
        // a code block (review.html's sidecar lines: value: 20000万元) is input for a file, not a figure shown
        own.select(".report-text, .highlights, .problems, blockquote, q, table, figure, script, pre, code").remove();
        String text = own.body().text();
        saw(Kind.TWO_UNITS);
        saw(Kind.NEGATIVE_GROWTH);
        saw(Kind.CUT_NUMBER);
        words(text, where, "text");
        // the quotes may be cut, but never inside a number
        for (Element li : d.select(".highlights li, .problems li, q")) {
            if (CUT.matcher(li.text()).find()) add(Kind.CUT_NUMBER, where, li.text());
        }
        Matcher cut = CUT.matcher(text);
        if (cut.find()) add(Kind.CUT_NUMBER, where, around(text, cut.start()));
        for (Element mark : d.select(".report-text [title]")) words(mark.attr("title"), where, "title");
    }

    /** Money in the wrong unit, or a negative growth, in one element's words. */
    private void words(String text, String where, String element) {
        Matcher m = NEGATIVE_GROWTH.matcher(text);
        if (m.find()) add(Kind.NEGATIVE_GROWTH, where + " " + element, around(text, m.start()));
        Matcher wan = WAN.matcher(text);
        while (wan.find()) {
            if (number(wan.group(1)) >= 10_000) {
                add(Kind.TWO_UNITS, where + " " + element, around(text, wan.start()));
                break;
            }
        }
        Matcher yi = YI.matcher(text);
        while (yi.find()) {
            if (number(yi.group(1)) < 1) {
                add(Kind.TWO_UNITS, where + " " + element, around(text, yi.start()));
                break;
            }
        }
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 40));
    }

    private static double number(String s) {
        return Double.parseDouble(s.replace(",", ""));
    }

    private static final Pattern LEADING_NUMBER = Pattern.compile("^-?\\d[\\d,]*(?:\\.\\d+)?");

    /**
     * Tables: money in 万元 from 1亿 on (a column headed （万元）, or a row whose 单位 cell is 万元), a growth column of
     * sentences (同比增长) holding a negative number, a stock given a period.
     */
    private void tables(Document d, String where) {
        for (Element table : d.select("table")) {
            List<String> heads = table.select("thead th").eachText();
            if (heads.isEmpty()) continue;
            int unitColumn = heads.indexOf("单位");
            int periodColumn = heads.indexOf("时期");
            int growthColumn = heads.indexOf("同比增长");
            String caption = table.select("caption").text();
            boolean wanHeader = heads.stream().anyMatch(h -> h.contains("（万元）"));
            String wrongUnit = null;
            String negative = null;
            String stockPeriod = null;
            for (Element tr : table.select("tbody tr")) {
                List<Element> cells = tr.children();
                String name = cells.isEmpty() ? "" : cells.stream().filter(c -> c.tagName().equals("th")).findFirst().map(Element::text).orElse("");
                // the unit in the column's head, in a 单位 cell, or in the row's head (重点项目总投资（数值，万元）)
                boolean wanRow = wanHeader || unitColumn >= 0 && unitColumn < cells.size() && cells.get(unitColumn).text().equals("万元")
                        || name.endsWith("万元）");
                for (int i = 0; i < cells.size(); i++) {
                    String t = cells.get(i).text();
                    words(t, where, "table");
                    if (wanRow && i != 0) {
                        Matcher m = LEADING_NUMBER.matcher(t);
                        if (m.find() && Math.abs(number(m.group())) >= 10_000 && wrongUnit == null) wrongUnit = name + " " + t + " 万元";
                    }
                    if (i == growthColumn && t.startsWith("-") && negative == null) negative = name + " 同比增长 " + t;
                    if (i == periodColumn && stockNames.contains(name) && !t.equals("—") && !t.isEmpty() && stockPeriod == null) {
                        stockPeriod = name + " " + t;
                    }
                }
                // a stock's row of the figures across years or of the derived figures: no months on its cells
                if (stockNames.contains(name) && periodColumn < 0 && (tr.text().contains("月）") || !tr.select(".badge-period").isEmpty())
                        && stockPeriod == null) {
                    stockPeriod = name + " " + tr.text();
                }
            }
            if (wrongUnit != null) add(Kind.TWO_UNITS, where + " table " + caption, wrongUnit);
            if (negative != null) add(Kind.NEGATIVE_GROWTH, where + " table " + caption, negative);
            if (stockPeriod != null) add(Kind.STOCK_PERIOD, where + " table " + caption, stockPeriod);
        }
    }

    /** Charts: each one's caption and alt text, once. */
    private void figures(Document d, String where) {
        for (Element fig : d.select("figure")) {
            String words = fig.select("img").attr("alt") + " " + fig.select("figcaption").text();
            Matcher m = NEGATIVE_GROWTH.matcher(words);
            if (m.find()) add(Kind.NEGATIVE_GROWTH, where + " chart", around(words, m.start()));
            if (CUT.matcher(words).find()) add(Kind.CUT_NUMBER, where + " chart", words);
            Matcher wan = WAN.matcher(words);
            while (wan.find()) {
                if (number(wan.group(1)) >= 10_000) {
                    add(Kind.TWO_UNITS, where + " chart", around(words, wan.start()));
                    break;
                }
            }
        }
    }

    /** The words a page gives its flags (badges, the 标记 and 说明 columns), for {@link #flagWords}. */
    private void collectFlags(Document d, String where, Map<String, Set<String>> words) {
        for (Element b : d.select("span.badge")) {
            saw(Kind.TWO_FLAG_WORDS);
            if (b.hasClass("badge-period") || b.hasClass("badge-met") || b.hasClass("badge-missed") || b.hasClass("badge-target")) continue;
            words.computeIfAbsent(b.text(), k -> new HashSet<>()).add(where);
        }
    }

    /** 约 and 约数 (or 以上 and 余, 预计 and 估计) both used as the word of one flag. */
    private static final List<List<String>> SYNONYMS = List.of(List.of("约数", "约", "左右"), List.of("以上", "余", "多", "超过"),
            List.of("预计", "估计"), List.of("时期未注明", "期间不明", "期间未注明", "时期不明"));

    private void flagWords(Map<String, Set<String>> words) {
        for (List<String> group : SYNONYMS) {
            List<String> used = group.stream().filter(words::containsKey).toList();
            if (used.size() < 2) continue;
            // the less used words are the odd ones
            String main = used.stream().max(java.util.Comparator.comparingInt(w -> words.get(w).size())).orElseThrow();
            for (String w : used) {
                if (w.equals(main)) continue;
                for (String where : new java.util.TreeSet<>(words.get(w))) add(Kind.TWO_FLAG_WORDS, where, w + " besides " + main);
            }
        }
    }

    // ---- town profiles

    private static final Pattern LEAD = Pattern.compile("(\\d+)个乡镇中第(\\d+)");
    private static final Pattern FOLDED = Pattern.compile("(增长率)?第(\\d+)/(\\d+)");
    private static final Pattern MARK = Pattern.compile("第 ?(\\d+) ?名?/(\\d+)");
    private static final Pattern STANDING = Pattern.compile("^在(.+?)(?:(\\d+)个)?乡镇中");
    private static final Pattern COUNTS = Pattern.compile("(\\d+)项(?:[^，；：]*参与)?排名(?:中|[^，；]*?[，,]\\s*)(\\d+)项居前三");
    private static final Pattern COMPOSITE_RANK = Pattern.compile("综合发展指数第(\\d+)(?:/(\\d+)|（[^）]*?(\\d+)个乡镇[^）]*）)?");

    private void profile(Document d, Path page, String where) throws IOException {
        Element year = d.selectFirst("section.year");
        if (year == null) return;
        String y = year.select("h2").first() == null ? "" : year.select("h2").first().ownText().replaceAll("\\D", "");
        JsonNode report = reportOf(d, page);
        // the header: one line per group, each group once, its counts only of real rankings
        List<Set<String>> said = new ArrayList<>();
        for (Element li : d.select(".standings li")) {
            String line = li.text();
            Matcher s = STANDING.matcher(line);
            if (!s.find()) continue;
            String[] labels = s.group(1).split("、");
            String group = report == null ? null : groupOf(report, labels[labels.length - 1]);
            boolean wide = group != null && (group.equals("all") || group.startsWith("province:"));
            if (group != null) saw(Kind.WIDE_PLACE);
            // a province's or all towns' line without their count (it moves with every report of the year), a county's
            // or city's with it
            if (group != null && wide == (s.group(2) != null)) add(Kind.WIDE_PLACE, where + " header", line);
            Set<String> towns = townsOf(y, group);
            if (towns != null) {
                if (said.contains(towns)) add(Kind.GROUP_TWICE, where + " header", "a line for the same towns again: " + line);
                said.add(towns);
            }
            Matcher c = COUNTS.matcher(line);
            saw(Kind.GROUP_TWICE);
            if (c.find() && report != null && group != null) {
                saw(Kind.TOP_THREE_COUNT);
                int ranked = 0;
                int top = 0;
                for (Object[] pl : places.getOrDefault(report.get("id").asText(), List.of())) {
                    if (!pl[1].equals(group) || pl[6] == null || (int) pl[4] < MIN_TOWNS) continue;
                    ranked++;
                    if ((int) pl[6] <= 3) top++;
                }
                if (Integer.parseInt(c.group(1)) != ranked || Integer.parseInt(c.group(2)) != top) {
                    add(Kind.TOP_THREE_COUNT, where + " header", line + " (tables of " + MIN_TOWNS + "+ towns: " + ranked + " ranked, " + top + " in the top three)");
                }
            }
            Matcher ci = COMPOSITE_RANK.matcher(line);
            if (ci.find()) {
                saw(Kind.COMPOSITE_COUNT);
                String of = ci.group(2) != null ? ci.group(2) : ci.group(3) != null ? ci.group(3) : s.group(2);
                if (of != null) compositeClaims.add(new String[] {where + " header", y, "all".equals(group) ? "all" : "group", ci.group(1), of, line});
            }
        }
        for (Element m : d.select(".strengths .meta, .weaknesses .meta")) {
            Matcher k = MARK.matcher(m.text());
            saw(Kind.SMALL_TABLE_RANK);
            if (k.find() && Integer.parseInt(k.group(2)) < MIN_TOWNS) add(Kind.SMALL_TABLE_RANK, where + " strength/weakness", m.parent().text());
        }
        for (Element card : d.select("section.year li.card")) cardRanks(card, report, y, where);
        derived(d, report, y, where);
        for (Element li : d.select(".highlights li, .problems li")) {
            String t = li.text();
            saw(Kind.HEADING_ITEM);
            if (t.endsWith("：") || t.endsWith(":") || t.matches("^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+[章节部分]).{0,30}$")) {
                add(Kind.HEADING_ITEM, where + (li.parents().hasClass("problems") ? " problems" : " highlights"), t);
            }
        }
        // the periods line: months name flows only
        Element periods = d.selectFirst(".periods");
        if (periods != null) {
            for (String part : periods.text().split("；")) {
                if (!part.contains("月：")) continue;
                for (String name : part.substring(part.indexOf("月：") + 2).split("、")) {
                    if (stockNames.contains(name.strip())) add(Kind.STOCK_PERIOD, where + " periods", part);
                }
            }
        }
        for (Element t : d.select(".targets li")) {
            String name = t.ownText().split("[：，]")[0].strip();
            if (stockNames.contains(name) && !t.select(".badge-period").isEmpty()) add(Kind.STOCK_PERIOD, where + " target", t.text());
        }
        history(d, where);
    }

    /** The report of a profile page: its reader page names the source file, as data/reports.json does. */
    private JsonNode reportOf(Document d, Path page) throws IOException {
        for (Element a : d.select(".actions a[href$=index.html]")) {
            Path reader = page.getParent().resolve(a.attr("href")).normalize();
            if (!Files.isRegularFile(reader)) continue;
            String meta = Jsoup.parse(reader.toFile(), "UTF-8").select("main > p.meta").text();
            String source = meta.substring(meta.indexOf('：') + 1).strip();
            for (JsonNode r : reports.values()) if (r.get("source").asText().equals(source)) return r;
        }
        return null;
    }

    private void cardRanks(Element card, JsonNode report, String year, String where) {
        String name = card.select("h4").text();
        String indicator = card.attr("data-indicator");
        if (stockIds.contains(indicator)) saw(Kind.STOCK_PERIOD);
        if (stockIds.contains(indicator) && (!card.select(".badge-period").isEmpty() || card.text().contains("全年"))) {
            add(Kind.STOCK_PERIOD, where + " card", card.text());
        }
        String cardPeriod = card.attr("data-period");
        List<String> said = new ArrayList<>();
        for (Element lead : card.select("p.rank-lead")) {
            wide(report, year, indicator, lead.attr("data-group"), lead.attr("data-measure"),
                    lead.hasAttr("data-period") ? lead.attr("data-period") : cardPeriod, lead.text(), where + " card headline " + name);
            Matcher m = LEAD.matcher(lead.text());
            saw(Kind.SMALL_TABLE_RANK);
            if (m.find() && Integer.parseInt(m.group(1)) < MIN_TOWNS) add(Kind.SMALL_TABLE_RANK, where + " card headline", name + " " + lead.text());
            said.add(key(report, year, lead.attr("data-group"), lead.attr("data-measure"),
                    lead.hasAttr("data-period") ? lead.attr("data-period") : cardPeriod));
        }
        for (Element li : card.select("ul.ranks li")) {
            Matcher m = FOLDED.matcher(li.text());
            String period = li.hasAttr("data-period") ? li.attr("data-period") : cardPeriod;
            String[] parts = li.text().substring(li.text().indexOf(' ') + 1).split("，");
            for (String part : parts) {
                wide(report, year, indicator, li.attr("data-group"), part.startsWith("增长率") ? "growth" : "value", period, part, where + " card rank " + name);
            }
            while (m.find()) {
                saw(Kind.SMALL_TABLE_RANK);
                saw(Kind.GROUP_TWICE);
                if (Integer.parseInt(m.group(3)) < MIN_TOWNS) add(Kind.SMALL_TABLE_RANK, where + " card rank", name + " " + li.text());
                String k = key(report, year, li.attr("data-group"), m.group(1) == null ? "value" : "growth", period);
                if (k != null && said.contains(k)) add(Kind.GROUP_TWICE, where + " card", name + " " + card.select(".rank-lead, .ranks").text());
                said.add(k);
            }
        }
    }

    private static final Pattern QUARTER = Pattern.compile("(前|后)(25|50)%|前(\\d+)名");
    private static final Pattern WIDE_RANK = Pattern.compile("第(\\d+)(/\\d+)?");

    /**
     * A place in a province or among all towns ({@code said}: a card's headline or one measure of a folded line): no
     * count, an exact rank only up to {@link #EXACT_TOP}, else the quarter the data file's rank is in.
     */
    private void wide(JsonNode report, String year, String indicator, String group, String measure, String period, String said, String where) {
        if (report == null || !(group.equals("all") || group.startsWith("province:"))) return;
        saw(Kind.WIDE_PLACE);
        if (said.matches(".*\\d+个乡镇中.*")) add(Kind.WIDE_PLACE, where, said + ": the count of a wide group");
        Integer rank = null;
        int n = 0;
        for (Object[] pl : places.getOrDefault(report.get("id").asText(), List.of())) {
            if (pl[0].equals(indicator) && pl[1].equals(group) && pl[2].equals(measure) && pl[3].equals(period) && String.valueOf(pl[5]).equals(year)) {
                rank = (Integer) pl[6];
                n = (int) pl[4];
            }
        }
        if (rank == null) return;
        Matcher q = QUARTER.matcher(said);
        Matcher r = WIDE_RANK.matcher(said);
        if (q.find()) {
            // 前10名: rank ≤ 10; 前25%: rank ≤ n/4; 后25%: rank > 3n/4; 前50%: rank ≤ n/2; 后50%: rank > n/2; each below the exact top
            boolean holds = rank > EXACT_TOP && (q.group(3) != null ? rank <= Integer.parseInt(q.group(3))
                    : q.group(1).equals("前") ? rank * 100L <= Long.parseLong(q.group(2)) * n : rank * 100L > (100 - Long.parseLong(q.group(2))) * n);
            if (!holds) add(Kind.WIDE_PLACE, where, said + " for rank " + rank + " of " + n);
        } else if (r.find()) {
            if (r.group(2) != null || rank > EXACT_TOP || Integer.parseInt(r.group(1)) != rank) {
                add(Kind.WIDE_PLACE, where, said + " for rank " + rank + " of " + n);
            }
        }
    }

    /** How far a wide group's rank is said exactly (quoted by the methodology page). */
    private static final int EXACT_TOP = townstats.analyze.RankBands.EXACT_TOP;

    /** A rank's table by the towns its group holds: two groups of the same towns give the same key. */
    private String key(JsonNode report, String year, String group, String measure, String period) {
        Set<String> towns = report == null ? null : townsOf(year, group);
        return towns == null ? null : new java.util.TreeSet<>(towns) + "|" + measure + "|" + period;
    }

    private void derived(Document d, JsonNode report, String year, String where) {
        for (Element table : d.select("section.derived table")) {
            List<String> groups = table.select("thead th[data-group]").eachAttr("data-group");
            List<Set<String>> seen = new ArrayList<>();
            for (String g : groups) {
                Set<String> towns = report == null ? null : townsOf(year, g);
                if (towns == null) continue;
                if (seen.contains(towns)) add(Kind.GROUP_TWICE, where + " derived table", "column " + g + " holds the towns of another column");
                seen.add(towns);
            }
            for (Element tr : table.select("tbody tr")) {
                for (Element td : tr.select("td")) {
                    Matcher m = Pattern.compile("^(\\d+)/(\\d+)$").matcher(td.text());
                    if (m.find() && Integer.parseInt(m.group(2)) < MIN_TOWNS) {
                        add(Kind.SMALL_TABLE_RANK, where + " derived table", tr.select("th").text() + " " + td.text());
                    }
                }
            }
        }
    }

    /** History charts: every point of part of the year said with its months (the table across years gives them). */
    private void history(Document d, String where) {
        Element table = d.selectFirst("section.history table");
        if (table == null) return;
        List<String> years = table.select("thead th").eachText().stream().filter(h -> h.matches("\\d{4}年")).toList();
        Map<String, List<String>> rows = new HashMap<>();
        for (Element tr : table.select("tbody tr")) {
            List<String> cells = tr.select("td").eachText();
            rows.put(tr.select("th").text(), cells.subList(cells.size() - years.size(), cells.size()));
        }
        String town = d.select("h1").text();
        for (Element fig : d.select("figure.chart")) {
            String alt = fig.select("img").attr("alt");
            if (!alt.contains("历年")) continue;
            saw(Kind.MIXED_SERIES);
            String caption = fig.select("figcaption").text() + " " + alt;
            for (var row : rows.entrySet()) {
                if (!alt.startsWith(town + row.getKey() + "历年")) continue;
                for (int i = 0; i < years.size(); i++) {
                    Matcher months = Pattern.compile("（(\\d+—\\d+月)）").matcher(row.getValue().get(i));
                    if (!months.find()) continue;
                    // the caption's words on that year, up to the next point
                    int at = caption.indexOf(years.get(i));
                    String point = at < 0 ? "" : caption.substring(at, Math.min(caption.length(), at + 40)).split("[，；。]")[0];
                    if (at >= 0 && !point.contains(months.group(1))) {
                        add(Kind.MIXED_SERIES, where, row.getKey() + ": " + point + " is " + months.group(1) + " (" + caption + ")");
                    }
                }
            }
        }
    }

    // ---- reader pages, ranking pages, composite, indexes

    private void reader(Document d, String where) {
        // the figures' tooltips and table are checked with every page; nothing more here
    }

    private void ranking(Document d, String where) {
        String name = d.select("h1").first() == null ? "" : d.select("h1").first().ownText().strip();
        boolean stock = stockNames.contains(name);
        for (Element section : d.select("section.ranking-table")) {
            List<String> ranks = new ArrayList<>();
            for (Element tr : section.select("tbody tr")) {
                String rank = tr.child(0).text();
                if (!rank.equals("—") && !rank.isEmpty()) ranks.add(rank);
            }
            // ranks only where the table ranks enough towns: its statistics say how many it ranks (参与排名)
            int ranked = Integer.MAX_VALUE;
            for (Element div : section.select("dl.stats div")) {
                if (div.select("dt").text().equals("参与排名")) ranked = Integer.parseInt(div.select("dd").text().replace(",", ""));
            }
            if (!ranks.isEmpty()) saw(Kind.SMALL_TABLE_RANK);
            if (!ranks.isEmpty() && ranked < MIN_TOWNS) add(Kind.SMALL_TABLE_RANK, where + " ranking table", section.select("h2").text() + " ranks " + ranks.size() + " towns");
            if (stock && section.attr("data-period").length() > 0) add(Kind.STOCK_PERIOD, where, section.select("h2").text());
            if (stock) {
                for (Element cap : section.select("figcaption")) {
                    if (cap.text().contains("数据期间")) add(Kind.STOCK_PERIOD, where + " chart", cap.text());
                }
            }
        }
        for (Element p : d.select("p")) {
            if (p.text().contains("详见") || p.text().contains("方法见")) saw(Kind.METHOD_LINK);
            if (p.text().matches(".*(?:详见|方法见)\\s*。.*")) add(Kind.METHOD_LINK, where, p.text());
        }
    }

    /** [page, year, all|group, rank, of, line] of every profile header line naming a composite rank. */
    private final List<String[]> compositeClaims = new ArrayList<>();

    private static final Pattern PAGER_TOTAL = Pattern.compile("共 ?(\\d+) ?行");

    private void composite(List<Path> pages) throws IOException {
        Map<String, Set<Integer>> counts = new TreeMap<>();
        Map<String, List<String>> sets = new TreeMap<>();
        int rows = 0;
        Integer pagerTotal = null;
        for (Path p : pages) {
            String where = site.relativize(p).toString();
            if (!where.matches("composite(-p\\d+)?\\.html")) continue;
            Document d = Jsoup.parse(p.toFile(), "UTF-8");
            for (Element section : d.select("section[id^=y]")) {
                String year = section.id().substring(1);
                for (Element cap : section.select("caption")) {
                    Matcher m = Pattern.compile("综合发展指数（(?:[^）]*?)(\\d+)[^）]*）").matcher(cap.text());
                    if (m.find()) counts.computeIfAbsent(year, k -> new HashSet<>()).add(Integer.parseInt(m.group(1)));
                }
                for (Element t : section.select("table")) {
                    if (t.select("caption").text().contains("权重")) {
                        sets.put(year, t.select("tbody th").eachText());
                    } else {
                        rows += t.select("tbody tr").size();
                    }
                }
                rows += section.select("ul.excluded li, h3 + ul li").size();
            }
            Matcher total = PAGER_TOTAL.matcher(d.select("nav.pager").text());
            if (total.find()) pagerTotal = Integer.parseInt(total.group(1));
            for (Element el : d.select("p")) {
                if (el.text().contains("方法见")) saw(Kind.METHOD_LINK);
                if (el.text().matches(".*(?:详见|方法见)\\s*。.*")) add(Kind.METHOD_LINK, where, el.text());
            }
        }
        counts.forEach((year, c) -> {
            if (c.size() > 1) add(Kind.COMPOSITE_COUNT, "composite.html", year + "年 scored towns said as " + c);
        });
        if (pagerTotal != null && pagerTotal != rows) add(Kind.COMPOSITE_COUNT, "composite.html pager", "共 " + pagerTotal + " 行 for " + rows + " rows of towns");
        if (!sets.isEmpty()) saw(Kind.COMPOSITE_SET);
        if (new HashSet<>(sets.values()).size() > 1) add(Kind.COMPOSITE_SET, "composite.html", sets.toString());
        for (String[] claim : compositeClaims) {
            Set<Integer> c = counts.get(claim[1]);
            int rank = Integer.parseInt(claim[3]);
            int of = Integer.parseInt(claim[4]);
            if (rank > of) add(Kind.COMPOSITE_COUNT, claim[0], claim[5]);
            else if (claim[2].equals("all") && (c == null || !c.contains(of))) {
                add(Kind.COMPOSITE_COUNT, claim[0], claim[5] + " (composite.html scores " + c + ")");
            }
        }
    }

    /** The rankings index counts what each page lists: the towns of its all-towns tables (every page of it). */
    private static final Pattern PAGE_N = Pattern.compile("-p\\d+\\.html$");
    private static final Pattern AMONG = Pattern.compile("共(\\d+)个乡镇");
    /** 干部作风和能力（12）、 on a profile: a theme's name and the towns naming it. */
    private static final Pattern PROFILE_ITEM = Pattern.compile("(?:^|(?<=）)、)([^（）]+)（(\\d+)）");

    /**
     * The theme pages (topics/…, a page sequence being the first page and its -pN pages): each theme's count in the
     * table against the towns its sections quote with links to their sentences; a share only over MIN_TOWNS towns or
     * more; and each profile's theme count against the page it links to.
     */
    private void themes(List<Path> pages) throws IOException {
        Map<String, Map<String, Integer>> counted = new TreeMap<>();
        Map<String, Map<String, Set<String>>> quoted = new TreeMap<>();
        List<String[]> profileClaims = new ArrayList<>();
        for (Path p : pages) {
            String where = site.relativize(p).toString().replace('\\', '/');
            if (where.startsWith("towns/")) {
                Document d = Jsoup.parse(p.toFile(), "UTF-8");
                for (Element line : d.select(".profile-themes p")) {
                    Element a = line.selectFirst("a[href]");
                    if (a == null) continue;
                    String target = resolve(where, a.attr("href"));
                    String names = line.text().substring(line.text().indexOf('：') + 1);
                    // a name may hold 、 itself (经济总量小、下行压力大): the items are cut after each （N）
                    Matcher item = PROFILE_ITEM.matcher(names);
                    while (item.find()) profileClaims.add(new String[] {where, target, item.group(2), item.group(1), line.text()});
                }
                continue;
            }
            if (!where.startsWith("topics/") || where.equals("topics/index.html")) continue;
            String sequence = PAGE_N.matcher(where).replaceFirst(".html");
            Document d = Jsoup.parse(p.toFile(), "UTF-8");
            Element table = d.selectFirst("table.topic-counts");
            if (table != null) {
                Map<String, Integer> counts = counted.computeIfAbsent(sequence, k -> new TreeMap<>());
                for (Element tr : table.select("tr[data-theme]")) counts.put(tr.attr("data-theme"), Integer.parseInt(tr.selectFirst("td.towns").text()));
                Matcher among = AMONG.matcher(table.selectFirst("caption").text());
                boolean share = table.select("thead th").stream().anyMatch(th -> th.text().equals("占比"));
                saw(Kind.THEME_COUNT);
                if (share && among.find() && Integer.parseInt(among.group(1)) < MIN_TOWNS) {
                    add(Kind.THEME_COUNT, where, "a share over fewer than " + MIN_TOWNS + " towns: " + table.selectFirst("caption").text());
                }
            }
            Map<String, Set<String>> towns = quoted.computeIfAbsent(sequence, k -> new TreeMap<>());
            for (Element section : d.select("section.theme[data-theme]")) {
                Set<String> named = towns.computeIfAbsent(section.attr("data-theme"), k -> new HashSet<>());
                for (Element li : section.select("li")) {
                    Element town = li.selectFirst("a.town");
                    if (li.select("q a[href*=#s-]").isEmpty() || town == null) {
                        add(Kind.THEME_COUNT, where, "a town quoted without a link to its sentence: " + li.text());
                    }
                    // the town's page from the site's root: a group's page is a folder deeper than the all-towns page
                    if (town != null && !named.add(town.attr("href").replaceFirst("^(\\.\\./)+", ""))) {
                        add(Kind.THEME_COUNT, where, "a town quoted twice: " + li.text());
                    }
                }
            }
        }
        // an all-towns page beyond one page quotes the towns of no province; the others are on their province's page
        // (topics/plans-2022/province-41.html): its themes' towns are those quoted there and on every province's page
        for (var e : quoted.entrySet()) {
            Matcher province = Pattern.compile("^(topics/[a-z]+-\\d{4})/province-[^/]+\\.html$").matcher(e.getKey());
            if (!province.find()) continue;
            Map<String, Set<String>> all = quoted.get(province.group(1) + ".html");
            if (all == null) continue;
            e.getValue().forEach((theme, towns) -> all.computeIfAbsent(theme, k -> new HashSet<>()).addAll(towns));
        }
        for (var e : counted.entrySet()) {
            Map<String, Set<String>> towns = quoted.getOrDefault(e.getKey(), Map.of());
            for (var c : e.getValue().entrySet()) {
                saw(Kind.THEME_COUNT);
                int linked = towns.getOrDefault(c.getKey(), Set.of()).size();
                if (linked != c.getValue()) {
                    add(Kind.THEME_COUNT, e.getKey(), c.getKey() + ": " + c.getValue() + " towns counted, " + linked + " quoted with links");
                }
            }
            for (String theme : towns.keySet()) {
                if (!e.getValue().containsKey(theme)) add(Kind.THEME_COUNT, e.getKey(), theme + " quoted but not counted");
            }
        }
        // the themes' names as the pages say them, to know which theme a profile names
        Map<String, String> ids = new HashMap<>();
        Path topics = site.resolve("data/topics.json");
        if (Files.isRegularFile(topics)) {
            for (JsonNode t : JSON.readTree(topics.toFile()).get("themes")) {
                for (String part : List.of("problem", "plan")) {
                    if (t.hasNonNull(part)) ids.put(part + "|" + t.get(part).asText(), t.get("id").asText());
                }
            }
        }
        for (String[] claim : profileClaims) {
            saw(Kind.THEME_COUNT);
            String part = claim[1].startsWith("topics/problems-") ? "problem" : "plan";
            String theme = ids.get(part + "|" + claim[3].strip());
            Integer count = theme == null ? null : counted.getOrDefault(claim[1], Map.of()).get(theme);
            if (count == null || count != Integer.parseInt(claim[2])) {
                add(Kind.THEME_COUNT, claim[0] + " themes", claim[3] + "（" + claim[2] + "） in " + claim[4] + " (the page it links to: " + count + ")");
            }
        }
    }

    /** A link of a page, as a path from the site's root (fragment kept). */
    private static String resolve(String page, String href) {
        java.net.URI base = java.net.URI.create("file:///" + page.replace(" ", "%20"));
        return base.resolve(href).getPath().substring(1) + (href.contains("#") ? href.substring(href.indexOf('#')) : "");
    }

    private void rankingsIndex() throws IOException {
        Path index = site.resolve("rankings/index.html");
        if (!Files.isRegularFile(index)) return;
        for (Element a : Jsoup.parse(index.toFile(), "UTF-8").select("td a[href]")) {
            String href = a.attr("href");
            Path page = index.getParent().resolve(href).normalize();
            Set<String> towns = new HashSet<>();
            String stem = page.getFileName().toString().replace(".html", "");
            try (Stream<Path> sequence = Files.list(page.getParent())) {
                for (Path p : sequence.filter(f -> f.getFileName().toString().matches(Pattern.quote(stem) + "(-p\\d+)?\\.html")).toList()) {
                    for (Element section : Jsoup.parse(p.toFile(), "UTF-8").select("section.ranking-table[data-group=all]")) {
                        towns.addAll(section.select("tbody th a").eachAttr("href"));
                    }
                }
            }
            saw(Kind.LIST_COUNT);
            if (!a.text().equals(String.valueOf(towns.size()))) {
                add(Kind.LIST_COUNT, "rankings/index.html", a.attr("aria-label") + " says " + a.text() + ", the page lists " + towns.size());
            }
        }
    }

    /** The home page's list of towns: called 全部乡镇 only when it shows them all. */
    private void home() throws IOException {
        Path home = site.resolve("index.html");
        if (!Files.isRegularFile(home)) return;
        Document d = Jsoup.parse(home.toFile(), "UTF-8");
        int shown = d.select(".town-chips li").size();
        String count = d.select(".hero .stats div").stream().filter(e -> e.select("dt").text().equals("乡镇"))
                .map(e -> e.select("dd").text()).findFirst().orElse("");
        for (Element h : d.select("h2")) {
            if (h.text().equals("全部乡镇") && !count.equals(String.valueOf(shown))) {
                add(Kind.LIST_COUNT, "index.html", "全部乡镇 shows " + shown + " of " + count + " towns");
            }
        }
    }

    /** Print keeps the charts' captions (they say the months, counts and source). */
    private void printedCaptions() throws IOException {
        Path css = site.resolve("assets/site.css");
        if (!Files.isRegularFile(css)) return;
        String s = Files.readString(css);
        for (int at = s.indexOf("@media print"); at >= 0; at = s.indexOf("@media print", at + 1)) {
            String block = s.substring(s.indexOf('{', at) + 1, blockEnd(s, at) - 1);
            // each rule of the block: selectors { declarations }
            for (String rule : block.split("}")) {
                String[] parts = rule.split("\\{", 2);
                if (parts.length == 2 && parts[0].contains("figcaption") && parts[1].replaceAll("\\s", "").contains("display:none")) {
                    add(Kind.MIXED_SERIES, "assets/site.css", "print hides the charts' captions: " + parts[0].strip());
                }
            }
        }
    }

    /** The end of the CSS block opened at {@code from} (its closing brace). */
    private static int blockEnd(String s, int from) {
        int depth = 0;
        for (int i = s.indexOf('{', from); i >= 0 && i < s.length(); i++) {
            if (s.charAt(i) == '{') depth++;
            if (s.charAt(i) == '}' && --depth == 0) return i + 1;
        }
        return s.length();
    }

    /** The CSV downloads: a stock with a period, flag words as on the pages. */
    private void csvFiles(Map<String, Set<String>> flagWords) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(p -> p.getFileName().toString().equals("facts.csv") || p.getFileName().toString().equals("ranking-tables.csv")).toList();
        }
        for (Path f : files) {
            String where = site.relativize(f).toString().replace('\\', '/');
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            if (lines.isEmpty()) continue;
            List<String> heads = List.of(lines.get(0).replace("\uFEFF", "").split(","));
            int id = heads.indexOf("指标代码");
            int period = heads.indexOf("时期");
            int note = heads.indexOf("说明") >= 0 ? heads.indexOf("说明") : heads.indexOf("标记");
            boolean stockPeriod = false;
            for (String line : lines.subList(1, lines.size())) {
                List<String> cells = townstats.site.SiteAudit.csv(line);
                if (id >= 0 && period >= 0 && cells.size() > period && stockIds.contains(cells.get(id)) && !cells.get(period).isEmpty()) stockPeriod = true;
                if (note >= 0 && cells.size() > note) {
                    for (String w : cells.get(note).split("、")) if (!w.isEmpty()) flagWords.computeIfAbsent(w, k -> new HashSet<>()).add(where);
                }
            }
            if (stockPeriod) add(Kind.STOCK_PERIOD, where, "a stock's row with a period (时期)");
        }
    }

    /** One line of a CSV file (quoted cells with commas and "" inside). */
    static List<String> csv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }

    /** The compare page's data: the same forms as the cards, ranks of tables that rank enough towns, each group once. */
    private void compareData() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site.resolve("towns"))) {
            files = walk.filter(p -> p.getFileName().toString().equals("figures.js")).sorted().toList();
        } catch (java.nio.file.NoSuchFileException e) {
            return;
        }
        for (Path f : files) {
            String where = site.relativize(f).toString().replace('\\', '/') + " compare";
            String js = Files.readString(f);
            JsonNode town = JSON.readTree(js.substring(js.indexOf("] = ") + 4, js.lastIndexOf(';')));
            List<JsonNode> figureLists = new ArrayList<>();
            if (town.has("figures")) figureLists.add(town.get("figures"));
            if (town.has("years")) town.get("years").forEach(y -> figureLists.add(y.get("figures")));
            for (JsonNode figures : figureLists) {
                for (JsonNode fig : figures) {
                    String value = fig.path("value").asText("");
                    String unit = fig.path("unit").asText("");
                    if (unit.equals("万元") && !value.isEmpty() && number(value) >= 10_000) add(Kind.TWO_UNITS, where, fig.get("name").asText() + " " + value + unit);
                    if (fig.hasNonNull("growth") && NEGATIVE_GROWTH.matcher(fig.get("growth").asText()).find()) add(Kind.NEGATIVE_GROWTH, where, fig.get("growth").asText());
                    if (stockIds.contains(fig.path("id").asText()) && fig.hasNonNull("period")) add(Kind.STOCK_PERIOD, where, fig.get("name").asText() + " " + fig.get("period").asText());
                    Set<String> lines = new HashSet<>();
                    for (JsonNode r : fig.path("ranks")) {
                        // a line of text (before), or a rank of one group the page picks from (one line per town there)
                        String line = r.isTextual() ? r.asText()
                                : r.path("g").asText() + " " + r.path("m").asText() + " " + r.path("p").asText() + " " + r.path("r").asText() + "/" + r.path("n").asText();
                        saw(Kind.SMALL_TABLE_RANK);
                        Matcher n = Pattern.compile("/(\\d+)").matcher(line);
                        int of = r.has("n") ? r.get("n").asInt() : n.find() ? Integer.parseInt(n.group(1)) : Integer.MAX_VALUE;
                        if (of < MIN_TOWNS) add(Kind.SMALL_TABLE_RANK, where, fig.get("name").asText() + " " + line);
                        if (!lines.add(line)) add(Kind.GROUP_TWICE, where, fig.get("name").asText() + " says twice: " + line);
                    }
                }
            }
        }
    }
}
