package townstats.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The planted values look like real towns: right-skewed money, correlated size indicators, sane growth. */
class DistributionTest {
    @TempDir
    static Path tmp;
    static CorpusFixture corpus;

    @BeforeAll
    static void generate() {
        corpus = CorpusFixture.generate(tmp, 500, 1, 21);
    }

    /** Full-year summary values of one indicator, by report. */
    private static final java.util.Set<String> STOCKS = java.util.Set.of("population", "households", "area", "cultivated_land",
            "forest_land", "admin_units");

    private static Map<String, Double> annual(String indicator) {
        Map<String, Double> values = new HashMap<>();
        for (JsonNode f : corpus.facts) {
            JsonNode period = f.get("period");
            // a year's figure: a flow over the whole year, or a stock (which covers no months)
            boolean yearly = period.isNull() ? STOCKS.contains(indicator) : period.get("to").asInt() == 12;
            if (f.get("indicator").asText().equals(indicator) && f.get("section").asText().equals("summary") && yearly) {
                values.put(f.get("report").asText(), f.get("value").asDouble());
            }
        }
        return values;
    }

    @Test
    void moneyIsLogNormalish() {
        for (String indicator : List.of("gdp", "fiscal_revenue", "retail_sales")) {
            DescriptiveStatistics raw = new DescriptiveStatistics();
            DescriptiveStatistics logs = new DescriptiveStatistics();
            annual(indicator).values().forEach(v -> {
                raw.addValue(v);
                logs.addValue(Math.log(v));
            });
            assertTrue(raw.getN() > 100, indicator + " n=" + raw.getN());
            assertTrue(raw.getMean() > 1.1 * raw.getPercentile(50), indicator + ": mean well above median (right skew)");
            assertTrue(raw.getSkewness() > 1, indicator + " skewed: " + raw.getSkewness());
            assertTrue(Math.abs(logs.getSkewness()) < 0.6, indicator + " log-symmetric: " + logs.getSkewness());
        }
    }

    @Test
    void populationAndGdpCorrelate() {
        Map<String, Double> gdp = annual("gdp");
        Map<String, Double> population = annual("population");
        List<double[]> pairs = new ArrayList<>();
        gdp.forEach((report, g) -> {
            Double p = population.get(report);
            if (p != null) pairs.add(new double[]{Math.log(p), Math.log(g)});
        });
        assertTrue(pairs.size() > 50, "pairs " + pairs.size());
        double r = new PearsonsCorrelation().correlation(pairs.stream().mapToDouble(a -> a[0]).toArray(),
                pairs.stream().mapToDouble(a -> a[1]).toArray());
        assertTrue(r > 0.3, "corr(log population, log gdp) = " + r);
    }

    @Test
    void statedGrowthIsAroundSixPercent() {
        DescriptiveStatistics growth = new DescriptiveStatistics();
        for (JsonNode f : corpus.facts) {
            if (f.get("section").asText().equals("summary") && !f.get("growth").isNull()
                    && !f.get("indicator").asText().endsWith("income")) {
                growth.addValue(f.get("growth").asDouble());
            }
        }
        assertTrue(growth.getMean() > 4 && growth.getMean() < 8, "mean growth " + growth.getMean());
        assertTrue(growth.getStandardDeviation() > 6 && growth.getStandardDeviation() < 10, "sd " + growth.getStandardDeviation());
        assertTrue(growth.getMin() < 0, "some figures fall");
    }

    @Test
    void levelsStayInTheirRanges() {
        annual("rural_income").values().forEach(v -> assertTrue(v >= 12_000 && v <= 35_000, "rural income " + v));
        annual("population").values().forEach(v -> assertTrue(v >= 8_000 && v <= 120_000, "population " + v));
        annual("area").values().forEach(v -> assertTrue(v >= 30 && v <= 400, "area " + v));
        annual("admin_units").values().forEach(v -> assertTrue(v >= 8 && v <= 40, "admin units " + v));
    }

    @Test
    void coverageVariesBetweenFortyAndNinetyPercent() {
        DescriptiveStatistics coverage = new DescriptiveStatistics();
        for (JsonNode r : corpus.reports) {
            if (!r.get("kind").asText().matches("normal|gbk|no_year")) continue;
            long distinct = corpus.factsOf(r).stream().filter(f -> f.get("section").asText().equals("summary"))
                    .map(f -> f.get("indicator").asText()).distinct().count();
            coverage.addValue(distinct / (double) Indicator.values().length);
        }
        assertTrue(coverage.getMin() >= 0.35 && coverage.getMax() <= 0.95, coverage.getMin() + ".." + coverage.getMax());
        assertTrue(coverage.getStandardDeviation() > 0.08, "varied coverage");
    }
}
