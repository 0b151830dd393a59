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
 * No page contradicts another: every figure on every town profile (the sample site and the generated 300-report
 * site) has the ranking page's value for that town, and every rank on a card is the ranking page's rank in the same
 * peer group, measure and months. Money is in 亿元 from 1亿 on (two decimals), in 万元 below; growth is worded
 * 同比增长/下降; no ranking page is empty and no page speaks of the program's modules.
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
                Document town = Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8");
                String name = town.select("h1").text();
                // 工作亮点: sentences of the report holding a figure, each linking to that figure on the reader page
                for (Element h : town.select(".highlights a")) {
                    String[] target = h.attr("href").split("#");
                    Document reader = Jsoup.parse(dir.resolve(target[0]).toFile(), "UTF-8");
                    Element figure = reader.getElementById(target[1]);
                    assertNotNull(figure, name + " " + h.attr("href"));
                    assertTrue(h.text().matches(".*\\d.*"), name + " highlight without a figure: " + h.text());
                    assertTrue(reader.text().replaceAll("\\s", "").contains(h.text().replace("…", "").replaceAll("\\s", "")), name + " " + h.text());
                }
                for (Element card : town.select("section.year").first() == null ? List.<Element>of() : town.select("section.year").first().select("li.card")) {
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
                    // the figure: the all-towns table of its months lists the town with the same number
                    Element row = row(ranking, "all", "value", card.attr("data-period"), name);
                    assertNotNull(row, name + " " + card.attr("data-indicator") + " on " + href);
                    assertEquals(Double.parseDouble(value.attr("data-raw")), Double.parseDouble(row.child(2).attr("data-sort")), 1e-9,
                            name + " " + card.attr("data-indicator"));
                    // one headline rank; the other groups folded away, no place named twice for one measure
                    assertTrue(card.select("p.rank-lead").size() <= 1, name + " " + card.text());
                    java.util.Set<String> lines = new java.util.HashSet<>();
                    for (Element rank : card.select("[data-rank]")) {
                        assertTrue(lines.add(rank.attr("data-measure") + "|" + rank.text().replaceFirst("^在", "").replaceFirst("\\d+个乡镇中.*", "").replaceFirst(" 第.*", "").replaceFirst("^.* ", "")),
                                name + " names a place twice: " + card.text());
                    }
                    for (Element rank : card.select("[data-rank]")) {
                        Element r = row(ranking, rank.attr("data-group"), rank.attr("data-measure"), rank.attr("data-period"), name);
                        assertNotNull(r, name + " " + rank.text());
                        assertEquals(rank.attr("data-rank"), r.child(0).text(), name + " " + card.attr("data-indicator") + " " + rank.text());
                        // what the reader sees is that rank among that many towns, the ranking table's own count
                        int peers = r.parent().select("tr").size();
                        assertTrue(rank.text().matches(".*第" + rank.attr("data-rank") + "(/" + peers + ")?(（.*）)?$")
                                && rank.text().contains(String.valueOf(peers)), name + " " + rank.text() + " vs " + peers + " towns");
                        compared++;
                    }
                }
            }
        }
        try (Stream<Path> pages = Files.list(site.resolve("rankings"))) {
            for (Path p : pages.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document d = Jsoup.parse(p.toFile(), "UTF-8");
                if (p.getFileName().toString().equals("index.html")) continue;
                assertFalse(d.select("section.ranking-table tbody tr").isEmpty(), "an empty ranking page: " + p.getFileName());
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

    private static Document parse(Path page) {
        try {
            return Jsoup.parse(page.normalize().toFile(), "UTF-8");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The town's row in the ranking page's table of one group, measure and months, or null. */
    private static Element row(Document ranking, String group, String measure, String period, String town) {
        for (Element section : ranking.select("section.ranking-table")) {
            if (!section.attr("data-group").equals(group) || !section.attr("data-measure").equals(measure)
                    || !section.attr("data-period").equals(period)) continue;
            for (Element tr : section.select("tbody tr")) {
                if (tr.select("th").text().equals(town)) return tr;
            }
        }
        return null;
    }
}
