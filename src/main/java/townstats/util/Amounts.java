package townstats.util;

import java.util.Locale;

/**
 * The one form of a figure everywhere a reader sees it (cards, plans, tables, charts, compare): money from 1亿 on in
 * 亿元 with two decimals (25.27 亿元), below it in 万元 (8,994 万元); other units as they are. Numbers have grouped
 * thousands and at most two decimals.
 */
public final class Amounts {
    private Amounts() {
    }

    /** A figure as shown: its number and unit. */
    public record Amount(String number, String unit) {
        /** 25.27 亿元 (a space between, as on cards and tables). */
        @Override
        public String toString() {
            return unit == null || unit.isEmpty() ? number : number + " " + unit;
        }

        /** 25.27亿元, for chart labels. */
        public String compact() {
            return unit == null ? number : number + unit;
        }
    }

    /** {@code value} in {@code unit} (the catalogue's: 万元, 元, 人 …) as a reader expects it. */
    public static Amount of(double value, String unit) {
        if ("万元".equals(unit) && Math.abs(value) >= 10_000) {
            return new Amount(String.format(Locale.ROOT, "%,.2f", value / 10_000), "亿元");
        }
        return new Amount(number(value), unit);
    }

    /** 4410, 94,885, 79,082.9, 3.15: grouped thousands, at most two decimals. */
    public static String number(double d) {
        return NUMBER.get().format(d);
    }

    /** DecimalFormat is not thread-safe and costly to build: one per thread. */
    private static final ThreadLocal<java.text.DecimalFormat> NUMBER = ThreadLocal.withInitial(
            () -> new java.text.DecimalFormat("#,##0.##", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)));
}
