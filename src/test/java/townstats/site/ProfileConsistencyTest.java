package townstats.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * No page contradicts another: every figure on every year page of every town profile (the sample site and the
 * generated 300-report site) has the ranking page's value for that town, and every rank on a card (the headline and
 * each folded line) and in the table of derived figures is the ranking page's rank, among as many towns, in the same
 * peer group, measure and months. Money is in 亿元 from 1亿 on (two decimals), in 万元 below; growth is worded
 * 同比增长/下降; no ranking page is empty or draws one list of towns twice, the rankings index links no page as
 * listing 0 towns, and no page speaks of the program's modules.
 */
class ProfileConsistencyTest {
    @Test
    void sampleSite() throws IOException {
        check(TestSite.site());
        // the check below follows every highlight; it must have some to follow (an empty section passed before)
        Document tantou = Jsoup.parse(TestSite.site().resolve("towns/luanchuan-tantou/index.html").toFile(), "UTF-8");
        assertTrue(tantou.select(".highlights a").size() >= 2, "潭头镇's 工作亮点: " + tantou.select(".highlights").text());
    }

    @Test
    void generatedSite() throws IOException {
        int ranks = check(GeneratedSite.site());
        assertTrue(ranks > 1000, "the generated site's profiles carry ranks: " + ranks);
    }

    /** Returns how many card ranks were compared. */
    private static int check(Path site) throws IOException {
        Map<String, Document> rankingPages = new HashMap<>();
        int compared = 0;
        try (Stream<Path> towns = Files.list(site.resolve("towns"))) {
            for (Path dir : towns.filter(Files::isDirectory).toList()) {
                // every year of the town: index.html (the latest) and a page per earlier year
                List<Path> yearPages;
                try (Stream<Path> files = Files.list(dir)) {
                    yearPages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
                }
                for (Path page : yearPages) compared += checkYear(dir, page, rankingPages);
            }
        }
        try (Stream<Path> pages = Files.list(site.resolve("rankings"))) {
            for (Path p : pages.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document d = Jsoup.parse(p.toFile(), "UTF-8");
                if (p.getFileName().toString().equals("index.html")) {
                    // each cell links a page with the count of the towns it lists: never a page "of 0 towns"
                    for (Element a : d.select("td a")) assertFalse(a.text().equals("0"), "the index links a page of 0 towns: " + a.attr("href"));
                    continue;
                }
                assertFalse(d.select("section.ranking-table tbody tr").isEmpty(), "an empty ranking page: " + p.getFileName());
                // one table per list of towns: a narrower group holding the same towns is not drawn again
                java.util.Set<String> lists = new java.util.HashSet<>();
                for (Element section : d.select("section.ranking-table")) {
                    if (section.hasClass("continued") || !section.attr("data-first").equals("1")) continue;
                    String towns = section.attr("data-measure") + "|" + section.attr("data-period") + "|" + section.select("tbody th a").eachAttr("href");
                    assertTrue(lists.add(towns), "the same table twice on " + p.getFileName() + ": " + section.select("h2").text());
                }
            }
        }
        try (Stream<Path> all = Files.walk(site)) {
            for (Path p : all.filter(f -> f.toString().endsWith(".html")).toList()) {
                String text = Jsoup.parse(p.toFile(), "UTF-8").text();
                assertFalse(text.contains("统计模块") || text.contains("本次生成"), "developer words on " + site.relativize(p));
            }
        }
        return compared;
    }

    /** Checks one year page of a town against the ranking pages; returns how many ranks were compared. */
    private static int checkYear(Path dir, Path page, Map<String, Document> rankingPages) throws IOException {
        int compared = 0;
        Document town = Jsoup.parse(page.toFile(), "UTF-8");
        String name = town.select("h1").text() + " " + dir.relativize(page);
        // the town's rows in the ranking tables are those linking this page (a town's name may differ between its years)
        String townName = "towns/" + dir.getFileName() + "/" + page.getFileName();
        assertEquals(1, town.select("section.year").size(), "one year per page: " + name);
        // 工作亮点: sentences of the report holding a figure, each linking to that figure on the reader page
        for (Element h : town.select(".highlights a")) {
            String[] target = h.attr("href").split("#");
            Document reader = Jsoup.parse(dir.resolve(target[0]).toFile(), "UTF-8");
            Element figure = reader.getElementById(target[1]);
            assertNotNull(figure, name + " " + h.attr("href"));
            assertTrue(h.text().matches(".*\\d.*"), name + " highlight without a figure: " + h.text());
            assertTrue(reader.text().replaceAll("\\s", "").contains(h.text().replace("…", "").replaceAll("\\s", "")), name + " " + h.text());
        }
        for (Element card : town.select("section.year li.card")) {
            Element value = card.select("p.card-value").first();
            String unit = card.select("span.u").text();
            String shown = card.select("span.v").text();
            if ("亿元".equals(unit)) assertTrue(shown.matches("[\\d,]+\\.\\d\\d"), name + " " + shown + unit);
            if ("万元".equals(unit) && value.hasAttr("data-raw")) {
                assertTrue(Math.abs(Double.parseDouble(value.attr("data-raw"))) < 10_000, name + " " + shown + unit + " should be 亿元");
            }
            for (Element g : card.select(".growth")) assertTrue(g.text().matches("同比(增长|下降) .*%|与上年持平"), g.text());
            Element link = card.select("h4 a").first();
            if (link == null || !value.hasAttr("data-raw")) continue;
            String href = link.attr("href");
            Document ranking = rankingPages.computeIfAbsent(href, h -> parse(dir.resolve(h)));
            String period = card.attr("data-period");
            // the figure: the all-towns table of its months lists the town with the same number
            Element row = row(ranking, "all", "value", period, townName);
            assertNotNull(row, name + " " + card.attr("data-indicator") + " on " + href);
            assertEquals(Double.parseDouble(value.attr("data-raw")), Double.parseDouble(row.child(2).attr("data-sort")), 1e-9,
                    name + " " + card.attr("data-indicator"));
            // one headline rank; the other groups folded away, a line each, no place named twice for one measure
            assertTrue(card.select("p.rank-lead").size() <= 1, name + " " + card.text());
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Element lead : card.select("p.rank-lead")) {
                String leadPeriod = lead.hasAttr("data-period") ? lead.attr("data-period") : period;
                seen.add(lead.attr("data-group") + "|" + lead.attr("data-measure") + "|" + leadPeriod);
                Element r = row(ranking, lead.attr("data-group"), lead.attr("data-measure"), leadPeriod, townName);
                assertNotNull(r, name + " " + lead.text());
                if (wide(lead.attr("data-group"))) {
                    // a province or all towns: no count; the exact rank at the top, else the band the rank falls in
                    String said = lead.hasAttr("data-band") ? lead.attr("data-band") : "第" + lead.attr("data-rank");
                    assertTrue(lead.text().matches("在.+乡镇中(居)?" + said + "(（.*）)?$"), name + " " + lead.text());
                    compared += checkPlace(ranking, lead.attr("data-group"), lead.attr("data-measure"), leadPeriod, townName, said,
                            name + " " + card.attr("data-indicator") + " " + lead.text());
                    continue;
                }
                assertEquals(lead.attr("data-rank"), r.child(0).text(), name + " " + card.attr("data-indicator") + " " + lead.text());
                // what the reader sees is that rank among that many towns, the ranking table's own count
                int peers = r.parent().select("tr").size();
                assertTrue(lead.text().matches(".*" + peers + "个乡镇中第" + lead.attr("data-rank") + "(（.*）)?$"), name + " " + lead.text() + " vs " + peers + " towns");
                compared++;
            }
            java.util.Set<String> groups = new java.util.HashSet<>();
            for (Element line : card.select("ul.ranks li")) {
                String group = line.attr("data-group");
                // a growth rate of other months than the card's figure names them (data-period)
                String months = line.hasAttr("data-period") ? line.attr("data-period") : period;
                assertTrue(groups.add(group + "|" + months), name + " names a place twice: " + card.text());
                java.util.regex.Matcher m = FOLDED.matcher(line.text());
                int found = 0;
                while (m.find()) {
                    String measure = m.group(1) == null ? "value" : "growth";
                    assertTrue(seen.add(group + "|" + measure + "|" + months), name + " shows a rank twice: " + card.text());
                    compared += checkPlace(ranking, group, measure, months, townName, m.group(2), name + " " + line.text());
                    found++;
                }
                assertTrue(found >= 1 && found <= 2, name + " " + line.text());
            }
        }
        // 人均与地均: a row per derived figure, a column per peer group (名次/乡镇数)
        for (Element table : town.select("section.derived table")) {
            // no column where the town is ranked in no group (too few towns): the table then shows the figures alone
            List<String> columns = table.select("thead th[data-group]").eachAttr("data-group");
            for (Element tr : table.select("tbody tr")) {
                Element link = tr.select("th a").first();
                Element value = tr.select("td[data-raw]").first();
                if (link == null || value == null) continue;
                Document ranking = rankingPages.computeIfAbsent(link.attr("href"), h -> parse(dir.resolve(h)));
                String period = tr.attr("data-period");
                Element row = row(ranking, "all", "value", period, townName);
                assertNotNull(row, name + " " + link.text() + " on " + link.attr("href"));
                assertEquals(Double.parseDouble(value.attr("data-raw")), Double.parseDouble(row.child(2).attr("data-sort")), 1e-9,
                        name + " " + link.text());
                List<Element> places = tr.select("td").subList(1, tr.select("td").size());
                assertEquals(columns.size(), places.size(), name + " " + tr.text());
                for (int i = 0; i < columns.size(); i++) {
                    String cell = places.get(i).text();
                    if (cell.equals("—")) {
                        // no place in that group: the town is not in its table, or listed there without a rank
                        Element unranked = row(ranking, columns.get(i), "value", period, townName);
                        assertTrue(unranked == null || unranked.child(0).text().equals("—"), name + " " + link.text() + " in " + columns.get(i));
                        continue;
                    }
                    compared += checkPlace(ranking, columns.get(i), "value", period, townName, cell.contains("/") ? "第" + cell : cell, name + " " + tr.text());
                }
            }
        }
        return compared;
    }

    /** 第3/15, 增长率第3/15, and in a province or all towns 第3, 前10名, 增长率前25% … in a card's folded line. */
    private static final java.util.regex.Pattern FOLDED = java.util.regex.Pattern.compile("(增长率)?(第\\d+(?:/\\d+)?|前\\d+名|[前后]\\d+%)");

    /** A province or all towns: their places are said without a count, and below the top as a band. */
    private static boolean wide(String group) {
        return group.equals("all") || group.startsWith("province:");
    }

    /**
     * The town's place as the profile says it ({@code said}: 第3/15 in a county or city, 第3 or a band such as 前25% in
     * a province or all towns) is its place in the ranking page's table of the group, measure and months: the rank
     * among as many towns as the table lists, or the band of the rule (townstats.analyze.RankBands) its exact rank
     * falls in among the towns the table ranks.
     */
    private static int checkPlace(Document ranking, String group, String measure, String period, String town, String said, String what) {
        Element r = row(ranking, group, measure, period, town);
        assertNotNull(r, what + " (" + group + " " + measure + ")");
        String rank = r.child(0).text();
        if (!wide(group)) {
            assertEquals("第" + rank + "/" + r.parent().select("tr").size(), said, what + ": the ranking table's rank and count");
            return 1;
        }
        int ranked = (int) r.parent().select("tr").stream().filter(tr -> !tr.child(0).text().equals("—")).count();
        int band = townstats.analyze.RankBands.band(Integer.parseInt(rank), ranked);
        String[] words = {"第" + rank, "前" + townstats.analyze.RankBands.TOP_BAND + "名", "前25%", "前50%", "后50%", "后25%"};
        assertEquals(words[band], said, what + " (" + group + " " + measure + ": rank " + rank + " of " + ranked + ")");
        return 1;
    }

    private static Document parse(Path page) {
        try {
            return Jsoup.parse(page.normalize().toFile(), "UTF-8");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The row linking the town's page {@code town} in the ranking page's table of one group, measure and months, or null. */
    private static Element row(Document ranking, String group, String measure, String period, String town) {
        for (Element section : ranking.select("section.ranking-table")) {
            if (!TestSite.showsGroup(section, group) || !section.attr("data-measure").equals(measure)
                    || !section.attr("data-period").equals(period)) continue;
            for (Element tr : section.select("tbody tr")) {
                if (tr.select("th a").attr("href").replaceFirst("^(\\.\\./)+", "").equals(town)) return tr;
            }
        }
        return null;
    }
}
