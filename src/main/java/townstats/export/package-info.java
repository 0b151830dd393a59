/**
 * Every data file of the site, written from the stages' immutable results: facts.json, facts.csv and
 * reports.json ({@link townstats.export.DataExport}), the rankings per indicator and year with their index and
 * the combined rankings.json ({@link townstats.export.RankingsJson}), statistics.csv
 * ({@link townstats.export.StatisticsCsv}), analysis.json ({@link townstats.export.AnalysisJson}), and the tables
 * for Excel users: the workbook (townstats.xlsx), ranking-tables.csv and a report's facts.csv
 * ({@link townstats.export.Tables}), in the theme's wording that render gives ({@link townstats.export.Tables.Wording}): the pipeline writes the workbook and
 * ranking-tables.csv, the report pages a report's own table.
 */
package townstats.export;
