package townstats.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextCleanerTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // what the decoded text says | what every later stage reads
            "全年完成财政收入４４１０万元，增长８．５％|全年完成财政收入4410万元，增长8.5%",
            "1—11月份累计完成|1-11月份累计完成",
            "1~11月|1-11月",
            "1～11月|1-11月",
            "1－11月|1-11月",
            "[bookmark: _GoBack]2022年，张坊镇|2022年，张坊镇",
            "共面向##paidbegin##小学|共面向小学",
            "完成1246.34 万元，增长 7%|完成1246.34万元，增长7%",
            "农民人均可支配收\\n入23631 元|农民人均可支配收入23631元",
            "总投资31.88\\n亿元|总投资31.88亿元",
            "98MW 光伏|98MW光伏",
            "Hello world|Hello world",
            "全年完成。\\n二是推进|全年完成。\\n二是推进",
            "一、工作开展情况\\n（一）基础性工作|一、工作开展情况\\n（一）基础性工作",
            "段落一\\n\\n段落二|段落一\\n\\n段落二",
            "关于潭头镇2022年工作总结暨2023年工作\\n打算的报告|关于潭头镇2022年工作总结暨2023年工作打算的报告",
            "商河县张坊镇2022年工作总结和2023年工作计划\\n2022年，张坊镇|商河县张坊镇2022年工作总结和2023年工作计划\\n2022年，张坊镇",
            "第一行\\r\\n第二行。|第一行第二行。",
            "　　全镇完成|全镇完成",
    })
    void cleans(String decoded, String expected) {
        String in = decoded.replace("\\n", "\n").replace("\\r", "\r");
        assertEquals(expected.replace("\\n", "\n"), TextCleaner.clean(in).text());
    }

    @Test
    void everyCleanCharacterMapsBackToTheSameCharacterOrItsFullWidthForm() {
        String decoded = "[bookmark: _GoBack]全年完成财政收入４４１０万元；\n1—11月份规模以上工业\n总产值 79082.9 万元。";
        TextCleaner.Cleaned c = TextCleaner.clean(decoded);
        for (int i = 0; i < c.text().length(); i++) {
            char clean = c.text().charAt(i);
            char original = decoded.charAt(c.offsets()[i]);
            boolean same = clean == original || original - 0xFEE0 == clean || clean == '-' && original == '—';
            assertTrue(same, "position " + i + ": '" + clean + "' maps to '" + original + "'");
        }
        int at = c.text().indexOf("4410");
        assertEquals(decoded.indexOf("４４１０"), c.offsets()[at]);
    }
}
