package townstats.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

/**
 * One column of a table for people (the workbook's sheets and the CSVs beside them): its Chinese header and its cell
 * for a row. What a cell holds decides how it is written, the same in both files:
 * <ul>
 * <li>{@link String}: text (a CSV cell never starts a formula, see {@link townstats.util.Csv#cell});</li>
 * <li>{@link Integer} or {@link Long}: a whole number (year, month, count, rank): 2022, never 2022.0 nor 2,022;</li>
 * <li>{@link Double}: a figure or a statistic, rounded to two decimals as the pages round it (DecimalFormat's half-even
 * on the double's exact value); the workbook groups thousands (94,885, 79,082.9);</li>
 * <li>{@link Percent}: a number in percent (a growth rate, a coefficient of variation), two decimals; the workbook
 * shows 7.9% (its cell holds 0.079, so a formula computes with it), the CSV 7.9 under a header ending in (%);</li>
 * <li>{@link Score}: a z-score, two decimals as on the ranking pages;</li>
 * <li>null: an empty cell.</li>
 * </ul>
 *
 * @param header    the header in the workbook and the CSV
 * @param percent   the column holds percents: the CSV header says (%)
 * @param programs  a column for programs (offsets, months as numbers): in the CSV only, the workbook keeps to what
 *                  an official reads
 */
record Column<R>(String header, boolean percent, boolean programs, Function<R, Object> value) {

    /** A number in percent: 7.9 is 7.9 %. */
    record Percent(double value) {
    }

    /** A z-score. */
    record Score(double value) {
    }

    static <R> Column<R> of(String header, Function<R, Object> value) {
        return new Column<>(header, false, false, value);
    }

    static <R> Column<R> percent(String header, Function<R, Object> value) {
        return new Column<>(header, true, false, value);
    }

    /** A column of the CSV only. */
    static <R> Column<R> forPrograms(String header, Function<R, Object> value) {
        return new Column<>(header, false, true, value);
    }

    /** The CSV's header: 增长率(%) for a column of percents. */
    String csvHeader() {
        return percent ? header + "(%)" : header;
    }

    /** The columns the workbook shows. */
    static <R> List<Column<R>> inWorkbook(List<Column<R>> columns) {
        return columns.stream().filter(c -> !c.programs()).toList();
    }

    /** A percent, or null. */
    static Percent percentOf(Double d) {
        return d == null ? null : new Percent(d);
    }

    /** A z-score, or null. */
    static Score scoreOf(Double d) {
        return d == null ? null : new Score(d);
    }

    /** A percentile as the ranking page shows it: a whole number (97), or null. */
    static Long wholeOf(Double d) {
        return d == null ? null : Math.round(d);
    }

    /** {@code d} to two decimals as the pages round it (DecimalFormat "#,##0.##": half-even on the exact value). */
    static double rounded(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return d;
        return new BigDecimal(d).setScale(2, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** A z-score to two decimals as the ranking page writes it (String.format "%.2f": half-up). */
    static double roundedScore(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return d;
        return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /** The CSV text of a cell: numbers plain and rounded (4410, 79082.9, 7.9, -0.4), text formula-safe, null empty. */
    static String csv(Object v) {
        if (v == null) return "";
        if (v instanceof Double d) return plain(rounded(d));
        if (v instanceof Percent p) return plain(rounded(p.value()));
        if (v instanceof Score s) return plain(roundedScore(s.value()));
        return townstats.util.Csv.cell(v);
    }

    private static String plain(double d) {
        return Double.isNaN(d) ? "" : townstats.util.Numbers.plain(d);
    }
}
