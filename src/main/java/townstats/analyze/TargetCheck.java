package townstats.analyze;

import java.util.List;

/**
 * A plan-section figure of year Y's report (next year's 目标) against the achievement reported for Y + 1.
 *
 * @param year     the year the target is for (Y + 1)
 * @param measure  "value" (target level) or "growth" (target rate, percent)
 * @param achieved the achievement: the Y + 1 report's figure; a growth target without a stated growth
 *                 uses the growth implied by the two years' values (flag implied_growth)
 * @param met      achieved ≥ target: 达成, else 未达成
 */
public record TargetCheck(String townKey, String town, String indicator, String measure, int year,
                          String targetReport, double target, String achievedReport, double achieved, boolean met,
                          List<String> flags) {
    public TargetCheck {
        flags = List.copyOf(flags);
    }

    public String status() {
        return met ? "达成" : "未达成";
    }
}
