package townstats.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Reads numbers and the unit after them: Arabic with decimals and thousands separators (1,246.5),
 * Chinese numerals (二十四, 三千五百万, 一亿二千万), and mixed forms (2.4万余人, 1.3673亿元).
 */
final class NumberReader {
    static final String MASK = "X×xＸ*＊";
    private static final String CHINESE_START = "一二两三四五六七八九十";
    private static final String CHINESE_ALL = "零〇一二两三四五六七八九十百千万亿";
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
        char c = s.charAt(i);
        return c >= '0' && c <= '9' || CHINESE_START.indexOf(c) >= 0;
    }

    /** The figure starting at {@code i}, or null when no number starts there. */
    Figure read(String s, int i) {
        int n = s.length();
        int p = i;
        double number;
        boolean scaled = false;
        boolean masked = i > 0 && MASK.indexOf(s.charAt(i - 1)) >= 0;
        char first = s.charAt(i);
        if (first >= '0' && first <= '9') {
            StringBuilder digits = new StringBuilder();
            while (p < n) {
                char c = s.charAt(p);
                if (c >= '0' && c <= '9') {
                    digits.append(c);
                } else if (c == ',' && p + 3 < n && isDigits(s, p + 1, 3) && (p + 4 >= n || !Character.isDigit(s.charAt(p + 4)))) {
                    // 1,246.5: a thousands separator is followed by exactly three digits
                } else if (c == '.' && p + 1 < n && Character.isDigit(s.charAt(p + 1)) && digits.indexOf(".") < 0) {
                    digits.append('.');
                } else {
                    break;
                }
                p++;
            }
            number = Double.parseDouble(digits.toString());
        } else if (CHINESE_START.indexOf(first) >= 0) {
            while (p < n && CHINESE_ALL.indexOf(s.charAt(p)) >= 0) p++;
            // 万 or 亿 at the end of a Chinese numeral may be a unit prefix (二十万亩): keep it in the numeral.
            Double value = chineseNumber(s.substring(i, p));
            if (value == null) return null;
            number = value;
            scaled = s.substring(i, p).matches(".*[万亿].*");
        } else {
            return null;
        }
        if (p < n && MASK.indexOf(s.charAt(p)) >= 0) masked = true;
        boolean moreThan = false;
        double multiplier = 1;
        if (p < n && (s.charAt(p) == '余' || s.charAt(p) == '多')) {
            moreThan = true;
            p++;
        }
        String unit = unitAt(s, p);
        if (unit == null) {
            if (s.startsWith("千万", p)) {
                multiplier = 1e7;
                p += 2;
            } else if (s.startsWith("百万", p)) {
                multiplier = 1e6;
                p += 2;
            } else if (p < n && (s.charAt(p) == '万' || s.charAt(p) == '亿' || s.charAt(p) == '千')) {
                multiplier = s.charAt(p) == '万' ? 1e4 : s.charAt(p) == '亿' ? 1e8 : 1e3;
                p++;
            }
            if (multiplier > 1 && p < n && (s.charAt(p) == '余' || s.charAt(p) == '多')) {
                moreThan = true;
                p++;
            }
            unit = unitAt(s, p);
        }
        if (unit != null) p += unit.length();
        return new Figure(i, p, number, multiplier, scaled, unit, moreThan, masked);
    }

    private String unitAt(String s, int p) {
        for (String u : units) {
            if (s.startsWith(u, p)) return u;
        }
        return null;
    }

    private static boolean isDigits(String s, int from, int count) {
        for (int k = from; k < from + count; k++) {
            if (!Character.isDigit(s.charAt(k))) return false;
        }
        return true;
    }

    private static int chineseDigit(char c) {
        if (c == '〇') return 0;
        if (c == '两') return 2;
        return "零一二三四五六七八九".indexOf(c);
    }

    /** 二十四 → 24, 三千五百万 → 35000000, 一亿二千万 → 120000000, 两千 → 2000; null if malformed. */
    static Double chineseNumber(String s) {
        if (s.isEmpty()) return null;
        double total = 0;
        double section = 0;
        double digit = -1;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            int d = chineseDigit(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            switch (c) {
                case '十', '百', '千' -> {
                    double unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                    section += (digit < 0 ? 1 : digit) * unit;
                    digit = -1;
                }
                case '万', '亿' -> {
                    double unit = c == '万' ? 1e4 : 1e8;
                    section += Math.max(digit, 0);
                    if (c == '亿') {
                        total = (total + section) * unit;
                    } else {
                        total += section * unit;
                    }
                    section = 0;
                    digit = -1;
                }
                default -> {
                    return null;
                }
            }
        }
        return total + section + Math.max(digit, 0);
    }
}
