package townstats.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import townstats.model.Fact;
import townstats.model.Qualifier;
import townstats.model.QualityIssue;
import townstats.model.ReportFacts;
import townstats.model.SectionKind;
import townstats.util.Numbers;

/**
 * The quality stage, between extraction and the statistics: the one place that decides which figures are kept
 * out of the rankings. Every report gets its {@link QualityIssue}s; nothing is dropped (the pages show every
 * report and figure, flagged). The rules:
 * <ul>
 * <li>an absurd value or growth rate ({@link Plausibility}) is not ranked;</li>
 * <li>two or more reports for the same town and year are all flagged and none of them is ranked: which one is
 *     right cannot be told from the files;</li>
 * <li>a report without a year is shown as 年份不明 and not ranked;</li>
 * <li>a figure OCR read with low confidence ({@link Recognition}) is not ranked until the sidecar confirms it;</li>
 * <li>an indicator stated with different values for the same period is flagged 数值不一致 (the statistics take
 *     the figure {@code FactSelector} picks: for one section and period the largest, as a town total is never
 *     below its breakdown).</li>
 * </ul>
 */
public final class DataQuality {
    private DataQuality() {
    }

    /** The reports, in the same order, each with the issues of these rules (issues found before are replaced). */
    public static List<ReportFacts> check(List<ReportFacts> reports) {
        Map<String, List<String>> idsByKey = new HashMap<>();
        for (ReportFacts r : reports) {
            String key = townYear(r);
            if (key != null) idsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(r.reportId());
        }
        List<ReportFacts> out = new ArrayList<>(reports.size());
        for (ReportFacts r : reports) {
            List<QualityIssue> issues = new ArrayList<>();
            if (r.document().year() == null) {
                issues.add(QualityIssue.ofReport(QualityIssue.Kind.YEAR_UNKNOWN, "报告年份不明，不参与排名。"));
            }
            String key = townYear(r);
            List<String> same = key == null ? List.of() : idsByKey.get(key);
            if (same.size() > 1) {
                List<String> others = same.stream().filter(id -> !id.equals(r.reportId())).toList();
                issues.add(QualityIssue.ofReport(QualityIssue.Kind.DUPLICATE_REPORT, "与报告" + String.join("、", others)
                        + "为同一乡镇同一年份（" + r.document().town() + " " + r.document().year() + "年），无法判断哪份为准，均不参与排名和统计。"));
            }
            for (Fact f : r.facts()) {
                QualityIssue value = Plausibility.value(f);
                if (value != null) issues.add(value);
                QualityIssue growth = Plausibility.growth(f);
                if (growth != null) issues.add(growth);
                QualityIssue unsure = Recognition.uncertain(f);
                if (unsure != null) issues.add(unsure);
            }
            issues.addAll(conflicts(r));
            out.add(issues.isEmpty() && r.issues().isEmpty() ? r : r.withIssues(issues));
        }
        return out;
    }

    /**
     * 财政总收入同一时期有不同数值（4410、4500万元）: one issue per indicator and period with two or more
     * achievement values; its offset is the first figure's.
     */
    private static List<QualityIssue> conflicts(ReportFacts r) {
        Map<String, List<Fact>> byStatement = new LinkedHashMap<>();
        for (Fact f : r.facts()) {
            // a target (qualified so, or in the plan section) is not a second value
            if (f.value() == null || f.qualifier() == Qualifier.TARGET || f.section() == SectionKind.PLAN) continue;
            byStatement.computeIfAbsent(f.indicator() + "|" + f.unit() + "|" + f.period(), k -> new ArrayList<>()).add(f);
        }
        List<QualityIssue> out = new ArrayList<>();
        for (List<Fact> same : byStatement.values()) {
            List<String> values = same.stream().map(f -> Numbers.plain(f.value())).distinct().toList();
            // an official who confirmed or corrected one of them (人工核对) settled which counts
            if (values.size() < 2 || same.stream().anyMatch(f -> f.correction() != null)) continue;
            Fact first = same.get(0);
            String period = first.period() == null ? "时期未注明" : first.period().isFullYear() ? "全年"
                    : first.period().from() + "—" + first.period().to() + "月";
            out.add(new QualityIssue(QualityIssue.Kind.CONFLICTING_VALUES, first.indicator(), period + "有不同数值（"
                    + String.join("、", values) + first.unit() + "），统计时按方法说明的取值规则选用其一。", first.offset()));
        }
        return out;
    }

    /** Same town and year; anonymised and year-less reports have no key (they never collide). */
    private static String townYear(ReportFacts r) {
        if (r.document().anonymised() || r.document().year() == null) return null;
        String place = r.place() != null && r.place().divisionCode() != null ? r.place().divisionCode()
                : r.document().county() + "/" + r.document().town();
        return place + "@" + r.document().year();
    }
}
