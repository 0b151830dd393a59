package townstats.extract;

import townstats.catalog.Catalog;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Reads a figure: a numeral ({@link ChineseNumerals}: 1,246.5, 二十四, 三万四千五百六十七, 1亿2千万, 两成),
 * its sign (-5亿元, 负5亿元), 余/多 after it, and the longest known unit after it (万元 after
 * 三万四千五百六十七, 元 after 三千五百万).
 */
final class NumberReader {
    static final String MASK = "X×xＸ*＊";
    /**
     * No figure of any report reaches this (10^18 in the written unit, a billion 亿): a larger number is
     * read as this bound and marked more-than, so every value stays a finite double and is flagged as
     * implausible rather than overflowing to Infinity.
     */
    static final double CEILING = 1e18;
    private static final BigDecimal CEILING_DECIMAL = BigDecimal.valueOf(CEILING);
    /** Units and dates a range's first figure ends with (1-11月, 2021-2025年, 5000万元-1亿元, 3%-5%). */
    private static final String RANGE_ENDS = "%月年日号元亩人户个项家吨米";
    /** Units that matter for reading, longest first so that 平方公里 wins over 公里 and 人次 over 人. */
    private final List<String> units;

    NumberReader(Catalog catalog) {
        Set<String> all = new java.util.HashSet<>(List.of("%", "‰", "个百分点", "年", "月", "月份", "日", "号", "季度", "年度",
                "人次", "次", "公里", "千米", "米", "平方米", "立方米", "吨", "斤", "公斤", "家", "名", "倍", "场", "期", "座", "辆",
                "台", "套", "处", "条", "栋", "间", "所", "头", "只", "株", "棵", "件", "份", "批", "例", "起", "岁", "小时", "天",
                "周", "MW", "千瓦", "万千瓦", "kW", "m²", "m³", "元/斤", "元/人"));
        for (Catalog.UnitKind kind : catalog.unitKinds().values()) {
            all.addAll(kind.written().keySet());
            all.addAll(kind.otherCurrency().keySet());
        }
        units = new ArrayList<>(all);
        units.sort(Comparator.comparingInt(String::length).reversed());
    }

    static boolean startsNumber(CharSequence s, int i) {
        return ChineseNumerals.startsAt(s, i);
    }

    /** The figure starting at {@code i}, or null when no number starts there (or {@code i} is inside one). */
    Figure read(String s, int i) {
        if (i > 0 && (ChineseNumerals.isNumeralChar(s.charAt(i - 1)) || s.charAt(i - 1) == '.')) return null;
        ChineseNumerals.Numeral numeral = ChineseNumerals.read(s, i);
        if (numeral == null) return null;
        int n = s.length();
        int p = numeral.end();
        int start = i;
        boolean negative = false;
        if (i > 0 && s.charAt(i - 1) == '负' || i > 0 && isMinus(s.charAt(i - 1)) && (i < 2 || !isNumberEnd(s.charAt(i - 2)))) {
            negative = true; // -5亿元, 负5亿元; but 1-11月 is a range
            start = i - 1;
        }
        boolean masked = i > 0 && MASK.indexOf(s.charAt(i - 1)) >= 0 || p < n && MASK.indexOf(s.charAt(p)) >= 0;
        boolean moreThan = numeral.moreThan();
        if (p < n && (s.charAt(p) == '余' || s.charAt(p) == '多')) {
            moreThan = true;
            p++;
        }
        BigDecimal value = numeral.value();
        boolean scaled = numeral.scaled();
        // 4.9个亿, 5个多亿: spoken for 4.9亿, 5亿多
        if (numeral.kind() != ChineseNumerals.Kind.PERCENT && !scaled && (s.startsWith("个亿", p) || s.startsWith("个多亿", p))) {
            moreThan |= s.charAt(p + 1) == '多';
            p += s.charAt(p + 1) == '多' ? 3 : 2;
            value = value.multiply(BigDecimal.valueOf(100_000_000L));
            scaled = true;
        }
        String unit;
        if (numeral.kind() == ChineseNumerals.Kind.PERCENT) {
            unit = "%";
        } else {
            unit = unitAt(s, p);
            if (unit != null) p += unit.length();
        }
        if (value.compareTo(CEILING_DECIMAL) > 0) {
            value = CEILING_DECIMAL;
            moreThan = true;
        }
        double number = negative ? -value.doubleValue() : value.doubleValue();
        return new Figure(start, p, number, scaled, unit, moreThan, masked);
    }

    private static boolean isMinus(char c) {
        return c == '-' || c == '−';
    }

    /** A character a number, its unit or a range can end with: after it a dash is a range (5000万元-1亿元), not a sign. */
    private static boolean isNumberEnd(char c) {
        return ChineseNumerals.isNumeralChar(c) || RANGE_ENDS.indexOf(c) >= 0 || Character.isLetter(c) && c < 0x80;
    }

    /** number × factor in decimal, so that 389.2万 read as 3892000 元 is 389.2 万元, not 389.20000000000005. */
    static double times(double number, double factor) {
        return BigDecimal.valueOf(number).multiply(BigDecimal.valueOf(factor)).doubleValue();
    }

    /** A written number (Arabic or Chinese, as in a catalogue pattern's NUM) as a finite value, 0 when unreadable. */
    static double count(String written) {
        if (written == null) return 0;
        BigDecimal v = ChineseNumerals.value(written);
        return v == null ? 0 : v.min(CEILING_DECIMAL).doubleValue();
    }

    private String unitAt(String s, int p) {
        for (String u : units) {
            if (s.startsWith(u, p)) return u;
        }
        return null;
    }
}
