package townstats.analyze;

import townstats.catalog.Catalog;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.regression.SimpleRegression;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spearman rank correlation of two indicators' values over the towns of one year having both
 * ({@link #MIN_TOWNS} at least). For the strongest pairs (|ρ| ≥ {@link #STRONG}, at most {@link #MAX_FITS}
 * per year) a least-squares line y = intercept + slope · x on the raw values, for the scatter chart.
 *
 * @param x,y       indicator ids (catalogue order: x before y)
 * @param xs,ys     the paired values, by report in {@code reports}
 * @param fit       the regression, or null for a weak pair
 */
public record Correlation(int year, String x, String y, int n, double rho, List<String> reports,
                          double[] xs, double[] ys, Fit fit) {
    public static final int MIN_TOWNS = 8;
    public static final double STRONG = 0.5;
    public static final int MAX_FITS = 10;

    public Correlation {
        reports = List.copyOf(reports);
        xs = xs.clone();
        ys = ys.clone();
    }

    public record Fit(double slope, double intercept, double rSquared) {
    }

    public static List<Correlation> compute(int year, List<Observation> observations, Catalog catalog) {
        Map<String, Map<String, Double>> byIndicator = new LinkedHashMap<>();
        for (Observation o : observations) {
            if (o.year() != year || !o.measure().equals(Observation.VALUE) || !o.annual()
                    || !catalog.indicators().containsKey(o.indicator())) continue;
            byIndicator.computeIfAbsent(o.indicator(), k -> new LinkedHashMap<>()).put(o.report(), o.value());
        }
        List<String> ids = catalog.indicators().keySet().stream().filter(byIndicator::containsKey).toList();
        List<Correlation> out = new ArrayList<>();
        for (int a = 0; a < ids.size(); a++) {
            for (int b = a + 1; b < ids.size(); b++) {
                Map<String, Double> mx = byIndicator.get(ids.get(a));
                Map<String, Double> my = byIndicator.get(ids.get(b));
                List<String> both = mx.keySet().stream().filter(my::containsKey).sorted().toList();
                if (both.size() < MIN_TOWNS) continue;
                double[] xs = both.stream().mapToDouble(mx::get).toArray();
                double[] ys = both.stream().mapToDouble(my::get).toArray();
                double rho = new SpearmansCorrelation().correlation(xs, ys);
                if (Double.isNaN(rho)) continue; // a constant column
                out.add(new Correlation(year, ids.get(a), ids.get(b), both.size(), rho, both, xs, ys, null));
            }
        }
        out.sort(Comparator.comparingDouble((Correlation c) -> -Math.abs(c.rho())));
        for (int i = 0; i < out.size() && i < MAX_FITS; i++) {
            Correlation c = out.get(i);
            if (Math.abs(c.rho()) < STRONG) break;
            SimpleRegression reg = new SimpleRegression();
            for (int t = 0; t < c.xs().length; t++) reg.addData(c.xs()[t], c.ys()[t]);
            out.set(i, new Correlation(c.year(), c.x(), c.y(), c.n(), c.rho(), c.reports(), c.xs(), c.ys(),
                    new Fit(reg.getSlope(), reg.getIntercept(), reg.getRSquare())));
        }
        return out;
    }
}
