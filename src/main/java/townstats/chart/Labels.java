package townstats.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Chinese wording of groups, numbers and units for titles, axes and alt texts. */
final class Labels {
    private Labels() {
    }

    /** all → 全部乡镇, county:410324 → 同县乡镇（410324）. */
    static String group(String group) {
        if (group.equals("all")) return "全部乡镇";
        String[] p = group.split(":", 2);
        String code = p.length > 1 ? "（" + p[1] + "）" : "";
        return switch (p[0]) {
            case "province" -> "同省乡镇" + code;
            case "city" -> "同市乡镇" + code;
            case "county" -> "同县乡镇" + code;
            default -> group;
        };
    }

    static String number(double v) {
        DecimalFormat f = new DecimalFormat(Math.abs(v) >= 100 ? "#,##0" : "#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v);
    }

    /** 12,345万元, 8.5%. */
    static String withUnit(double v, String unit) {
        return number(v) + unit;
    }

    /** "地区生产总值（万元）" for an axis title; no brackets without a unit. */
    static String axis(String name, String unit) {
        return unit == null || unit.isEmpty() ? name : name + "（" + unit + "）";
    }

    /** Tick pattern: no decimals for big numbers, one for small. */
    static String pattern(double maxAbs) {
        return maxAbs >= 100 ? "#,##0" : maxAbs >= 10 ? "#,##0.#" : "#,##0.##";
    }

    /** Three significant digits, for regression coefficients (0.00123, 306, 12,300). */
    static String significant(double v) {
        if (v == 0 || Double.isNaN(v)) return "0";
        double rounded = new java.math.BigDecimal(v).round(new java.math.MathContext(3)).doubleValue();
        return Math.abs(rounded) >= 100 ? number(rounded) : new java.math.BigDecimal(rounded).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /**
     * Blank tick labels for one axis. XChart drops all tick labels of an axis unless they are distinct, so
     * each blank tick value gets its own number of zero-width spaces (the shipped font has that glyph).
     */
    static final class Blanks {
        private final java.util.Map<Long, String> byTick = new java.util.HashMap<>();

        String of(double tick) {
            return byTick.computeIfAbsent(Math.round(tick * 1e6), k -> "\u200B".repeat(1 + byTick.size()));
        }
    }
}
