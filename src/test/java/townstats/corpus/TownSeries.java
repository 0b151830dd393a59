package townstats.corpus;

import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.MultivariateNormalDistribution;
import org.apache.commons.math3.random.RandomGenerator;

import java.util.EnumMap;
import java.util.Map;

/**
 * One town's true indicator values over consecutive years. A town draws a latent size and wealth
 * (correlated normals); each indicator's first-year level is log-normal around them, and later years
 * follow value × (1 + growth), so a town's reports agree with each other from year to year.
 */
final class TownSeries {
    /** Size and wealth go together a little: bigger towns tend to be somewhat richer. */
    private static final double[][] FACTOR_COVARIANCE = {{1.0, 0.25}, {0.25, 1.0}};

    private final int firstYear;
    private final Map<Indicator, double[]> values = new EnumMap<>(Indicator.class);
    private final Map<Indicator, double[]> growths = new EnumMap<>(Indicator.class);

    TownSeries(Rand rand, int firstYear, int years, double wealthShift) {
        this.firstYear = firstYear;
        RandomGenerator rng = rand.generator();
        double[] factors = new MultivariateNormalDistribution(rng, new double[]{0, 0}, FACTOR_COVARIANCE).sample();
        double size = factors[0];
        double wealth = factors[1] + wealthShift;
        for (Indicator ind : Indicator.values()) {
            double logMedian = StrictMath.log(ind.median) + ind.sizeLoading * size + ind.wealthLoading * wealth;
            LogNormalDistribution distribution = new LogNormalDistribution(rng, logMedian, ind.sigma);
            // Incomes keep rising; leave them room so later years rarely hit the ceiling.
            double ceiling = ind.kind == Indicator.Kind.INCOME ? ind.max / Math.pow(1.08, years - 1) : ind.max;
            double[] v = new double[years];
            double[] g = new double[years];
            v[0] = truncated(distribution, ind.min, ceiling);
            g[0] = growth(rand, ind);
            for (int k = 1; k < years; k++) {
                g[k] = growth(rand, ind);
                v[k] = clamp(v[k - 1] * (1 + g[k] / 100), ind.min, ind.max);
                g[k] = (v[k] / v[k - 1] - 1) * 100; // a clamped value states the growth it really had
            }
            values.put(ind, v);
            growths.put(ind, g);
        }
        // Parts never exceed their whole: a share of the parent that drifts a little from year to year.
        share(rand, Indicator.BUDGET_REVENUE, Indicator.FISCAL_REVENUE, 0.40, 0.75);
        share(rand, Indicator.TAX_REVENUE, Indicator.FISCAL_REVENUE, 0.55, 0.90);
        share(rand, Indicator.INDUSTRIAL_OUTPUT_ABOVE_SCALE, Indicator.INDUSTRIAL_OUTPUT, 0.55, 0.95);
        double people = rand.uniform(1 / 3.8, 1 / 2.6); // households per person: 2.6–3.8 people per household
        share(rand, Indicator.HOUSEHOLDS, Indicator.POPULATION, people, people);
        // 工农业总产值 is industry plus agriculture.
        double[] sum = values.get(Indicator.AGRI_INDUSTRIAL_OUTPUT);
        for (int k = 0; k < years; k++) {
            sum[k] = values.get(Indicator.INDUSTRIAL_OUTPUT)[k] + values.get(Indicator.AGRICULTURAL_OUTPUT)[k];
        }
        impliedGrowth(Indicator.AGRI_INDUSTRIAL_OUTPUT);
    }

    /** A draw within [lo, hi] by rejection (a truncated log-normal, no pile-up at the bounds). */
    private static double truncated(LogNormalDistribution distribution, double lo, double hi) {
        double x = distribution.sample();
        for (int tries = 0; (x < lo || x > hi) && tries < 100; tries++) x = distribution.sample();
        return clamp(x, lo, hi);
    }

    /** Sets child = share × parent, with the share drifting within [lo, hi]. */
    private void share(Rand rand, Indicator child, Indicator parent, double lo, double hi) {
        double[] v = values.get(child);
        double[] p = values.get(parent);
        double share = rand.uniform(lo, hi);
        for (int k = 0; k < v.length; k++) {
            if (k > 0) share = clamp(share * (1 + rand.normal(0, 0.03)), lo, hi);
            v[k] = share * p[k];
        }
        impliedGrowth(child);
    }

    /** Growth that agrees with the values: the first year's follows its drawn noise, later years' are exact. */
    private void impliedGrowth(Indicator ind) {
        double[] v = values.get(ind);
        double[] g = growths.get(ind);
        for (int k = 1; k < v.length; k++) g[k] = (v[k] / v[k - 1] - 1) * 100;
    }

    /**
     * How much richer than the national middle a province's towns are (added to the latent wealth):
     * the east coast well above, the north-east and south-west below, the far west lowest.
     */
    static double provinceWealth(String provinceCode) {
        return switch (provinceCode) {
            case "11", "12", "31", "32", "33", "44" -> 0.8;
            case "35", "37" -> 0.5;
            case "22", "23", "45", "46" -> -0.2;
            case "52", "53", "54", "62", "63", "64", "65" -> -0.5;
            default -> 0.0;
        };
    }

    /** Year-on-year growth in percent: flows around 6 ± 8, incomes steadier, stocks nearly flat. */
    private static double growth(Rand rand, Indicator ind) {
        return switch (ind.kind) {
            case MONEY, KEY_PROJECTS -> clamp(rand.normal(6, 8), -35, 45);
            case INCOME -> clamp(rand.normal(6.5, 2), 0, 14);
            case POPULATION, HOUSEHOLDS -> clamp(rand.normal(0.2, 1), -3, 3);
            case AREA, ADMIN_UNITS -> 0;
            case LAND -> clamp(rand.normal(0, 0.5), -2, 2);
        };
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }

    /** The true full-year value in the canonical unit. */
    double value(Indicator ind, int year) {
        return values.get(ind)[year - firstYear];
    }

    /** The true growth over the previous year, percent. */
    double growth(Indicator ind, int year) {
        return growths.get(ind)[year - firstYear];
    }
}
