package townstats.topics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import townstats.model.ReportFacts;
import townstats.model.SectionKind;
import townstats.model.Sentence;
import townstats.model.ThemeMention;

/**
 * A problem sentence no theme of the catalogue covers: what the catalogue's maintainer reads to find the words it misses.
 * (The sentences that only frame the part, {@link TopicReader#frames}, state no problem and are not listed.)
 *
 * @param start the sentence's start in the report's cleaned text (the reader page shows it there)
 */
public record Uncovered(String report, int start, int end, String text) {
    /** The problem sentences of a report that name no theme, in text order (the compact document keeps them all). */
    public static List<Uncovered> of(ReportFacts r) {
        Set<Integer> themed = new HashSet<>();
        for (ThemeMention m : r.themes()) if (m.section() == SectionKind.PROBLEMS) themed.add(m.start());
        List<Uncovered> out = new ArrayList<>();
        for (Sentence s : r.document().sentences()) {
            if (s.section() != SectionKind.PROBLEMS || themed.contains(s.start()) || TopicReader.frames(s.text())) continue;
            out.add(new Uncovered(r.reportId(), s.start(), s.end(), s.text()));
        }
        return out;
    }

    /** Every report's, in the order given. */
    public static List<Uncovered> of(List<ReportFacts> reports) {
        List<Uncovered> out = new ArrayList<>();
        for (ReportFacts r : reports) out.addAll(of(r));
        return out;
    }
}
