package townstats.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import townstats.analyze.RankEntry;
import townstats.analyze.Ranking;

/**
 * Each report's places in the rankings, indexed once for every page that links a figure to the row showing it (the
 * profile's cards and marks, the reader page's figures): report → indicator → (ranking, row), all towns first, then
 * province, city, county, values before growth rates. Nested rather than keyed by a joined string, which at
 * national scale meant millions of strings.
 */
final class Places {
    private final Map<String, SortedMap<String, List<Map.Entry<Ranking, RankEntry>>>> byReport = new HashMap<>();

    Places(List<Ranking> rankings) {
        // the tables in the order of a report's places, so that every list is made in order, not sorted one by one
        List<Ranking> ordered = new ArrayList<>(rankings);
        ordered.sort(Comparator.comparingInt((Ranking t) -> SiteContext.width(t.group()))
                .thenComparing(Ranking::group)
                .thenComparing(t -> !t.measure().equals(SiteContext.VALUE)));
        for (Ranking t : ordered) {
            for (RankEntry row : t.entries()) {
                byReport.computeIfAbsent(row.report(), k -> new TreeMap<>())
                        .computeIfAbsent(t.indicator(), k -> new ArrayList<>()).add(Map.entry(t, row));
            }
        }
    }

    /** The report's places, by indicator in id order. */
    SortedMap<String, List<Map.Entry<Ranking, RankEntry>>> of(String report) {
        return byReport.getOrDefault(report, Collections.emptySortedMap());
    }

    /** The report's places in the rankings of one indicator. */
    List<Map.Entry<Ranking, RankEntry>> of(String report, String indicator) {
        return of(report).getOrDefault(indicator, List.of());
    }
}
