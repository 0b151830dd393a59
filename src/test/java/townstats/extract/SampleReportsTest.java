package townstats.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townstats.model.Fact;
import townstats.model.Period;
import townstats.model.ReportFacts;
import townstats.model.SectionKind;
import townstats.pipeline.ReportPipeline;

/**
 * The five sample reports shipped in content/reports: the facts the issue requires, the traps it
 * names, and the complete list of summary facts each report yields (so any new wrong fact fails).
 */
class SampleReportsTest {
    private static final Path REPORTS = Path.of("content/reports");
    private static Extractor extractor;

    @BeforeAll
    static void catalogue() {
        extractor = Extractor.withDefaultCatalog();
    }

    static ReportFacts read(String file) throws Exception {
        return new ReportPipeline(extractor).run(REPORTS, REPORTS.resolve(file));
    }

    /** indicator value unit growth period — the form of every expectation below. */
    static String describe(Fact f) {
        return f.indicator() + " " + (f.value() == null ? "-" : fmt(f.value())) + " " + f.unit()
                + " g=" + (f.growth() == null ? "-" : fmt(f.growth()))
                + " p=" + (f.period() == null ? "-" : f.period().from() + "-" + f.period().to())
                + (f.qualifier() == null ? "" : " q=" + f.qualifier().id());
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    static List<String> summaryFacts(ReportFacts r) {
        // No distinct(): a statement repeated in the report must come out as one fact (with mentions), not two.
        return r.facts().stream().filter(f -> f.section() == SectionKind.SUMMARY).map(SampleReportsTest::describe)
                .sorted().collect(Collectors.toList());
    }

    static void assertFact(ReportFacts r, String indicator, double value, Double growth, Period period) {
        List<Fact> found = r.facts().stream().filter(f -> f.indicator().equals(indicator) && f.value() != null
                && Math.abs(f.value() - value) <= value * 0.005).toList();
        assertFalse(found.isEmpty(), indicator + " " + value + " not found in " + r.reportId() + ": " + summaryFacts(r));
        Fact f = found.get(0);
        assertEquals(growth, f.growth(), indicator + " growth");
        if (period != null) assertEquals(period, f.period(), indicator + " period");
        assertTrue(f.quote().length() > 0 && f.offset() >= 0);
    }

    @Test
    void tantou2022() throws Exception {
        ReportFacts r = read("000_3b4a4675a0c82837.txt");
        assertEquals("潭头镇", r.document().town());
        assertEquals("栾川县", r.document().county());
        assertEquals(2022, r.document().year());
        assertFalse(r.document().anonymised());
        assertFact(r, "fiscal_revenue", 4410, null, Period.FULL_YEAR);
        assertFact(r, "fixed_investment", 94885, 20.0, new Period(1, 11));
        assertFact(r, "industrial_output_above_scale", 79082.9, 50.0, new Period(1, 11));
        assertFact(r, "above_quota_sales", 4867.5, 7.9, new Period(1, 11));
        assertFact(r, "key_projects", 21, null, null);
        assertFact(r, "key_projects_investment", 31500, null, null);
        assertEquals(List.of(
                "above_quota_sales 4867.5 万元 g=7.9 p=1-11",
                "fiscal_revenue 4410 万元 g=- p=1-12",
                "fixed_investment 94885 万元 g=20 p=1-11",
                "industrial_output_above_scale 79082.9 万元 g=50 p=1-11",
                "key_projects 21 个 g=- p=1-12",
                "key_projects_investment 31500 万元 g=- p=1-12"), summaryFacts(r));
    }

    @Test
    void anonymised2023() throws Exception {
        ReportFacts r = read("001_0f77647293844d46.txt");
        assertTrue(r.document().anonymised());
        assertTrue(r.document().town().startsWith("匿名乡镇·"));
        assertEquals(2023, r.document().year());
        assertFact(r, "agri_industrial_output", 181400, 9.8, null);
        assertFact(r, "industrial_output_above_scale", 2843, 11.2, null);
        assertFact(r, "fixed_investment", 13673, 38.19, null);
        assertFact(r, "rural_income", 14145, 11.5, null);
        assertFact(r, "retail_sales", 57400, 21.5, null);
        assertFact(r, "budget_revenue", 389.2, 8.6, null);
        assertFact(r, "key_projects", 8, null, null);
        assertFact(r, "key_projects_investment", 68500, null, null);
        assertTrue(r.facts().stream().noneMatch(f -> f.value() != null && Math.abs(f.value() - 2700) < 1),
                "银丰工艺's 2700万元 is a company's figure");
        assertEquals(List.of(
                "admin_units 12 个 g=- p=-",
                "agri_industrial_output 181400 万元 g=9.8 p=1-12",
                "budget_revenue 389.2 万元 g=8.6 p=1-12",
                "fixed_investment 13673 万元 g=38.19 p=1-12",
                "industrial_output_above_scale 2843 万元 g=11.2 p=1-12",
                "key_projects 8 个 g=- p=1-12",
                "key_projects_investment 68500 万元 g=- p=1-12",
                "retail_sales 57400 万元 g=21.5 p=1-12",
                "rural_income 14145 元 g=11.5 p=1-12"), summaryFacts(r));
    }

    @Test
    void zhangfang2022() throws Exception {
        ReportFacts r = read("002_ac2c4ce8daad9f4e.txt");
        assertEquals("张坊镇", r.document().town());
        assertEquals("商河县", r.document().county());
        assertEquals(2022, r.document().year());
        assertFact(r, "budget_revenue", 1841, null, new Period(1, 9));
        assertFact(r, "industrial_output", 17990, null, new Period(1, 9));
        assertFact(r, "investment_attracted", 55000, null, null);
        List<Fact> all = r.facts();
        assertTrue(all.stream().noneMatch(f -> f.value() != null && Math.abs(f.value() - 30000) < 1), "the 2023 plan's 3亿元");
        assertTrue(all.stream().noneMatch(f -> f.value() != null && Math.abs(f.value() - 1750) < 1), "白集村's 1750亩");
        assertTrue(all.stream().noneMatch(f -> f.indicator().equals("area")), "0.44/1.5 km² is a planning area");
        assertEquals(List.of(
                "above_quota_sales - 万元 g=15 p=1-9",
                "budget_revenue 1841 万元 g=- p=1-9",
                "foreign_trade - 万元 g=300 p=1-9",
                "industrial_output 17990 万元 g=- p=1-9",
                // 拟签约重点项目2个 is projects to be signed, not the town's key projects (not_after 签约)
                "investment_attracted 55000 万元 g=- p=1-9"), summaryFacts(r));
    }

    @Test
    void anonymisedFacts2022() throws Exception {
        ReportFacts r = read("003_d722e7b801051bc4.txt");
        assertTrue(r.document().anonymised());
        assertEquals(2022, r.document().year());
        assertFact(r, "area", 196.5, null, null);
        assertFact(r, "cultivated_land", 24000, null, null);
        assertFact(r, "forest_land", 217000, null, null);
        assertFact(r, "population", 24000, null, null);
        assertFact(r, "admin_units", 11, null, null);
        assertEquals("more_than", r.facts().stream().filter(f -> f.indicator().equals("population")).findFirst()
                .orElseThrow().qualifier().id());
        assertEquals(List.of(
                "admin_units 11 个 g=- p=-",
                "area 196.5 平方公里 g=- p=-",
                "cultivated_land 24000 亩 g=- p=-",
                "forest_land 217000 亩 g=- p=-",
                "population 24000 人 g=- p=- q=more_than"), summaryFacts(r));
    }

    @Test
    void maskedDigitsGiveNothing() throws Exception {
        ReportFacts r = read("004_4cf9f4afd6281c74.txt");
        assertTrue(r.document().anonymised());
        assertEquals(2022, r.document().year());
        // The only figure in this report that is written out is 22万亩林地; every ** number stays unread.
        List<String> facts = new ArrayList<>(summaryFacts(r));
        assertEquals(List.of("forest_land 220000 亩 g=- p=-"), facts);
        for (Fact f : r.facts()) {
            String around = r.document().report().text().substring(Math.max(0, f.start() - 1), Math.min(f.end() + 1,
                    r.document().report().text().length()));
            assertFalse(around.contains("*"), "fact next to a mask: " + around);
        }
    }

    static final List<String> SAMPLES = List.of("000_3b4a4675a0c82837.txt", "001_0f77647293844d46.txt",
            "002_ac2c4ce8daad9f4e.txt", "003_d722e7b801051bc4.txt", "004_4cf9f4afd6281c74.txt");

    @Test
    void noSampleReportGivesOneStatementTwice() throws Exception {
        for (String file : SAMPLES) {
            ReportFacts r = read(file);
            List<String> statements = r.facts().stream().map(f -> describe(f) + " in " + f.section().id()).toList();
            assertEquals(statements.stream().distinct().toList(), statements, file + " states a fact twice");
        }
    }

    @Test
    void aRepeatedStatementKeepsItsFirstMentionAndListsTheOthers() throws Exception {
        ReportFacts anonymised = read("001_0f77647293844d46.txt");
        Fact projects = only(anonymised, "key_projects");
        assertEquals(1, projects.mentions().size(), "重点项目8个 is stated twice");
        assertMentionsPointAt(anonymised, projects, "8个", "8个");
        ReportFacts villages = read("003_d722e7b801051bc4.txt");
        Fact units = only(villages, "admin_units");
        assertEquals(1, units.mentions().size(), "下辖10个村和1个居委会, then 全镇11个村（社区）");
        assertMentionsPointAt(villages, units, "10个村", "11个村");
    }

    private static Fact only(ReportFacts r, String indicator) {
        List<Fact> found = r.facts().stream().filter(f -> f.indicator().equals(indicator)).toList();
        assertEquals(1, found.size(), indicator + " in " + r.reportId() + ": " + found);
        return found.get(0);
    }

    /** The first mention comes first, and every offset points at the figure in the decoded text. */
    private static void assertMentionsPointAt(ReportFacts r, Fact f, String first, String again) {
        String decoded = r.document().report().decoded();
        assertTrue(decoded.startsWith(first, f.offset()), "offset " + f.offset());
        for (Fact.Mention m : f.mentions()) {
            assertTrue(m.offset() > f.offset(), "the first mention is the fact itself");
            assertTrue(decoded.startsWith(again, m.offset()), "mention at " + m.offset() + ": "
                    + decoded.substring(m.offset(), Math.min(decoded.length(), m.offset() + 10)));
        }
    }

    @Test
    void aGbkCopyGivesTheSameFactsAsTheUtf8One(@TempDir Path dir) throws Exception {
        Path gbk = dir.resolve("000.txt");
        Files.write(gbk, Files.readString(REPORTS.resolve("000_3b4a4675a0c82837.txt"), StandardCharsets.UTF_8).getBytes("GBK"));
        ReportFacts fromUtf8 = read("000_3b4a4675a0c82837.txt");
        ReportFacts fromGbk = new ReportPipeline(extractor).run(dir, gbk);
        assertEquals("GB18030", fromGbk.document().report().encoding());
        assertEquals(fromUtf8.document().town(), fromGbk.document().town());
        assertEquals(withOffsets(fromUtf8), withOffsets(fromGbk));
    }

    private static List<String> withOffsets(ReportFacts r) {
        return r.facts().stream().map(f -> describe(f) + " @" + f.offset()).toList();
    }

    @Test
    void factsPointIntoTheDecodedText() throws Exception {
        ReportFacts r = read("000_3b4a4675a0c82837.txt");
        String decoded = r.document().report().decoded();
        Fact fiscal = r.facts().stream().filter(f -> f.indicator().equals("fiscal_revenue")).findFirst().orElseThrow();
        assertTrue(decoded.startsWith("4410", fiscal.offset()), "offset " + fiscal.offset() + " points at 4410");
    }
}
