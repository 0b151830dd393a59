/**
 * Comparative statistics of township reports: {@link townstats.analyze.Analyzer#analyze} turns every
 * report's facts into an {@link townstats.analyze.Analysis}.
 *
 * <p>The flow, one class per step:
 * <ol>
 * <li>{@link townstats.analyze.FactSelector}: one achievement figure per report × indicator × measure
 *     (value, growth), made comparable across towns (period rules, flags); {@link townstats.analyze.Derived}
 *     adds per-capita and per-km² figures.</li>
 * <li>{@link townstats.analyze.Ranker}: rankings per indicator × year × peer group × measure, with
 *     {@link townstats.analyze.Stats} (Commons Math, quartiles as Excel QUARTILE.INC).</li>
 * <li>{@link townstats.analyze.EntropyTopsis}: the yearly composite development index (熵权-TOPSIS).</li>
 * <li>{@link townstats.analyze.SimilarTowns}, {@link townstats.analyze.Correlation}: peers and relations
 *     within a year.</li>
 * <li>AcrossYears: time series, growth consistency ({@link townstats.analyze.GrowthCheck}) and
 *     target-vs-achievement ({@link townstats.analyze.TargetCheck}) for towns with several years.</li>
 * <li>The data files (rankings.json, statistics.csv, analysis.json) are written by {@code townstats.export}.</li>
 * </ol>
 * {@link townstats.analyze.Methodology} words the rules in Chinese for the site's methodology page.
 */
package townstats.analyze;
