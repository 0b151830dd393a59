package townstats.analyze;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 综合发展指数 of one year (see {@link EntropyTopsis} for the method).
 *
 * @param indicators   indicators used, in catalogue order
 * @param weights      entropy weight of each used indicator (they sum to 1)
 * @param coverage     share of the year's towns having each indicator of the index as the year's figure, 0—1
 * @param towns        towns of the year
 * @param entries      scored towns by rank
 * @param insufficient towns missing too many of the used indicators: 数据不足, not scored
 */
public record CompositeIndex(int year, List<String> indicators, Map<String, Double> weights,
                             Map<String, Double> coverage, int towns, List<Entry> entries,
                             List<Insufficient> insufficient) {
    public CompositeIndex {
        indicators = List.copyOf(indicators);
        // kept in catalogue order: Map.copyOf's order changes from run to run, and analysis.json is written in this order
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        coverage = Collections.unmodifiableMap(new LinkedHashMap<>(coverage));
        entries = List.copyOf(entries);
        insufficient = List.copyOf(insufficient);
    }

    /**
     * @param closeness TOPSIS relative closeness C = D− / (D+ + D−), 0—1, higher is more developed
     * @param rank      competition rank by closeness
     * @param imputed   used indicators the town lacks, filled with the median (flag imputed:ID on the site)
     */
    public record Entry(String report, String town, String townKey, double closeness, int rank, double dPlus,
                        double dMinus, List<String> imputed) {
        public Entry {
            imputed = List.copyOf(imputed);
        }
    }

    /** 数据不足: the town has {@code available} of the {@code required} indicators needed. */
    public record Insufficient(String report, String town, String townKey, int available, int required) {
    }
}
