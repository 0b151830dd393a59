package townstats.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townstats.ingest.BadInputException;
import townstats.model.Correction;
import townstats.model.Fact;
import townstats.model.Period;
import townstats.model.Qualifier;
import townstats.model.ReportFacts;

/** The sidecar's facts: what each statement does to the figures read, and the one-line refusals naming file and line. */
class CorrectionsTest {
    static final String REPORT = "青石镇2022年工作总结\n一、2022年工作回顾\n全年完成财政收入4410万元，同比增长5%；"
            + "1-11月完成固定资产投资3.2亿元。全年固定资产投资预计完成3.5亿元。农民人均可支配收入18600元。\n二、2023年工作打算\n力争财政收入达到4800万元。\n";

    @TempDir
    Path dir;

    private ReportFacts read(String sidecar) throws Exception {
        Path txt = Files.writeString(dir.resolve("qingshi.txt"), REPORT);
        Files.writeString(dir.resolve("qingshi.yml"), sidecar);
        return new ReportPipeline(TestProject.extractor()).run(dir, txt);
    }

    private static Fact only(ReportFacts r, String indicator, boolean achievement) {
        List<Fact> found = r.facts().stream().filter(f -> f.indicator().equals(indicator)
                && (f.qualifier() != Qualifier.TARGET) == achievement).toList();
        assertEquals(1, found.size(), indicator + ": " + r.facts());
        return found.get(0);
    }

    @Test
    void correctAddRemoveAndConfirm() throws Exception {
        ReportFacts r = read("""
                facts:
                  - correct: fiscal_revenue
                    value: 0.45亿元
                    growth: 2%
                    note: 决算数
                  - add: 地区生产总值
                    value: 6.2
                    unit: 亿元
                    period: 1-11月
                    qualifier: 预计
                  - remove: 农村居民人均可支配收入
                    note: 为全县数据
                  - confirm: 固定资产投资
                    was: 3.5亿元
                """);
        Fact fiscal = only(r, "fiscal_revenue", true);
        assertEquals(4500.0, fiscal.value());
        assertEquals(2.0, fiscal.growth());
        assertEquals(new Correction(Correction.Action.CORRECTED, "决算数", "4410万元，增长5%"), fiscal.correction());
        assertTrue(fiscal.quote().contains("4410万元"), "the sentence it was read from, for the reader page");
        assertNull(only(r, "fiscal_revenue", false).correction(), "the target in the plan is another figure");

        Fact gdp = only(r, "gdp", true);
        assertEquals(62000.0, gdp.value());
        assertEquals(new Period(1, 11), gdp.period());
        assertEquals(Qualifier.ESTIMATE, gdp.qualifier());
        assertEquals(Correction.Action.ADDED, gdp.correction().action());
        assertEquals(-1, gdp.offset());

        assertTrue(r.facts().stream().noneMatch(f -> f.indicator().equals("rural_income")));
        assertTrue(r.warnings().contains("人工核对：删除农村居民人均可支配收入 18600元（为全县数据）"), r.warnings().toString());

        List<Fact> investment = r.facts().stream().filter(f -> f.indicator().equals("fixed_investment")).toList();
        assertEquals(2, investment.size());
        assertEquals(List.of(false, true), investment.stream().map(f -> f.correction() != null).toList(), "was: picks 3.5亿元");
    }

    private String refusal(String sidecar) {
        return assertThrows(BadInputException.class, () -> read(sidecar)).getMessage();
    }

    @Test
    void aMistakeIsRefusedInOneLineNamingTheFileAndTheLine() {
        assertEquals("qingshi.yml: add: unknown indicator 'gpd' (an id or a name of the catalogue: fiscal_revenue, 财政收入) (line 3)",
                refusal("town: 青石镇\nfacts:\n  - add: gpd\n    value: 3亿元\n"));
        assertEquals("qingshi.yml: add: unknown unit '亿' for 地区生产总值 (万元, 亿元, 元) (line 2)",
                refusal("facts:\n  - add: gdp\n    value: 3亿\n"));
        assertEquals("qingshi.yml: unknown key 'vaule' in facts[0] (line 3): an entry has one of correct, add, remove, confirm and "
                + "growth, note, period, qualifier, section, unit, value, was", refusal("facts:\n  - correct: gdp\n    vaule: 3亿元\n"));
        assertEquals("qingshi.yml: correct: 固定资产投资 is read 2 times (32000万元，1—11月、35000万元): say which with was: (line 2)",
                refusal("facts:\n  - correct: fixed_investment\n    value: 4亿元\n"));
        assertEquals("qingshi.yml: confirm: the report has no figure of 地区生产总值 read: add: adds one (line 2)",
                refusal("facts:\n  - confirm: gdp\n"));
        assertEquals("qingshi.yml: correct: period '13月' is not 全年, 上半年, 前三季度 or months such as 1-11月 (line 2)",
                refusal("facts:\n  - correct: 财政收入\n    period: 13月\n"));
        assertEquals("qingshi.yml: facts[0] (line 2) needs one of correct:, add:, remove:, confirm: naming the indicator",
                refusal("facts:\n  - value: 3亿元\n"));
        assertEquals("qingshi.yml: facts[0] (line 2) corrects nothing: give value:, growth:, period:, qualifier: or section: "
                + "(confirm: keeps the figure as read)", refusal("facts:\n  - correct: 财政收入\n    note: 对\n"));
    }
}
