package townstats.corpus;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Filler must add bulk, never facts: no indicator names, and only counts in units no indicator uses. */
class FillerTest {
    /** Every name the v1 catalogue (shared/spec/indicators.md) lets the extractor recognise, and the bare units. */
    private static final List<String> INDICATOR_WORDS = List.of("生产总值", "GDP", "财政收入", "财政总收入", "预算收入",
            "税收收入", "税收总额", "固定资产投资", "固投", "工业总产值", "工业企业总产值", "工业产值", "工业增加值", "工农业总",
            "农业总产值", "农林牧渔业总产值", "社会消费品零售", "社零", "销售额", "进出口", "外贸", "到位资金", "引进资金",
            "引进市外资金", "可支配收入", "纯收入", "村集体经济收入", "人口", "总户数", "面积", "耕地", "耕田", "林地", "行政村",
            "居委会", "重点项目", "总投资", "万元", "亿元", "万人", "平方公里", "亩");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern ALLOWED_COUNT = Pattern.compile("\\d+(余)?(次|场|处|吨|份|公里|名|起|盏|座|期|条|批次)");

    private static List<String> samples() {
        Rand r = Rand.of(5, 5);
        Filler filler = new Filler(r);
        List<String> out = new ArrayList<>();
        Concerns.PROBLEMS.values().forEach(out::addAll);
        Concerns.PLANS.values().forEach(out::addAll);
        List<Filler.Theme> themes = new ArrayList<>(Filler.OTHER_THEMES);
        themes.add(Filler.ECONOMY);
        themes.add(Filler.PROJECTS);
        for (Filler.Theme t : themes) {
            out.addAll(t.titles());
            out.addAll(t.heads());
            for (int i = 0; i < 400; i++) {
                out.add(filler.sentence(t));
                out.add(filler.planSentence(t));
            }
        }
        return out;
    }

    @Test
    void fillerNamesNoIndicator() {
        for (String s : samples()) {
            for (String word : INDICATOR_WORDS) assertFalse(s.contains(word), "'" + word + "' in: " + s);
        }
    }

    @Test
    void fillerNumbersAreHarmlessCounts() {
        int numbers = 0;
        for (String s : samples()) {
            Matcher m = NUMBER.matcher(s);
            while (m.find()) {
                numbers++;
                assertTrue(ALLOWED_COUNT.matcher(s.substring(m.start())).lookingAt(), s);
                assertTrue(Integer.parseInt(m.group()) < 1000, "could read as a year: " + s);
            }
        }
        assertTrue(numbers > 100, "filler does carry some counts");
    }

    @Test
    void chineseNumerals() {
        assertEquals("九", Numbers.chinese(9));
        assertEquals("十", Numbers.chinese(10));
        assertEquals("十二", Numbers.chinese(12));
        assertEquals("二十", Numbers.chinese(20));
        assertEquals("二十四", Numbers.chinese(24));
        for (int n = 1; n <= 99; n++) assertEquals(n, FigureReader.chinese(Numbers.chinese(n)));
    }
}
