/**
 * The machine-readable data files of the site, written from the stages' immutable results: facts.json,
 * facts.csv and reports.json ({@link townstats.export.DataExport}), rankings.json
 * ({@link townstats.export.RankingsJson}), statistics.csv ({@link townstats.export.StatisticsCsv}) and
 * analysis.json ({@link townstats.export.AnalysisJson}). The workbook (townstats.xlsx), ranking-tables.csv and
 * a report's facts.csv carry the theme's wording and are written by render.
 */
package townstats.export;
