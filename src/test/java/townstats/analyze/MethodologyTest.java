package townstats.analyze;

import townstats.catalog.Catalog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static townstats.analyze.Fixtures.*;

class MethodologyTest {
    @Test
    void rulesQuoteTheThresholdsInUse() {
        String all = String.join("\n", Methodology.rules());
        assertTrue(all.contains("至少60%的乡镇"), all);
        assertTrue(all.contains("至少有3个乡镇才排名"), all);
        assertTrue(all.contains("超过1.5个百分点"), all);
    }

    @Test
    void compositeSentenceListsWeightsAndCoverage() {
        CompositeIndex ci = Analyzer.analyze(List.of(
                report("a", "甲镇", 2023, null, value("gdp", 10), value("fiscal_revenue", 5), value("tax_revenue", 300)),
                report("b", "乙镇", 2023, null, value("gdp", 20), value("fiscal_revenue", 15), value("tax_revenue", 100)),
                report("c", "丙镇", 2023, null, value("gdp", 30), value("fiscal_revenue", 7), value("tax_revenue", 200))),
                Catalog.loadDefault()).compositeIndex().get(0);
        assertEquals("2023年综合发展指数共3个乡镇，选用指标：地区生产总值（权重0.294，覆盖100%）、财政总收入（权重0.412，覆盖100%）、"
                + "税收收入（权重0.294，覆盖100%）；参与计算3个乡镇，数据不足0个。", Methodology.compositeIndex(ci, Catalog.loadDefault()));
        // same table as the hand-worked TOPSIS example: 乙 first, 丙 second, 甲 third
        assertEquals(List.of("乙镇", "丙镇", "甲镇"), ci.entries().stream().map(CompositeIndex.Entry::town).toList());
        assertEquals(0.571126871, ci.entries().get(0).closeness(), 1e-6);
    }
}
