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

    TownSeries(Rand rand, int firstYear, int years) {
        this.firstYear = firstYear;
        RandomGenerator rng = rand.generator();
        double[] factors = new MultivariateNormalDistribution(rng, new double[]{0, 0}, FACTOR_COVARIANCE).sample();
        double size = factors[0];
        double wealth = factors[1];
        double householdSize = rand.uniform(2.6, 3.8);
        for (Indicator ind : Indicator.values()) {
            double logMedian = StrictMath.log(ind.median) + ind.sizeLoading * size + ind.wealthLoading * wealth;
            double level = new LogNormalDistribution(rng, logMedian, ind.sigma).sample();
            double[] v = new double[years];
            double[] g = new double[years];
            v[0] = clamp(level, ind.min, ind.max);
            g[0] = growth(rand, ind);
            for (int k = 1; k < years; k++) {
                g[k] = growth(rand, ind);
                v[k] = v[k - 1] * (1 + g[k] / 100);
            }
            values.put(ind, v);
            growths.put(ind, g);
        }
        // Households follow population (the drawn level above is discarded), year by year.
        double[] pop = values.get(Indicator.POPULATION);
        double[] hh = values.get(Indicator.HOUSEHOLDS);
        double[] popGrowth = growths.get(Indicator.POPULATION);
        for (int k = 0; k < years; k++) {
            hh[k] = pop[k] / householdSize;
            growths.get(Indicator.HOUSEHOLDS)[k] = popGrowth[k];
        }
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
