package townstats.quality;

import java.util.Map;
import townstats.model.Fact;
import townstats.model.QualityIssue;
import townstats.util.Numbers;

/**
 * The one plausibility rule: figures no township report can mean — a negative count or amount (every catalogue
 * indicator is a total, a level or a count: none can be negative), a value beyond the bound of its unit
 * ({@link #MAX_VALUE}: a town of more than five million people, an amount beyond 1万亿元 …), a growth above
 * +1000 % or below −100 %. Such a fact is kept and shown, flagged, and never ranked nor counted in the statistics.
 */
public final class Plausibility {
    /** Growth rates beyond these are typing or extraction errors, not economics. */
    public static final double MAX_GROWTH = 1000;
    public static final double MIN_GROWTH = -100;
    public static final double MAX_POPULATION = 5_000_000;
    /**
     * The largest value a township can state, per canonical unit, each far above the largest real town (the
     * richest towns report a few 千亿元 of output, the largest in area a few 万 km²): amounts 1万亿元 (10^8 万元),
     * per-capita income 100万元, land 1.5亿亩 (10万 km²), area 10万 km², 5 million people, 2 million households,
     * 10,000 villages or projects. Beyond it a figure is a typing or extraction error (99999999999999亿元, or a
     * number too long for any report, which the extractor reads as its ceiling of 10^18).
     */
    public static final Map<String, Double> MAX_VALUE = Map.of(
            "万元", 1e8, "万美元", 1.5e7, "元", 1e6, "亩", 1.5e8, "平方公里", 1e5, "人", MAX_POPULATION, "户", 2e6, "个", 1e4);

    private Plausibility() {
    }

    /** What is absurd about the fact's value, or null when it is plausible. */
    public static QualityIssue value(Fact f) {
        if (f.value() == null) return null;
        if (f.value() < 0) return issue(QualityIssue.Kind.IMPLAUSIBLE_VALUE, f, "数值为负（" + number(f.value()) + "），不可能为乡镇数据");
        Double max = MAX_VALUE.get(f.unit());
        if (max != null && f.value() > max) {
            return issue(QualityIssue.Kind.IMPLAUSIBLE_VALUE, f, "数值" + number(f.value()) + f.unit() + "，超过" + number(max)
                    + f.unit() + "的合理上限");
        }
        return null;
    }

    /** What is absurd about the fact's growth rate, or null when it is plausible (or not stated). */
    public static QualityIssue growth(Fact f) {
        if (f.growth() == null || (f.growth() <= MAX_GROWTH && f.growth() >= MIN_GROWTH)) return null;
        return issue(QualityIssue.Kind.IMPLAUSIBLE_GROWTH, f, "增长" + (f.growth() > 0 ? "+" : "") + number(f.growth())
                + "%，超出" + number(MIN_GROWTH) + "%至+" + number(MAX_GROWTH) + "%的合理范围");
    }

    private static QualityIssue issue(QualityIssue.Kind kind, Fact f, String message) {
        return new QualityIssue(kind, f.indicator(), message + "，不参与排名和统计。", f.offset());
    }

    private static String number(double d) {
        return Numbers.plain(d);
    }
}
