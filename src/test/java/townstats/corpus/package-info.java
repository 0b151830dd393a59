/**
 * A synthetic corpus of township annual work reports with known answers, for benchmarks and multi-town tests.
 *
 * <p>Entry point: {@link townstats.bench.BenchTool} (test scope, not shipped) for the subcommand
 * {@code generate-corpus --reports N [--years Y] [--seed S] --out DIR}, or
 * {@link townstats.corpus.CorpusGenerator#generate(CorpusGenerator.Options)} from code.
 *
 * <p>Output, a pure function of the options:
 * <pre>
 * DIR/reports/&lt;province code&gt;/&lt;id&gt;.txt   id = r&lt;index 6 digits&gt;_&lt;town code&gt;_&lt;year&gt; (no _year when the text hides it)
 * DIR/truth.json     {"facts":[{report, source, town, county, province, year, indicator, value, unit, growth,
 *                               period:{from,to}|null, qualifier, section, quote, offset}]}, one fact per line
 * DIR/manifest.json  {"reports":[{report, source, kind, encoding, bytes, divisionCode, town, county, countyCode,
 *                                 city, province, provinceCode, year, title, facts}]}, one report per line
 * </pre>
 * {@code offset} is the UTF-16 index (= code point index: no town name leaves the BMP) of the figure in the
 * decoded text; {@code year} in truth is the report's year (plan targets too), null when the text hides it.
 *
 * <p>How it flows: {@link townstats.corpus.Divisions} (real names) → {@link townstats.corpus.TownPicker}
 * (whole counties) → {@link townstats.corpus.TownSeries} (a town's true values over the years) →
 * {@link townstats.corpus.ReportComposer} (text, via {@link townstats.corpus.Phrasing} for figures,
 * {@link townstats.corpus.Filler} for bulk, {@link townstats.corpus.Traps} for look-alikes) → files.
 */
package townstats.corpus;
