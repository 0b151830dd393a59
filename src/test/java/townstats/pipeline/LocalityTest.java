package townstats.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townstats.analyze.RankBands;

/**
 * Locality by design (issue 23): a profile says where its town stands so that one new report elsewhere leaves it as
 * it is. In a province or among all towns no count and, below the first places, a band (前25% …) rather than a rank
 * that every new report moves; each band is true of the exact rank in the data files.
 */
class LocalityTest {
    @TempDir
    Path tmp;

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * About sixty towns in five counties, then one more report: the profiles of the towns in the other counties and
     * cities are not rewritten (bar the few whose band or top place the new town moves; their growth charts against the
     * median of all other towns, drawn on small sites only, aside), nor their figures for the compare page.
     */
    @Test
    void oneNewReportLeavesTheProfilesOfOtherCountiesAsTheyAre() throws IOException {
        TestProject p = TestProject.withSamples(tmp);
        p.addCopies(0, 60);
        p.build();
        Map<String, String> before = TestProject.mtimes(p.site);
        Map<String, String> oldText = new HashMap<>();
        for (String f : before.keySet()) if (f.startsWith("towns/") && f.endsWith("index.html")) oldText.put(f, withoutCharts(p.site.resolve(f)));
        p.addCopies(60, 1);
        p.build();
        Map<String, String> after = TestProject.mtimes(p.site);

        JsonNode added = null;
        for (JsonNode r : JSON.readTree(p.site.resolve("data/reports.json").toFile()).get("reports")) {
            if (r.get("source").asText().endsWith("gen_0060.txt")) added = r;
        }
        assertNotNull(added, "the new report is listed");
        String county = added.get("county").asText();
        String city = added.path("city").asText("");
        int local = 0;
        int elsewhere = 0;
        List<String> rewritten = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(p.site.resolve("towns"))) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                Path index = dir.resolve("index.html");
                String slug = p.site.relativize(dir).toString();
                if (!before.containsKey(slug + "/index.html")) continue; // the new town's own profile
                // the place line: 省 › 市 › 县
                List<String> places = List.of(Jsoup.parse(index.toFile(), "UTF-8").select("p.place").text().split(" › "));
                boolean near = places.contains(county) || !city.isEmpty() && places.contains(city);
                if (near) {
                    local++;
                    continue;
                }
                elsewhere++;
                // the growth chart against the median of all other towns (drawn on sites of at most 300 reports) moves
                // with every report: the page is compared without its charts
                if (!withoutCharts(index).equals(oldText.get(slug + "/index.html"))) rewritten.add(slug + "/index.html");
                if (!after.get(slug + "/figures.js").equals(before.get(slug + "/figures.js"))) rewritten.add(slug + "/figures.js");
            }
        }
        System.out.println("locality: " + local + " profiles in " + county + "/" + city + ", " + elsewhere + " elsewhere, rewritten there: " + rewritten);
        assertTrue(local > 0 && elsewhere >= 30, local + " near, " + elsewhere + " elsewhere");
        // before, every profile of the year said 在全部N个乡镇中第k and was rewritten with each report
        assertTrue(rewritten.size() <= elsewhere / 10, rewritten.size() + " of " + elsewhere + " profiles elsewhere rewritten: " + rewritten);
    }

    /**
     * Every band a profile shows (a card's headline in a province or among all towns: data-band) holds for the town's
     * exact rank in data/rankings: 前25% is a rank within the first quarter of the towns ranked, 后25% one in the last
     * quarter, 前10名 one of the first ten; and no rank in such a group is said with the group's count.
     */
    @Test
    void aBandOnAProfileIsTrueOfTheExactRankInTheDataFiles() throws IOException {
        TestProject p = TestProject.withSamples(tmp);
        p.addCopies(0, 60);
        p.build();
        // report → [indicator|group|measure|period] → {rank, n}
        Map<String, Map<String, int[]>> ranks = new HashMap<>();
        for (JsonNode t : TestProject.rankings(p.site)) {
            String period = t.get("period").isNull() ? "" : t.get("period").get("from").asInt() + "-" + t.get("period").get("to").asInt();
            String key = t.get("indicator").asText() + "|" + t.get("group").asText() + "|" + t.get("measure").asText() + "|" + period;
            for (JsonNode e : t.get("entries")) {
                if (e.get("rank").isNull()) continue;
                ranks.computeIfAbsent(e.get("report").asText(), k -> new HashMap<>()).put(key, new int[] {e.get("rank").asInt(), t.get("n").asInt()});
            }
        }
        Map<String, String> reportBySource = new HashMap<>();
        for (JsonNode r : JSON.readTree(p.site.resolve("data/reports.json").toFile()).get("reports")) {
            reportBySource.put(r.get("source").asText(), r.get("id").asText());
        }
        int bands = 0;
        int tops = 0;
        try (Stream<Path> files = Files.walk(p.site.resolve("towns"))) {
            for (Path page : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                Document d = Jsoup.parse(page.toFile(), "UTF-8");
                String report = reportOf(d, page, reportBySource);
                if (report == null) continue;
                for (Element card : d.select("li.card")) {
                    for (Element lead : card.select("p.rank-lead")) {
                        String group = lead.attr("data-group");
                        if (!group.equals("all") && !group.startsWith("province:")) continue;
                        assertTrue(!lead.text().matches(".*\\d+个乡镇中.*"), "no count of a wide group: " + lead.text());
                        String period = lead.hasAttr("data-period") ? lead.attr("data-period") : card.attr("data-period");
                        int[] rank = ranks.getOrDefault(report, Map.of())
                                .get(card.attr("data-indicator") + "|" + group + "|" + lead.attr("data-measure") + "|" + period);
                        assertNotNull(rank, page + " " + lead.text());
                        String where = p.site.relativize(page) + " " + card.attr("data-indicator") + " " + lead.text() + ": rank " + rank[0] + " of " + rank[1];
                        if (!lead.hasAttr("data-band")) {
                            assertEquals(String.valueOf(rank[0]), lead.attr("data-rank"), where);
                            assertTrue(rank[0] <= RankBands.EXACT_TOP, where);
                            tops++;
                            continue;
                        }
                        String band = lead.attr("data-band");
                        assertTrue(rank[0] > RankBands.EXACT_TOP, where);
                        // the towns above it: rank − 1 (ties share the higher rank), as a share of the towns ranked
                        boolean holds = switch (band) {
                            case "前10名" -> rank[0] <= 10 && rank[1] >= 40;
                            case "前25%" -> rank[0] * 4L <= rank[1];
                            case "前50%" -> rank[0] * 2L <= rank[1] && rank[0] * 4L > rank[1];
                            case "后50%" -> rank[0] * 2L > rank[1] && rank[0] * 4L <= 3L * rank[1];
                            case "后25%" -> rank[0] * 4L > 3L * rank[1];
                            default -> false;
                        };
                        assertTrue(holds, where + " said " + band);
                        bands++;
                    }
                }
            }
        }
        System.out.println("locality: " + bands + " bands and " + tops + " top places checked");
        assertTrue(bands >= 10 && tops >= 5, bands + " bands, " + tops + " top places");
    }

    /** A page's text without its charts (figure.chart: their images and captions). */
    private static String withoutCharts(Path page) throws IOException {
        Document d = Jsoup.parse(page.toFile(), "UTF-8");
        d.select("figure.chart").remove();
        return d.outerHtml();
    }

    /** The report a profile page shows: its reader page names the source file, as data/reports.json does. */
    private static String reportOf(Document d, Path page, Map<String, String> reportBySource) throws IOException {
        for (Element a : d.select(".actions a[href$=index.html]")) {
            Path reader = page.getParent().resolve(a.attr("href")).normalize();
            if (!Files.isRegularFile(reader)) continue;
            String meta = Jsoup.parse(reader.toFile(), "UTF-8").select("main > p.meta").text();
            return reportBySource.get(meta.substring(meta.indexOf('：') + 1).strip());
        }
        return null;
    }
}
