package townstats.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import townstats.export.TopicsJson;
import townstats.model.Document;
import townstats.model.Fact;
import townstats.model.Heading;
import townstats.model.Metadata;
import townstats.model.Period;
import townstats.model.Place;
import townstats.model.QualityIssue;
import townstats.model.Report;
import townstats.model.ReportFacts;
import townstats.model.SectionKind;
import townstats.model.Sentence;
import townstats.model.ThemeMention;
import townstats.topics.ThemeCatalog;
import townstats.topics.TopicReader;

/**
 * The themes compared across towns: per year, peer group and part, the towns naming each theme, the share of the towns
 * whose report has the part, the change against the year before, and the towns' sentences (one naming per town).
 */
class TopicStatsTest {
    private static final ThemeCatalog THEMES = ThemeCatalog.loadDefault();
    private static final TopicReader READER = new TopicReader(THEMES);

    /** A report of the given parts, its themes read by the shipped catalogue. */
    static ReportFacts report(String id, String town, int year, String county, List<String> problems, List<String> plans,
                              String highlight) {
        StringBuilder text = new StringBuilder(town + year + "年工作总结\n");
        List<Sentence> sentences = new ArrayList<>();
        List<Heading> headings = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        if (highlight != null) {
            int at = text.length();
            text.append(highlight).append('\n');
            sentences.add(new Sentence(at, at + highlight.length(), highlight, SectionKind.SUMMARY));
            facts.add(new Fact("fiscal_revenue", 3260.0, "万元", null, Period.FULL_YEAR, null, SectionKind.SUMMARY, highlight,
                    at + 2, at + 2, at + 8));
        }
        add(text, sentences, headings, "存在的问题", SectionKind.PROBLEMS, problems);
        add(text, sentences, headings, "工作打算", SectionKind.PLAN, plans);
        String t = text.toString();
        Report report = new Report(id, id + ".txt", "txt", "UTF-8", t, t, new int[t.length()], Metadata.NONE, "hash-" + id, List.of());
        Document doc = new Document(report, town + "工作总结", town, "县" + county, year, false, headings, sentences, List.of());
        Place place = new Place(Place.Status.RESOLVED, county + "100", town, "县" + county, county, "洛阳市", "4103", "河南省", "41",
                List.of());
        ReportFacts r = new ReportFacts(doc, place, facts, List.of());
        return r.withThemes(READER.read(doc, facts)).compact();
    }

    private static void add(StringBuilder text, List<Sentence> sentences, List<Heading> headings, String title, SectionKind part,
                            List<String> lines) {
        if (lines.isEmpty()) return;
        int h = text.length();
        text.append("一、").append(title).append('\n');
        headings.add(new Heading(1, "一、", title, part, h, h + 2 + title.length()));
        sentences.add(new Sentence(h + 2, h + 2 + title.length(), title, part));
        for (String s : lines) {
            int at = text.length();
            text.append(s).append('\n');
            sentences.add(new Sentence(at, at + s.length(), s, part));
        }
    }

    private static List<ReportFacts> corpus() {
        List<ReportFacts> all = new ArrayList<>();
        all.add(report("a22", "甲镇", 2022, "410324", List.of("招商引资难度大，新签约项目少。"), List.of("大力招商引资。"), "全年完成一般公共预算收入3260万元。"));
        all.add(report("b22", "乙镇", 2022, "410324", List.of("招商引资难度加大。", "财政收支矛盾突出。"), List.of(), null));
        all.add(report("c22", "丙镇", 2022, "410324", List.of("财政保运转压力大。"), List.of("加快重点项目建设。"), null));
        all.add(report("d22", "丁镇", 2022, "410325", List.of(), List.of("大力招商引资。"), null));
        all.add(report("a23", "甲镇", 2023, "410324", List.of("财政收支矛盾突出。"), List.of("持续优化营商环境。"), null));
        all.add(report("b23", "乙镇", 2023, "410324", List.of("招商引资难。"), List.of("大力招商引资。"), null));
        // two reports of one town and year: neither is counted (as in the statistics)
        QualityIssue dup = new QualityIssue(QualityIssue.Kind.DUPLICATE_REPORT, null, "duplicate", -1);
        all.add(report("e23", "戊镇", 2023, "410324", List.of("招商引资难。"), List.of(), null).withIssues(List.of(dup)));
        all.add(report("e23b", "戊镇", 2023, "410324", List.of("招商引资难。"), List.of(), null).withIssues(List.of(dup)));
        return all;
    }

    @Test
    void countsSharesAndChangesPerYearGroupAndPart() {
        TopicStats stats = Analyzer.analyze(corpus(), townstats.catalog.Catalog.loadDefault(), THEMES).topics();

        TopicStats.Table all22 = stats.table(2022, "all", SectionKind.PROBLEMS);
        assertEquals(4, all22.towns());
        assertEquals(3, all22.reporting(), "丁镇 has no problems part");
        assertEquals(2, all22.count("investment").towns());
        assertEquals(200.0 / 3, all22.count("investment").share(), 1e-9);
        assertEquals(2, all22.count("fiscal").towns());
        assertNull(all22.count("investment").change(), "no year before");
        assertEquals("investment", all22.counts().get(0).theme(), "most towns first, then catalogue order");

        assertEquals(3, stats.table(2022, "county:410324", SectionKind.PROBLEMS).towns());
        assertNull(stats.table(2022, "county:410325", SectionKind.PROBLEMS), "no report of the county has a problems part");
        assertEquals(1, stats.table(2022, "county:410325", SectionKind.PLAN).count("investment").towns());
        assertEquals(2, stats.table(2022, "city:4103", SectionKind.PLAN).count("investment").towns());
        assertEquals(1, stats.table(2022, "all", SectionKind.SUMMARY).count("fiscal").towns(), "the highlight with a figure");

        TopicStats.Table all23 = stats.table(2023, "all", SectionKind.PROBLEMS);
        assertEquals(2, all23.towns(), "the duplicates are not counted");
        TopicStats.Count investment = all23.count("investment");
        assertEquals(1, investment.towns());
        assertEquals(50.0, investment.share(), 1e-9);
        assertEquals(2, investment.townsBefore());
        assertEquals(50.0 - 200.0 / 3, investment.change(), 1e-9);

        // a theme the group's towns named the year before and no longer: listed with no town
        TopicStats.Count projects = stats.table(2023, "county:410324", SectionKind.PLAN).count("projects");
        assertEquals(0, projects.towns());
        assertEquals(1, projects.townsBefore());
        assertEquals(-50.0, projects.change(), 1e-9);
    }

    @Test
    void everyCountedTownHasItsSentences() {
        TopicStats stats = Analyzer.analyze(corpus(), townstats.catalog.Catalog.loadDefault(), THEMES).topics();
        assertTrue(stats.tables().size() > 10);
        for (TopicStats.Table t : stats.tables()) {
            for (TopicStats.Count c : t.counts()) {
                assertEquals(c.towns(), c.namings().size(), t.year() + " " + t.group() + " " + c.theme());
                assertEquals(c.namings().size(), c.namings().stream().map(TopicStats.Naming::report).distinct().count());
                for (TopicStats.Naming n : c.namings()) {
                    for (ThemeMention m : n.mentions()) {
                        assertEquals(c.theme(), m.theme());
                        assertEquals(t.section(), m.section());
                    }
                }
            }
        }
        // 乙镇 2022 names investment in one sentence and fiscal in another
        TopicStats.Naming b = stats.table(2022, "all", SectionKind.PROBLEMS).count("fiscal").namings().stream()
                .filter(n -> n.report().equals("b22")).findFirst().orElseThrow();
        assertEquals("财政收支矛盾突出。", b.mentions().get(0).sentence());
    }

    @Test
    void topicsJsonHoldsTheThemesTableAndTheCounts() throws Exception {
        List<ReportFacts> reports = corpus();
        TopicStats stats = Analyzer.analyze(reports, townstats.catalog.Catalog.loadDefault(), THEMES).topics();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TopicsJson.write(stats, reports, out);
        JsonNode root = new ObjectMapper().readTree(out.toByteArray());
        assertEquals(THEMES.themes().size(), root.get("themes").size());
        assertEquals("招商引资难", root.get("themes").get(1).get("problem").asText());
        int mentions = reports.stream().mapToInt(r -> r.themes().size()).sum();
        assertEquals(mentions, root.get("mentions").size());
        JsonNode first = root.get("mentions").get(0);
        assertEquals("a22", first.get("report").asText());
        assertEquals("highlights", first.get("part").asText());
        assertEquals("fiscal", first.get("theme").asText());
        assertTrue(first.get("start").asInt() < first.get("end").asInt());
        JsonNode counts = root.get("counts");
        assertEquals(stats.tables().size(), counts.size());
        JsonNode c = null;
        for (JsonNode n : counts) if (n.get("year").asInt() == 2023 && n.get("group").asText().equals("all") && n.get("part").asText().equals("problems")) c = n;
        JsonNode inv = null;
        for (JsonNode n : c.get("themes")) if (n.get("theme").asText().equals("investment")) inv = n;
        assertEquals(1, inv.get("towns").asInt());
        assertEquals(50.0, inv.get("share").asDouble());
        assertEquals(2, inv.get("towns_before").asInt());
        assertEquals(-16.67, inv.get("change").asDouble());
        assertTrue(root.get("uncovered").get("sentences").isArray());
    }
}
