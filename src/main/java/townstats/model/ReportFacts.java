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
}
