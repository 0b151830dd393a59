/**
 * Every data file of the site, written from the stages' immutable results: facts.json and reports.json
 * ({@link townstats.export.DataExport}), the rankings per indicator and year with their index and the combined
 * rankings.json ({@link townstats.export.RankingsJson}), analysis.json ({@link townstats.export.AnalysisJson}), and
 * the tables for an office: the workbook (townstats.xlsx), facts.csv, ranking-tables.csv, statistics.csv and a
 * report's facts.csv ({@link townstats.export.Tables}; each table's {@link townstats.export.Column}s make both its CSV
 * and its sheet of the {@link townstats.export.Workbook}), in the theme's wording that render gives
 * ({@link townstats.export.Tables.Wording}): the pipeline writes the whole-corpus tables, the report pages a report's
 * own table.
 */
package townstats.export;
