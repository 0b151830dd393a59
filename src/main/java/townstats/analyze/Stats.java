package townstats.analyze;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Descriptive statistics of one group's figures. Quartiles and median use Hyndman–Fan type 7 (Commons
 * Math {@code R_7}), the definition of Excel/WPS QUARTILE.INC and MEDIAN, so officials can check them in a
 * spreadsheet. sd is the sample standard deviation (n − 1), null below two figures; cv = sd / mean, null
 * when either is missing or mean is 0.
 */
public record Stats(int n, double mean, double median, double q1, double q3, double min, double max,
                    Double sd, Double cv) {

    public static Stats of(double[] values) {
        if (values.length == 0) throw new IllegalArgumentException("no values");
        DescriptiveStatistics d = new DescriptiveStatistics(values);
        d.setPercentileImpl(new Percentile().withEstimationType(Percentile.EstimationType.R_7));
        Double sd = values.length >= 2 ? d.getStandardDeviation() : null;
        Double cv = sd != null && d.getMean() != 0 ? sd / d.getMean() : null;
        return new Stats(values.length, d.getMean(), d.getPercentile(50), d.getPercentile(25), d.getPercentile(75),
                d.getMin(), d.getMax(), sd, cv);
    }
}
