package townstats.analyze;

import townstats.catalog.Catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The towns most like a town in the same year. The distance of two towns is the root mean square, over the catalogue
 * indicators both have, of the logarithm of the ratio of their values (town figures span orders of magnitude; 0.1 is
 * about 10 % apart on average), so that pairs sharing different numbers of indicators are comparable. A pair needs
 * {@link #MIN_SHARED} shared indicators. The distance of two towns depends on their own figures only, not on the
 * spread of the other towns: a new report moves no other pair closer or apart, so it changes only the lists it
 * enters. In a year with more than {@link #NATIONWIDE_UP_TO} towns, a town's neighbours are sought in its own province.
 */
public record SimilarTowns(String report, String town, int year, List<Neighbour> neighbours) {
    public static final int MIN_SHARED = 3;
    public static final int MAX_NEIGHBOURS = 5;
    /** Up to this many towns in a year, neighbours are searched among all of them; beyond it, within the province. */
    public static final int NATIONWIDE_UP_TO = 2000;

    public SimilarTowns {
        neighbours = List.copyOf(neighbours);
    }

    /** @param distance RMS of the log ratios of the shared indicators' values; 0 = identical profile */
    public record Neighbour(String report, String town, double distance, int shared) {
    }

    public static List<SimilarTowns> find(int year, List<Observation> observations, Catalog catalog) {
        Map<String, Map<String, Double>> logs = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> provinces = new java.util.HashMap<>();
        for (Observation o : observations) {
            if (o.year() != year || !o.measure().equals(Observation.VALUE) || !o.annual() || o.value() <= 0
                    || !catalog.indicators().containsKey(o.indicator())) continue;
            logs.computeIfAbsent(o.report(), k -> new LinkedHashMap<>()).put(o.indicator(), Math.log(o.value()));
            names.put(o.report(), o.townName());
            o.town().groups().stream().filter(g -> g.startsWith("province:")).findFirst().ifPresent(g -> provinces.put(o.report(), g));
        }
        // Dense rows (NaN = not reported) so the all-pairs scan is array arithmetic, not map lookups.
        List<String> indicators = logs.values().stream().flatMap(m -> m.keySet().stream()).distinct().sorted().toList();
        List<String> reports = List.copyOf(logs.keySet());
        double[][] rows = new double[reports.size()][];
        for (int i = 0; i < rows.length; i++) {
            double[] row = new double[indicators.size()];
            java.util.Arrays.fill(row, Double.NaN);
            Map<String, Double> m = logs.get(reports.get(i));
            for (int k = 0; k < row.length; k++) {
                Double v = m.get(indicators.get(k));
                if (v != null) row[k] = v;
            }
            rows[i] = row;
        }
        // Beyond a city's or a small province's number of towns, neighbours come from the town's own province: the
        // peers officials know, and an all-pairs scan of a national year (~10,000 towns) would cost a minute.
        Map<String, List<Integer>> pools = new LinkedHashMap<>();
        for (int i = 0; i < rows.length; i++) {
            String pool = rows.length <= NATIONWIDE_UP_TO ? "all" : provinces.getOrDefault(reports.get(i), "");
            pools.computeIfAbsent(pool, k -> new ArrayList<>()).add(i);
        }
        Map<Integer, int[]> poolOf = new java.util.HashMap<>();
        for (List<Integer> pool : pools.values()) {
            int[] members = pool.stream().mapToInt(Integer::intValue).toArray();
            for (int i : members) poolOf.put(i, members);
        }
        return java.util.stream.IntStream.range(0, rows.length).parallel()
                .mapToObj(i -> nearest(i, poolOf.get(i), rows, reports, names, year))
                .filter(java.util.Objects::nonNull).toList();
    }

    /** The town's {@link #MAX_NEIGHBOURS} nearest, kept in a small sorted list rather than sorting every pair. */
    private static SimilarTowns nearest(int i, int[] pool, double[][] rows, List<String> reports, Map<String, String> names,
                                        int year) {
        Comparator<Neighbour> order = Comparator.comparingDouble(Neighbour::distance).thenComparing(Neighbour::report);
        List<Neighbour> near = new ArrayList<>(MAX_NEIGHBOURS + 1);
        double[] a = rows[i];
        for (int j : pool) {
            if (j == i) continue;
            double[] b = rows[j];
            double sum = 0;
            int shared = 0;
            for (int k = 0; k < a.length; k++) {
                double d = a[k] - b[k];
                if (d != d) continue; // NaN: one of the two lacks the indicator
                sum += d * d;
                shared++;
            }
            if (shared < MIN_SHARED) continue;
            double distance = Math.sqrt(sum / shared);
            if (near.size() == MAX_NEIGHBOURS && distance > near.get(MAX_NEIGHBOURS - 1).distance()) continue;
            Neighbour n = new Neighbour(reports.get(j), names.get(reports.get(j)), distance, shared);
            int at = java.util.Collections.binarySearch(near, n, order);
            near.add(at < 0 ? -at - 1 : at, n);
            if (near.size() > MAX_NEIGHBOURS) near.remove(MAX_NEIGHBOURS);
        }
        return near.isEmpty() ? null : new SimilarTowns(reports.get(i), names.get(reports.get(i)), year, near);
    }
}
