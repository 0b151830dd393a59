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

    /** A figure as the pages show it (money from 1亿 on in 亿元): 25.27亿元, 8,994万元, 43,400人. */
    static String amount(double v, String unit) {
        return townstats.util.Amounts.of(v, unit).compact();
    }

    /** 同比增长4.8%, 同比下降0.9%, 与上年持平: a growth rate in words, its number positive. */
    static String growth(double v) {
        if (v == 0) return "与上年持平";
        return (v > 0 ? "同比增长" : "同比下降") + number(Math.abs(v)) + "%";
    }

    /** 1—9月 from a figure's flag partial:1-9, or null for the year's figure. */
    static String months(java.util.List<String> flags) {
        for (String f : flags) {
            if (!f.startsWith(townstats.analyze.Flags.PARTIAL)) continue;
            String[] m = f.substring(townstats.analyze.Flags.PARTIAL.length()).split("-");
            return new townstats.model.Period(Integer.parseInt(m[0]), Integer.parseInt(m[1])).label();
        }
        return null;
    }

    /**
     * How a chart's axis shows money: in 亿元 (values ÷ 10,000) when its largest figure is 1亿 or more, else in the
     * figures' own unit; the labels of the figures keep the one form of each ({@link #amount}).
     */
    record Scale(double factor, String unit) {
        static Scale of(double maxAbs, String unit) {
            return "万元".equals(unit) && maxAbs >= 10_000 ? new Scale(1e-4, "亿元") : new Scale(1, unit);
        }
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
