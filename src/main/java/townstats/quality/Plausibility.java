package townstats.quality;

import townstats.model.Fact;
import townstats.model.QualityIssue;
import townstats.util.Numbers;

/**
 * The one plausibility rule: figures no township report can mean — a negative count or amount, a town of more
 * than five million people, a growth above +1000 % or below −100 %. Such a fact is kept and shown, flagged, and
 * never ranked nor counted in the statistics.
 */
public final class Plausibility {
    /** Growth rates beyond these are typing or extraction errors, not economics. */
    public static final double MAX_GROWTH = 1000;
    public static final double MIN_GROWTH = -100;
    public static final double MAX_POPULATION = 5_000_000;

    private Plausibility() {
    }

    /** What is absurd about the fact's value, or null when it is plausible. */
    public static QualityIssue value(Fact f) {
        if (f.value() == null) return null;
        if (f.value() < 0) return issue(QualityIssue.Kind.IMPLAUSIBLE_VALUE, f, "数值为负（" + number(f.value()) + "），不可能为乡镇数据");
        if ("population".equals(f.indicator()) && f.value() > MAX_POPULATION) {
            return issue(QualityIssue.Kind.IMPLAUSIBLE_VALUE, f, "人口" + number(f.value()) + "人，超过" + number(MAX_POPULATION) + "人的合理上限");
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
