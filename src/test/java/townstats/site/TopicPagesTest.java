package townstats.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townstats.pipeline.TestProject;
import townstats.render.Paging;

/**
 * Issue 26's acceptance on the pages: on every all-towns 共性问题, 工作重点 and 工作亮点 page (and the pages after it) each
 * theme's count of towns is the count of data/topics.json and the number of towns quoted, and the sentences linked are
 * exactly the sentences the topics stage found (each once); every link leads to the reader page's sentence, whose text
 * begins with the quote. Also with a row budget of 3, so the themes flow through several pages.
 */
class TopicPagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void countsEqualTheTownsAndSentencesLinkedOnTheSampleSite() throws IOException {
        Path site = TestSite.site();
        int links = check(site);
        assertTrue(links > 300, "sentences linked: " + links);
        Document index = Jsoup.parse(site.resolve("topics/index.html").toFile(), "UTF-8");
        assertEquals(6, index.select("table a[href]").size(), "two years, three parts: " + index.select("table").text());
        Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertNotNull(home.selectFirst(".mainnav a[href=topics/index.html]"));
        assertNotNull(home.selectFirst(".tiles a[href=topics/index.html]"));
        // a report whose words are markup is quoted as text
        String hostile = Files.readString(site.resolve("topics/problems-2023.html"));
        assertFalse(hostile.contains("<img src=x"), "escaped");
    }

    @Test
    void themesFlowThroughPagesOfTheRowBudget(@TempDir Path tmp) throws IOException {
        TestProject p = TestProject.withSamples(tmp.resolve("project"));
        String before = System.getProperty(Paging.ROW_BUDGET_PROPERTY);
        System.setProperty(Paging.ROW_BUDGET_PROPERTY, "3");
        try {
            p.build();
        } finally {
            if (before == null) System.clearProperty(Paging.ROW_BUDGET_PROPERTY);
            else System.setProperty(Paging.ROW_BUDGET_PROPERTY, before);
        }
        assertTrue(Files.isRegularFile(p.site.resolve("topics/plans-2022-p2.html")), "paged");
        assertTrue(check(p.site) > 300);
    }

    /** Checks every all-towns page sequence against data/topics.json; returns the sentence links followed. */
    static int check(Path site) throws IOException {
        JsonNode topics = JSON.readTree(site.resolve("data/topics.json").toFile());
        Map<String, Integer> years = new HashMap<>();
        Map<String, String> bySource = new HashMap<>();
        for (JsonNode r : JSON.readTree(site.resolve("data/reports.json").toFile()).get("reports")) {
            if (!r.get("year").isNull()) years.put(r.get("id").asText(), r.get("year").asInt());
            bySource.put(r.get("source").asText(), r.get("id").asText());
        }
        // year|part|theme → the sentences (report@start) the topics stage found in the reports the counts count
        Map<String, Set<String>> found = new TreeMap<>();
        Set<String> counted = new HashSet<>();
        Map<String, Integer> towns = new TreeMap<>();
        for (JsonNode c : topics.get("counts")) {
            if (!c.get("group").asText().equals("all")) continue;
            for (JsonNode t : c.get("themes")) {
                String key = c.get("year").asInt() + "|" + c.get("part").asText() + "|" + t.get("theme").asText();
                towns.put(key, t.get("towns").asInt());
                counted.add(c.get("year").asInt() + "|" + c.get("part").asText());
            }
        }
        for (JsonNode m : topics.get("mentions")) {
            Integer y = years.get(m.get("report").asText());
            if (y == null) continue;
            String key = y + "|" + m.get("part").asText() + "|" + m.get("theme").asText();
            if (towns.containsKey(key)) found.computeIfAbsent(key, k -> new HashSet<>()).add(m.get("report").asText() + "@" + m.get("start").asInt());
        }
        Map<String, Integer> shown = new TreeMap<>();
        Map<String, Set<String>> quotedTowns = new TreeMap<>();
        Map<String, Set<String>> linked = new TreeMap<>();
        Map<String, Document> readers = new HashMap<>();
        int followed = 0;
        List<Path> pages;
        try (Stream<Path> files = Files.list(site.resolve("topics"))) {
            pages = files.filter(f -> f.getFileName().toString().matches("(problems|plans|highlights)-\\d{4}(-p\\d+)?\\.html")).sorted().toList();
        }
        assertEquals(counted.size(), pages.stream().filter(f -> !f.getFileName().toString().contains("-p")).count(), "a page per year and part");
        // an all-towns page beyond one page quotes the towns of no province, the others on their province's pages
        // (topics/plans-2022/province-41.html): those count too, each town once
        List<Path> provinces = new ArrayList<>();
        for (Path page : pages) {
            Path dir = page.resolveSibling(page.getFileName().toString().replaceFirst("(-p\\d+)?\\.html$", ""));
            if (!page.getFileName().toString().matches(".*-p\\d+\\.html") && Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(f -> f.getFileName().toString().matches("province-.*\\.html")).sorted().forEach(provinces::add);
                }
            }
        }
        List<Path> all = new ArrayList<>(pages);
        all.addAll(provinces);
        for (Path page : all) {
            boolean province = provinces.contains(page);
            String name = province ? page.getParent().getFileName().toString() : page.getFileName().toString();
            String part = name.substring(0, name.indexOf('-'));
            String year = name.substring(part.length() + 1, part.length() + 5);
            Document d = Jsoup.parse(page.toFile(), "UTF-8");
            if (!province) {
                for (Element tr : d.select("table.topic-counts tr[data-theme]")) {
                    shown.put(year + "|" + part + "|" + tr.attr("data-theme"), Integer.parseInt(tr.selectFirst("td.towns").text()));
                }
            }
            for (Element section : d.select("section.theme")) {
                String key = year + "|" + part + "|" + section.attr("data-theme");
                for (Element li : section.select("ul.quotes > li")) {
                    boolean added = quotedTowns.computeIfAbsent(key, k -> new HashSet<>()).add(li.selectFirst("a.town").attr("href").replaceFirst("^(\\.\\./)+", ""));
                    if (province && !added) continue; // quoted on the all-towns page too (a site of one page)
                    assertTrue(added, "a town once: " + li.text());
                    for (Element a : li.select("q > a")) {
                        String href = a.attr("href");
                        String[] target = href.split("#", 2);
                        Path reader = page.getParent().resolve(target[0]).normalize();
                        Document r = readers.computeIfAbsent(reader.toString(), k -> parse(reader));
                        Element sentence = r.getElementById(target[1]);
                        assertNotNull(sentence, href);
                        String quote = a.text().replaceAll("…$", "").replaceAll("\\s", "");
                        String at = sentence.text().replaceAll("\\s", "");
                        // a sentence over several lines holds its id on its first line's part
                        assertTrue(!at.isEmpty() && (at.startsWith(quote) || quote.startsWith(at)),
                                "the quote is the sentence linked: " + quote + " / " + sentence.text());
                        String report = bySource.get(reportSource(r));
                        assertTrue(linked.computeIfAbsent(key, k -> new HashSet<>()).add(report + "@" + target[1].substring(2)), "once: " + href);
                        followed++;
                    }
                }
            }
        }
        assertEquals(towns, shown, "the tables' counts are those of data/topics.json");
        Map<String, Integer> named = new TreeMap<>();
        towns.forEach((k, v) -> {
            if (v > 0) named.put(k, v);
        });
        Map<String, Integer> quoted = new TreeMap<>();
        quotedTowns.forEach((k, v) -> quoted.put(k, v.size()));
        assertEquals(named, quoted, "each theme's count is the number of towns quoted");
        assertEquals(found, linked, "every sentence found is linked, once");
        return followed;
    }

    private static Document parse(Path reader) {
        try {
            return Jsoup.parse(reader.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The source file a reader page names (原文件：a.txt), as data/reports.json does. */
    private static String reportSource(Document reader) {
        for (Element p : reader.select("p.meta")) {
            if (p.text().startsWith("原文件：")) return p.text().substring("原文件：".length());
        }
        return null;
    }
}
