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
        for (Ranking t : rankings) {
            for (RankEntry row : t.entries()) {
                byReport.computeIfAbsent(row.report(), k -> new TreeMap<>())
                        .computeIfAbsent(t.indicator(), k -> new ArrayList<>()).add(Map.entry(t, row));
            }
        }
        // sorted once here, not per card or figure
        Comparator<Map.Entry<Ranking, RankEntry>> order = Comparator
                .comparingInt((Map.Entry<Ranking, RankEntry> e) -> SiteContext.width(e.getKey().group()))
                .thenComparing(e -> e.getKey().group())
                .thenComparing(e -> !e.getKey().measure().equals(SiteContext.VALUE));
        byReport.values().forEach(byIndicator -> byIndicator.values().forEach(list -> list.sort(order)));
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
