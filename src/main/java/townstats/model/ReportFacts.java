package townstats.model;

import java.util.List;

/**
 * Everything the per-report stages learned about one report: the unit the whole-corpus stages work on.
 *
 * @param warnings problems found while reading and parsing (shown on the data-quality page)
 * @param issues   data-quality issues found by the quality stage: what keeps figures out of the rankings
 */
public record ReportFacts(Document document, Place place, List<Fact> facts, List<String> warnings,
                          List<QualityIssue> issues) {
    public ReportFacts {
        facts = List.copyOf(facts);
        warnings = List.copyOf(warnings);
        issues = issues == null ? List.of() : List.copyOf(issues);
    }

    /** A report as extraction leaves it: no quality issues yet. */
    public ReportFacts(Document document, Place place, List<Fact> facts, List<String> warnings) {
        this(document, place, facts, warnings, List.of());
    }

    public String reportId() {
        return document.report().id();
    }

    /** The same report with the quality stage's issues. */
    public ReportFacts withIssues(List<QualityIssue> found) {
        return new ReportFacts(document, place, facts, warnings, found);
    }

    /** Whether an issue of {@code kind} concerns the whole report (duplicate, year unknown). */
    public boolean has(QualityIssue.Kind kind) {
        return issues.stream().anyMatch(i -> i.kind() == kind);
    }

    /** The same facts with a {@linkplain Document#compact compact} document, for holding many reports at once. */
    public ReportFacts compact() {
        return new ReportFacts(document.compact(), place, facts, warnings, issues);
    }

    /** The same facts with a document {@linkplain Document#withoutText without text}. */
    public ReportFacts withoutText() {
        return new ReportFacts(document.withoutText(), place, facts, warnings, issues);
    }
}
