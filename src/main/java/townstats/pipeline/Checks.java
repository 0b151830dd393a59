package townstats.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import townstats.model.ReportFacts;

/**
 * Checks after reading: two reports for the same town and year are both kept and both flagged; absurd
 * figures are kept and flagged (see {@link Plausibility}).
 */
final class Checks {
    private Checks() {
    }

    /** Adds a warning "不合理数值: population -300" to a report for each absurd fact. */
    static List<ReportFacts> flagAbsurd(List<ReportFacts> reports) {
        List<ReportFacts> out = new ArrayList<>(reports.size());
        for (ReportFacts r : reports) {
            List<String> problems = r.facts().stream().map(Plausibility::problem).filter(p -> p != null).toList();
            if (problems.isEmpty()) {
                out.add(r);
                continue;
            }
            List<String> warnings = new ArrayList<>(r.warnings());
            for (String p : problems) warnings.add(Plausibility.WARNING + p);
            out.add(new ReportFacts(r.document(), r.place(), r.facts(), warnings));
        }
        return out;
    }

    static List<ReportFacts> flagDuplicates(List<ReportFacts> reports) {
        Map<String, List<String>> idsByKey = new HashMap<>();
        for (ReportFacts r : reports) {
            String key = key(r);
            if (key != null) idsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(r.reportId());
        }
        List<ReportFacts> out = new ArrayList<>(reports.size());
        for (ReportFacts r : reports) {
            String key = key(r);
            List<String> ids = key == null ? List.of() : idsByKey.get(key);
            if (ids.size() < 2) {
                out.add(r);
                continue;
            }
            List<String> others = ids.stream().filter(id -> !id.equals(r.reportId())).toList();
            List<String> warnings = new ArrayList<>(r.warnings());
            warnings.add(Plausibility.DUPLICATE + r.document().town() + " " + r.document().year() + "年 also in " + String.join(", ", others)
                    + "; neither is ranked");
            out.add(new ReportFacts(r.document(), r.place(), r.facts(), warnings));
        }
        return out;
    }

    /** Same town and year; anonymised and year-less reports have no key (they never collide). */
    private static String key(ReportFacts r) {
        if (r.document().anonymised() || r.document().year() == null) return null;
        String place = r.place() != null && r.place().divisionCode() != null ? r.place().divisionCode()
                : r.document().county() + "/" + r.document().town();
        return place + "@" + r.document().year();
    }
}
