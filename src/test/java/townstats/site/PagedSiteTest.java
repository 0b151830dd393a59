package townstats.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townstats.cli.Main;
import townstats.render.Paging;

/**
 * A site built with a row budget of {@link #BUDGET} (the system property {@link Paging#ROW_BUDGET_PROPERTY}), so a
 * small generated corpus is paged as a national one would be: ranking pages split into the all-towns pages and a page
 * per peer group, the towns and reports indexes into pages; every pager link resolves, every ranking's rows are on
 * its pages exactly once and in order (as in data/rankings/ID/YEAR.json), and a profile's lead rank opens a page that
 * shows the town in that group.
 */
class PagedSiteTest {
    static final int BUDGET = 40;
    @TempDir
    static Path tmp;
    private static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path corpus = tmp.resolve("corpus");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertEquals(0, townstats.bench.BenchTool.run(List.of("generate-corpus", "--reports", "150", "--seed", "5", "--out",
                corpus.toString()), print, print));
        site = tmp.resolve("site");
        String before = System.getProperty(Paging.ROW_BUDGET_PROPERTY);
        System.setProperty(Paging.ROW_BUDGET_PROPERTY, String.valueOf(BUDGET));
        try {
            assertEquals(0, Main.run(List.of("build", "--content", corpus.toString(), "--out", site.toString()), print, print),
                    out.toString(StandardCharsets.UTF_8));
        } finally {
            if (before == null) System.clearProperty(Paging.ROW_BUDGET_PROPERTY);
            else System.setProperty(Paging.ROW_BUDGET_PROPERTY, before);
        }
    }

    private static List<String> htmlPages() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static Document parse(Path page) {
        try {
            return Jsoup.parse(page.normalize().toFile(), "UTF-8");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void listsArePagedAndEveryLinkResolves() throws IOException {
        List<String> pages = htmlPages();
        assertTrue(pages.contains("towns/index-p2.html") && pages.contains("reports/index-p2.html"), "the indexes are paged");
        assertTrue(pages.stream().anyMatch(p -> p.matches("rankings/[a-z0-9-]+-\\d{4}-p2\\.html")), "an all-towns ranking is paged");
        assertTrue(pages.stream().anyMatch(p -> p.matches("rankings/[a-z0-9-]+-\\d{4}/(province|city|county)-\\d+\\.html")),
                "peer groups have pages of their own");
        assertEquals(List.of(), new LinkChecker(site).check(pages));
        for (String p : pages) {
            Document d = parse(site.resolve(p));
            int rows = d.select("section.ranking-table tbody tr, section.ranking-groups tbody tr").size();
            assertTrue(rows <= BUDGET, p + " has " + rows + " rows");
            if (p.startsWith("towns/index") || p.startsWith("reports/index")) assertTrue(d.select("table.data tbody tr").size() <= BUDGET, p);
            Element pager = d.selectFirst("nav.pager");
            if (pager == null) continue;
            // 第 N/M 页 with links beside the page; the first page has no 上一页, the last no 下一页
            String at = pager.selectFirst(".pager-at").text();
            assertTrue(at.matches("第 \\d+/\\d+ 页"), at);
            boolean first = at.startsWith("第 1/");
            boolean last = at.matches("第 (\\d+)/\\1 页");
            assertEquals(first, pager.select("a[rel=prev]").isEmpty(), p);
            assertEquals(last, pager.select("a[rel=next]").isEmpty(), p);
            for (Element a : pager.select("a")) assertFalse(a.attr("href").contains("/"), p + " links a page beside it: " + a);
        }
        // the reports index, paged: every report once, across its pages
        Set<String> reports = new LinkedHashSet<>();
        int listed = 0;
        for (Document d : sequence(site.resolve("reports/index.html"))) {
            for (Element a : d.select("table.data tbody th a")) {
                reports.add(a.attr("href"));
                listed++;
            }
        }
        assertEquals(listed, reports.size(), "no report twice");
        try (Stream<Path> dirs = Files.list(site.resolve("reports"))) {
            assertEquals(dirs.filter(Files::isDirectory).count(), reports.size(), "every report listed");
        }
    }

    /** The page and those its 下一页 links lead to, in order. */
    private static List<Document> sequence(Path first) {
        List<Document> out = new ArrayList<>();
        Path page = first;
        while (page != null) {
            Document d = parse(page);
            out.add(d);
            Element next = d.selectFirst("nav.pager a[rel=next]");
            page = next == null ? null : page.resolveSibling(next.attr("href"));
            assertTrue(out.size() < 10_000, "a pager loop at " + page);
        }
        return out;
    }

    @Test
    void everyRankingsRowsAreOnItsPagesOnceAndInOrder() throws IOException {
        ObjectMapper json = new ObjectMapper();
        int tables = 0;
        int split = 0;
        for (JsonNode item : json.readTree(site.resolve("data/rankings/index.json").toFile()).get("rankings")) {
            String indicator = item.get("indicator").asText();
            int year = item.get("year").asInt();
            String page = "rankings/" + indicator.replace('_', '-') + "-" + year + ".html";
            JsonNode data = json.readTree(site.resolve("data/rankings/" + item.get("file").asText()).toFile());
            for (JsonNode r : data.get("rankings")) {
                String group = r.get("group").asText();
                Path groupPage = site.resolve(page.replace(".html", "/" + group.replace(':', '-') + ".html"));
                Path first = group.equals("all") || !Files.exists(groupPage) ? site.resolve(page) : groupPage;
                if (first == groupPage) split++;
                JsonNode period = r.get("period");
                String periodId = period.isNull() ? "" : period.get("from").asInt() + "-" + period.get("to").asInt();
                List<String> shown = new ArrayList<>();
                for (Document d : sequence(first)) {
                    for (Element section : d.select("section.ranking-table")) {
                        if (!TestSite.showsGroup(section, group) || !section.attr("data-measure").equals(r.get("measure").asText())
                                || !section.attr("data-period").equals(periodId)) continue;
                        assertEquals(r.get("entries").size(), Integer.parseInt(section.attr("data-rows")), "the table's size");
                        for (Element tr : section.select("tbody tr")) shown.add(tr.child(0).text() + " " + tr.selectFirst("th").text());
                    }
                }
                List<String> expected = new ArrayList<>();
                for (JsonNode e : r.get("entries")) expected.add((e.get("rank").isNull() ? "—" : e.get("rank").asText()) + " " + e.get("town").asText());
                assertEquals(expected, shown, indicator + " " + year + " " + group + " " + r.get("measure") + " " + periodId);
                tables++;
            }
        }
        assertTrue(tables > 100 && split > 20, tables + " tables, " + split + " on a group's own page");
    }

    @Test
    void aProfilesLeadRankOpensAPageShowingThatGroupAndThatTown() throws IOException {
        Map<String, Document> pages = new HashMap<>();
        int followed = 0;
        int toGroupPages = 0;
        int toLaterPages = 0;
        try (Stream<Path> towns = Files.list(site.resolve("towns"))) {
            // every page of a town: its latest year (index.html) and each earlier one (2022.html …)
            List<Path> profiles = new ArrayList<>();
            for (Path dir : towns.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(dir)) {
                    profiles.addAll(files.filter(f -> f.toString().endsWith(".html")).sorted().toList());
                }
            }
            for (Path profile : profiles) {
                Path dir = profile.getParent();
                Document town = parse(profile);
                String name = town.select("h1").text();
                // the figure's name: the all-towns table of its months, on the page that lists the town
                for (Element card : town.select("li.card")) {
                    Element a = card.selectFirst("h4 a");
                    if (a == null || card.selectFirst("p.card-value[data-raw]") == null) continue;
                    if (a.attr("href").matches(".*-p\\d+\\.html")) toLaterPages++;
                    Path target = dir.resolve(a.attr("href")).normalize();
                    Document ranking = pages.computeIfAbsent(target.toString(), k -> parse(target));
                    assertNotNull(row(ranking, "all", "value", card.attr("data-period"), name), name + " " + a.attr("href"));
                }
                for (Element lead : town.select("p.rank-lead")) {
                    Element a = lead.selectFirst("a");
                    assertNotNull(a, name + " " + lead.text());
                    String[] href = a.attr("href").split("#", 2);
                    Path target = dir.resolve(href[0]).normalize();
                    if (target.getParent().getFileName().toString().matches(".*-\\d{4}")) toGroupPages++;
                    Document ranking = pages.computeIfAbsent(target.toString(), k -> parse(target));
                    String group = lead.attr("data-group");
                    // on a one-page ranking the group is a tab: the address names it
                    if (href.length > 1) assertEquals("group=" + group, href[1], name + " " + a.attr("href"));
                    // the lead's months are the card's unless it names its own
                    String period = lead.hasAttr("data-period") ? lead.attr("data-period") : lead.parent().attr("data-period");
                    Element row = row(ranking, group, lead.attr("data-measure"), period, name);
                    assertNotNull(row, name + " " + lead.text() + " on " + a.attr("href"));
                    // a province's or all towns' place below the top is a band (ProfileConsistencyTest checks it): the row is there
                    if (lead.hasAttr("data-rank")) assertEquals(lead.attr("data-rank"), row.child(0).text(), name + " " + lead.text());
                    else assertTrue(lead.hasAttr("data-band") && (group.equals("all") || group.startsWith("province:")), name + " " + lead.text());
                    followed++;
                }
            }
        }
        assertTrue(followed > 200 && toGroupPages > 50, followed + " lead ranks followed, " + toGroupPages + " to a group's page");
        assertTrue(toLaterPages > 0, "some figures link a page after the first");
    }

    @Test
    void aReaderPagesFigureOpensThePageOfTheRankingThatListsItsTown() throws IOException {
        int later = 0;
        try (Stream<Path> reports = Files.list(site.resolve("reports"))) {
            for (Path dir : reports.filter(Files::isDirectory).sorted().toList()) {
                Document reader = parse(dir.resolve("index.html"));
                // the town's year page, as the ranking rows link it
                String town = dir.resolve(reader.select("a[href*=towns/]").stream()
                        .map(a -> a.attr("href")).filter(h -> !h.endsWith("towns/index.html")).findFirst().orElseThrow()).normalize().toString();
                for (Element a : reader.select("a.fact[href*=rankings/]")) {
                    if (!a.attr("href").matches(".*-p\\d+\\.html")) continue;
                    Path target = dir.resolve(a.attr("href")).normalize();
                    boolean listed = parse(target).select("section.ranking-table tbody th a").stream()
                            .anyMatch(l -> target.getParent().resolve(l.attr("href")).normalize().toString().equals(town));
                    assertTrue(listed, dir.getFileName() + " " + a.text() + " → " + a.attr("href"));
                    later++;
                }
            }
        }
        assertTrue(later > 0, "some figures are on a later page of their ranking");
    }

    /** The town's row in the page's table of one group, measure and months, or null. */
    private static Element row(Document ranking, String group, String measure, String period, String town) {
        for (Element section : ranking.select("section.ranking-table")) {
            if (!TestSite.showsGroup(section, group) || !section.attr("data-measure").equals(measure)
                    || !section.attr("data-period").equals(period)) continue;
            for (Element tr : section.select("tbody tr")) if (tr.selectFirst("th").text().equals(town)) return tr;
        }
        return null;
    }
}
