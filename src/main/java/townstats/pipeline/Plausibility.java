package townstats.pipeline;

import townstats.model.Fact;
import townstats.model.ReportFacts;
import townstats.util.Numbers;

/**
 * Figures no township report can mean: a negative count or amount, a growth above +1000 % or below -100 %,
 * a town of more than five million people. Such a fact is kept and shown but flagged; rankings and
 * statistics must leave it out ({@code Plausibility.problem(fact) != null}).
 */
public final class Plausibility {
    /** Growth rates beyond these are typing or extraction errors, not economics. */
    public static final double MAX_GROWTH = 1000;
    public static final double MIN_GROWTH = -100;
    public static final double MAX_POPULATION = 5_000_000;
    /** The prefix of the report warning for each flagged fact. */
    public static final String WARNING = "不合理数值: ";
    /** The prefix of the warning on each of two reports for the same town and year (see {@code Checks.flagDuplicates}). */
    public static final String DUPLICATE = "重复报告: ";

    private Plausibility() {
    }

    /** Why the fact is absurd ("population -300", "gdp growth +5000%"), or null when it is plausible. */
    public static String problem(Fact f) {
        if (f.value() != null && f.value() < 0) return f.indicator() + " " + Numbers.plain(f.value());
        if (f.value() != null && "population".equals(f.indicator()) && f.value() > MAX_POPULATION) {
            return f.indicator() + " " + Numbers.plain(f.value());
        }
        if (f.growth() != null && (f.growth() > MAX_GROWTH || f.growth() < MIN_GROWTH)) {
            return f.indicator() + " growth " + (f.growth() > 0 ? "+" : "") + Numbers.plain(f.growth()) + "%";
        }
        return null;
    }

    public static boolean plausible(Fact f) {
        return problem(f) == null;
    }

    /** Whether a report is one of two or more for the same town and year: none of them is ranked. */
    public static boolean duplicate(ReportFacts r) {
        return r.warnings().stream().anyMatch(w -> w.startsWith(DUPLICATE));
    }

    /** What rankings and statistics may use: a plausible fact of a report that is not a duplicate. */
    public static boolean rankable(ReportFacts r, Fact f) {
        return plausible(f) && !duplicate(r);
    }
}
