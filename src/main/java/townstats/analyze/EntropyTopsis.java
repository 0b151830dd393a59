package townstats.analyze;

import townstats.catalog.Catalog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import townstats.model.ReportFacts;

/**
 * 熵权-TOPSIS composite development index, one per year over all towns of that year.
 *
 * <ol>
 * <li><b>Indicators</b>: one fixed set, the same in every year, covering output, fiscal revenue, investment and
 *     income ({@link #INDICATORS}: 地区生产总值, 财政总收入, 固定资产投资, 规模以上工业总产值, 农村居民人均可支配收入,
 *     村集体经济收入), each as the year's figure (a part-year figure is not a year's size). An indicator the
 *     catalogue marks {@code development: false} is left out.</li>
 * <li><b>Towns</b>: a town needs at least {@link #MIN_INDICATORS} of them; one with fewer is listed as 数据不足 and
 *     not scored. At least {@link Ranker#MIN_RANKED} scored towns are needed, as for a ranking.</li>
 * <li><b>Normalisation</b>: min–max over the scored towns, r = (x − min) / (max − min), every indicator being
 *     benefit-type (more is better); a constant indicator gets r = 1 (and weight 0).</li>
 * <li><b>Entropy weights</b> from the observed r only: p = r / Σr, e = −Σ p ln p / ln n (0 · ln 0 = 0),
 *     d = 1 − e, w = d / Σd (equal weights if every d is 0).</li>
 * <li><b>Gaps</b>: a scored town's missing indicator (at most {@code INDICATORS − MIN_INDICATORS} of them) is
 *     filled with the median r of the towns that have it (a typical value: neither helps nor hurts much) and listed
 *     in {@code imputed}.</li>
 * <li><b>TOPSIS</b>: v = w·r; ideal v⁺ = max v, anti-ideal v⁻ = min v per indicator;
 *     D⁺ = √Σ(v − v⁺)², D⁻ = √Σ(v − v⁻)², closeness C = D⁻ / (D⁺ + D⁻).</li>
 * </ol>
 */
public final class EntropyTopsis {
    /** The index's indicators: output (GDP, industry), fiscal revenue, investment, income (rural, village collective). */
    public static final List<String> INDICATORS = List.of("gdp", "fiscal_revenue", "fixed_investment",
            "industrial_output_above_scale", "rural_income", "collective_income");
    /** A town is scored when it has at least this many of {@link #INDICATORS} for the year. */
    public static final int MIN_INDICATORS = 4;

    private EntropyTopsis() {
    }

    /** The index's indicators in a catalogue: the fixed set in catalogue order, less any it lacks or marks not development. */
    public static List<String> indicators(Catalog catalog) {
        return catalog.indicators().values().stream().filter(i -> INDICATORS.contains(i.id()) && i.development())
                .map(Catalog.Indicator::id).toList();
    }

    /**
     * The index of one year, or empty when too few towns have enough of its indicators.
     *
     * @param reports      the year's reports (one per town): a report without any figure still counts as a
     *                     town of the year and is listed as 数据不足
     * @param observations value observations (other years and measures are ignored)
     */
    public static Optional<CompositeIndex> compute(int year, List<ReportFacts> reports, List<Observation> observations,
                                                   Catalog catalog) {
        List<String> chosen = indicators(catalog);
        // report → indicator → value, for ranked figures of the whole year only
        Map<String, Map<String, Double>> table = new LinkedHashMap<>();
        Map<String, ReportFacts> byId = new LinkedHashMap<>();
        for (ReportFacts r : reports) {
            if (r.document().year() == null || r.document().year() != year) continue;
            byId.put(r.reportId(), r);
            table.put(r.reportId(), new LinkedHashMap<>());
        }
        for (Observation o : observations) {
            if (o.year() != year || !table.containsKey(o.report())) continue;
            if (o.measure().equals(Observation.VALUE) && o.annual() && chosen.contains(o.indicator())) {
                table.get(o.report()).put(o.indicator(), o.value());
            }
        }
        int towns = table.size();
        if (towns < Ranker.MIN_RANKED || chosen.isEmpty()) return Optional.empty();

        Map<String, Double> coverage = new LinkedHashMap<>();
        for (String id : chosen) {
            coverage.put(id, (double) table.values().stream().filter(m -> m.containsKey(id)).count() / towns);
        }
        int required = Math.min(MIN_INDICATORS, chosen.size());
        List<String> scored = new ArrayList<>();
        List<CompositeIndex.Insufficient> insufficient = new ArrayList<>();
        for (var e : table.entrySet()) {
            int available = (int) chosen.stream().filter(e.getValue()::containsKey).count();
            if (available >= required) {
                scored.add(e.getKey());
            } else {
                ReportFacts r = byId.get(e.getKey());
                insufficient.add(new CompositeIndex.Insufficient(r.reportId(), r.document().town(), TownIdentity.of(r).key(),
                        available, required));
            }
        }
        if (scored.size() < Ranker.MIN_RANKED) return Optional.empty();

        double[][] x = new double[scored.size()][chosen.size()];
        for (int i = 0; i < scored.size(); i++) {
            for (int j = 0; j < chosen.size(); j++) {
                Double v = table.get(scored.get(i)).get(chosen.get(j));
                x[i][j] = v == null ? Double.NaN : v;
            }
        }
        Result res = score(x);
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int j = 0; j < chosen.size(); j++) weights.put(chosen.get(j), res.weights[j]);

        List<CompositeIndex.Entry> entries = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            int higher = 0;
            for (double c : res.closeness) if (c > res.closeness[i]) higher++;
            List<String> imputed = new ArrayList<>();
            for (int j = 0; j < chosen.size(); j++) if (Double.isNaN(x[i][j])) imputed.add(chosen.get(j));
            ReportFacts r = byId.get(scored.get(i));
            entries.add(new CompositeIndex.Entry(r.reportId(), r.document().town(), TownIdentity.of(r).key(), res.closeness[i], 1 + higher,
                    res.dPlus[i], res.dMinus[i], imputed));
        }
        entries.sort(Comparator.comparingInt(CompositeIndex.Entry::rank).thenComparing(CompositeIndex.Entry::report));
        return Optional.of(new CompositeIndex(year, chosen, weights, coverage, towns, entries, insufficient));
    }

    /** Weights and TOPSIS scores of a towns × indicators matrix; NaN marks a missing cell. */
    public record Result(double[] weights, double[] dPlus, double[] dMinus, double[] closeness) {
    }

    public static Result score(double[][] x) {
        int n = x.length;
        int k = x[0].length;
        double[][] r = new double[n][k];
        double[] w = new double[k];
        double dSum = 0;
        for (int j = 0; j < k; j++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double[] row : x) {
                if (Double.isNaN(row[j])) continue;
                min = Math.min(min, row[j]);
                max = Math.max(max, row[j]);
            }
            List<Double> observed = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(x[i][j])) {
                    r[i][j] = Double.NaN;
                } else {
                    r[i][j] = max > min ? (x[i][j] - min) / (max - min) : 1.0;
                    observed.add(r[i][j]);
                }
            }
            w[j] = 1 - entropy(observed);
            dSum += w[j];
            // no scored town has it (a year nobody reported it): every town alike, weight 0 by its entropy
            double median = observed.isEmpty() ? 0.5 : new Percentile().withEstimationType(Percentile.EstimationType.R_7)
                    .evaluate(observed.stream().mapToDouble(Double::doubleValue).toArray(), 50);
            for (int i = 0; i < n; i++) if (Double.isNaN(r[i][j])) r[i][j] = median;
        }
        for (int j = 0; j < k; j++) w[j] = dSum > 0 ? w[j] / dSum : 1.0 / k;

        double[] best = new double[k];
        double[] worst = new double[k];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        Arrays.fill(worst, Double.POSITIVE_INFINITY);
        for (double[] row : r) {
            for (int j = 0; j < k; j++) {
                best[j] = Math.max(best[j], w[j] * row[j]);
                worst[j] = Math.min(worst[j], w[j] * row[j]);
            }
        }
        double[] dPlus = new double[n];
        double[] dMinus = new double[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            double sp = 0;
            double sm = 0;
            for (int j = 0; j < k; j++) {
                double v = w[j] * r[i][j];
                sp += (v - best[j]) * (v - best[j]);
                sm += (v - worst[j]) * (v - worst[j]);
            }
            dPlus[i] = Math.sqrt(sp);
            dMinus[i] = Math.sqrt(sm);
            c[i] = dPlus[i] + dMinus[i] == 0 ? 0.5 : dMinus[i] / (dPlus[i] + dMinus[i]);
        }
        return new Result(w, dPlus, dMinus, c);
    }

    /** Normalised Shannon entropy of non-negative values, 0 · ln 0 = 0; 1 when they carry no information. */
    static double entropy(List<Double> values) {
        double sum = values.stream().mapToDouble(Double::doubleValue).sum();
        if (values.size() < 2 || sum == 0) return 1;
        double h = 0;
        for (double v : values) {
            double p = v / sum;
            if (p > 0) h -= p * Math.log(p);
        }
        return h / Math.log(values.size());
    }
}
