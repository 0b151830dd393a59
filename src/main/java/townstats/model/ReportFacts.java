package townstats.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the per-report stages learned about one report: the unit the whole-corpus stages work on.
 *
 * @param warnings problems found while reading and parsing (shown on the data-quality page)
 * @param issues   data-quality issues found by the quality stage: what keeps figures out of the rankings
 * @param themes   the themes its problems, plans and highlights name (the topics stage), in text order
 */
public record ReportFacts(Document document, Place place, List<Fact> facts, List<String> warnings,
                          List<QualityIssue> issues, List<ThemeMention> themes) {
    public ReportFacts {
        facts = List.copyOf(facts);
        warnings = List.copyOf(warnings);
        issues = issues == null ? List.of() : List.copyOf(issues);
        themes = themes == null ? List.of() : shared(themes, facts, document);
    }

    /** A report without themes read (tests, tools) and with the quality stage's issues. */
    public ReportFacts(Document document, Place place, List<Fact> facts, List<String> warnings, List<QualityIssue> issues) {
        this(document, place, facts, warnings, issues, List.of());
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
        return new ReportFacts(document, place, facts, warnings, found, themes);
    }

    /** The same report with the themes the topics stage read. */
    public ReportFacts withThemes(List<ThemeMention> read) {
        return new ReportFacts(document, place, facts, warnings, issues, read);
    }

    /**
     * The same report placed again (the cache keeps what was read, the place depends on the aliases too), with the
     * grounds decided for that place.
     */
    public ReportFacts withPlace(Place resolved, Grounds grounds) {
        return new ReportFacts(document.withGrounds(grounds), resolved, facts, warnings, issues, themes);
    }

    /** Whether an issue of {@code kind} concerns the whole report (duplicate, year unknown). */
    public boolean has(QualityIssue.Kind kind) {
        return issues.stream().anyMatch(i -> i.kind() == kind);
    }

    /** The same facts with a {@linkplain Document#compact compact} document, for holding many reports at once. */
    public ReportFacts compact() {
        return new ReportFacts(document.compact(), place, facts, warnings, issues, themes);
    }

    /** The same facts with a document {@linkplain Document#withoutText without text}. */
    public ReportFacts withoutText() {
        return new ReportFacts(document.withoutText(), place, facts, warnings, issues, themes);
    }

    /**
     * The mentions quoting one string per sentence: a sentence naming three themes, a figure's quote and a problem
     * sentence the document keeps are held once (read from the cache, each would be a string of its own).
     */
    private static List<ThemeMention> shared(List<ThemeMention> themes, List<Fact> facts, Document document) {
        if (themes.isEmpty()) return List.of();
        Map<String, String> held = new HashMap<>();
        for (Fact f : facts) if (f.quote() != null) held.putIfAbsent(f.quote(), f.quote());
        if (document != null) for (Sentence s : document.sentences()) held.putIfAbsent(s.text(), s.text());
        return themes.stream().map(m -> {
            String one = held.putIfAbsent(m.sentence(), m.sentence());
            return one == null || one == m.sentence() ? m : m.withSentence(one);
        }).toList();
    }
}
