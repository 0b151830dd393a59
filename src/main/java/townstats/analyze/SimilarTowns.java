package townstats.analyze;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The towns most like a town in the same year. Each catalogue indicator's value is log-transformed (town
 * figures span orders of magnitude) and standardised to z over the year's towns; the distance of two towns is
 * the root mean square of their z differences over the indicators both have, so that pairs sharing different
 * numbers of indicators are comparable. A pair needs {@link #MIN_SHARED} shared indicators.
 */
public record SimilarTowns(String report, String town, int year, List<Neighbour> neighbours) {
    public static final int MIN_SHARED = 3;
    public static final int MAX_NEIGHBOURS = 5;

    public SimilarTowns {
        neighbours = List.copyOf(neighbours);
    }

    /** @param distance RMS of standardised log differences; 0 = identical profile */
    public record Neighbour(String report, String town, double distance, int shared) {
    }

    public static List<SimilarTowns> find(int year, List<Observation> observations, Catalog catalog) {
        Map<String, Map<String, Double>> logs = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Observation o : observations) {
            if (o.year() != year || !o.measure().equals(Observation.VALUE) || !o.rankable() || o.value() <= 0
                    || !catalog.indicators().containsKey(o.indicator())) continue;
            logs.computeIfAbsent(o.report(), k -> new LinkedHashMap<>()).put(o.indicator(), Math.log(o.value()));
            names.put(o.report(), o.townName());
        }
        // standardise each indicator over the towns having it
        Map<String, SummaryStatistics> stats = new LinkedHashMap<>();
        logs.values().forEach(m -> m.forEach((id, v) -> stats.computeIfAbsent(id, k -> new SummaryStatistics()).addValue(v)));
        Map<String, Map<String, Double>> z = new LinkedHashMap<>();
        logs.forEach((report, m) -> m.forEach((id, v) -> {
            SummaryStatistics s = stats.get(id);
            if (s.getN() >= 3 && s.getStandardDeviation() > 0) {
                z.computeIfAbsent(report, k -> new LinkedHashMap<>()).put(id, (v - s.getMean()) / s.getStandardDeviation());
            }
        }));
        List<SimilarTowns> out = new ArrayList<>();
        for (var a : z.entrySet()) {
            List<Neighbour> near = new ArrayList<>();
            for (var b : z.entrySet()) {
                if (a.getKey().equals(b.getKey())) continue;
                double sum = 0;
                int shared = 0;
                for (var e : a.getValue().entrySet()) {
                    Double other = b.getValue().get(e.getKey());
                    if (other == null) continue;
                    sum += (e.getValue() - other) * (e.getValue() - other);
                    shared++;
                }
                if (shared >= MIN_SHARED) {
                    near.add(new Neighbour(b.getKey(), names.get(b.getKey()), Math.sqrt(sum / shared), shared));
                }
            }
            near.sort(Comparator.comparingDouble(Neighbour::distance).thenComparing(Neighbour::report));
            if (!near.isEmpty()) {
                out.add(new SimilarTowns(a.getKey(), names.get(a.getKey()), year,
                        near.subList(0, Math.min(MAX_NEIGHBOURS, near.size()))));
            }
        }
        return out;
    }
}
