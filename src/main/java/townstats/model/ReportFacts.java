package townstats.model;

import java.util.List;

/** Everything the per-report stages learned about one report: the unit the whole-corpus stages work on. */
public record ReportFacts(Document document, Place place, List<Fact> facts, List<String> warnings) {
    public ReportFacts {
        facts = List.copyOf(facts);
        warnings = List.copyOf(warnings);
    }

    public String reportId() {
        return document.report().id();
    }

    /** The same facts with a {@linkplain Document#compact compact} document, for holding many reports at once. */
    public ReportFacts compact() {
        return new ReportFacts(document.compact(), place, facts, warnings);
    }

    /** The same facts with a document {@linkplain Document#withoutText without text}. */
    public ReportFacts withoutText() {
        return new ReportFacts(document.withoutText(), place, facts, warnings);
    }
}
