package townstats.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import townstats.extract.Extractor;
import townstats.model.ReportFacts;
import townstats.model.SectionKind;
import townstats.model.Sentence;
import townstats.model.ThemeMention;
import townstats.pipeline.ReportPipeline;

/**
 * The five sample reports (content/reports) through the per-report pipeline: every sentence of their problem sections
 * names a theme, or is listed as uncovered, or only frames the part (存在的问题、困难); the mentions point into the
 * text they quote; and a few sentences name the themes an official would file them under.
 */
class SampleTopicsTest {
    private static final Path REPORTS = Path.of("content/reports");
    private static List<ReportFacts> reports;

    @BeforeAll
    static void read() throws Exception {
        ReportPipeline pipeline = new ReportPipeline(Extractor.withDefaultCatalog());
        reports = new ArrayList<>();
        try (Stream<Path> files = Files.list(REPORTS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                // compacted as the build holds it: the problem sentences are kept, the plan sentences are not
                reports.add(pipeline.run(REPORTS, f).compact());
            }
        }
        assertEquals(5, reports.size());
    }

    @Test
    void everyProblemSentenceIsThemedOrListedAsUncovered() {
        int sentences = 0, themed = 0, frames = 0;
        List<Uncovered> uncovered = Uncovered.of(reports);
        Set<String> listed = uncovered.stream().map(u -> u.report() + "@" + u.start()).collect(Collectors.toSet());
        List<String> lost = new ArrayList<>();
        for (ReportFacts r : reports) {
            Set<Integer> starts = new HashSet<>();
            for (ThemeMention m : r.themes()) if (m.section() == SectionKind.PROBLEMS) starts.add(m.start());
            for (Sentence s : r.document().sentences()) {
                if (s.section() != SectionKind.PROBLEMS) continue;
                sentences++;
                boolean isThemed = starts.contains(s.start());
                boolean isListed = listed.contains(r.reportId() + "@" + s.start());
                boolean framing = !isThemed && TopicReader.frames(s.text());
                if (isThemed) themed++;
                if (framing) frames++;
                // exactly one of the three
                if ((isThemed ? 1 : 0) + (isListed ? 1 : 0) + (framing ? 1 : 0) != 1) {
                    lost.add(r.reportId() + "@" + s.start() + " themed=" + isThemed + " listed=" + isListed + " " + s.text());
                }
            }
        }
        assertEquals(List.of(), lost);
        // 30 sentences in three of the reports (two have no problems part): 3 name the part (存在的问题 …), and
        // the catalogue covers every other one
        assertEquals(30, sentences);
        assertEquals(3, frames);
        assertEquals(27, themed, "uncovered: " + uncovered);
        assertEquals(List.of(), uncovered);
    }

    @Test
    void mentionsQuoteTheirSentenceAndPointIntoIt() throws Exception {
        ReportPipeline pipeline = new ReportPipeline(Extractor.withDefaultCatalog());
        Map<SectionKind, Integer> bySection = new TreeMap<>();
        for (ReportFacts compact : reports) {
            ReportFacts r = pipeline.run(REPORTS, REPORTS.resolve(compact.document().report().source()));
            String text = r.document().report().text();
            for (ThemeMention m : r.themes()) {
                bySection.merge(m.section(), 1, Integer::sum);
                assertEquals(text.substring(m.start(), m.end()), m.sentence(), m.toString());
                assertTrue(m.start() <= m.from() && m.from() < m.to() && m.to() <= m.end(), m.toString());
                assertEquals(text.substring(m.from(), m.to()), m.words());
                if (m.section() == SectionKind.SUMMARY) {
                    assertTrue(r.facts().stream().anyMatch(f -> f.section() == SectionKind.SUMMARY && f.start() >= m.start() && f.start() < m.end()),
                            "a highlight carries a figure: " + m);
                }
            }
            assertEquals(r.themes(), compact.themes(), "compacting keeps the themes");
        }
        assertTrue(bySection.get(SectionKind.PROBLEMS) > 50 && bySection.get(SectionKind.PLAN) > 300
                && bySection.get(SectionKind.SUMMARY) > 10, bySection.toString());
    }

    @Test
    void sentencesNameTheThemesAnOfficialWouldFileThemUnder() {
        assertThemes("002_ac2c4ce8daad9f4e", "三区三线划定，空间不足发展受限。", "land");
        assertThemes("002_ac2c4ce8daad9f4e", "一是工业企业类型相对单一。", "industry", "industry_structure");
        assertThemes("001_0f77647293844d46", "招商引资优势不强。", "investment");
        assertThemes("001_0f77647293844d46", "基础设施有待完善。", "infrastructure");
        assertThemes("000_3b4a4675a0c82837", "二是村级集体经济发展形式单一，总量偏小，收益增长缓慢。", "village_economy");
    }

    private static void assertThemes(String report, String sentence, String... themes) {
        ReportFacts r = reports.stream().filter(x -> x.reportId().equals(report)).findFirst().orElseThrow();
        Set<String> found = r.themes().stream().filter(m -> m.section() == SectionKind.PROBLEMS && m.sentence().equals(sentence))
                .map(ThemeMention::theme).collect(Collectors.toSet());
        assertEquals(Set.of(themes), found, sentence);
    }
}
