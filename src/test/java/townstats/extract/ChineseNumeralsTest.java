package townstats.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The numeral reader against a table written from the grammar ({@code numerals.tsv}), and a round trip:
 * integers written in Chinese by the small independent {@link Writer} below read back to themselves.
 */
class ChineseNumeralsTest {
    static final String TABLE = "/townstats/extract/numerals.tsv";
    static final int MIN_ROWS = 150;
    /** Random integers in [0, 10^9] on top of the edge cases (uniform, then log-uniform), fixed seed. */
    static final int RANDOM_UNIFORM = 200_000;
    static final int RANDOM_LOG = 100_000;
    static final long MAX = 1_000_000_000L;

    record Row(int line, String text, String numeral, BigDecimal value, ChineseNumerals.Kind kind, boolean scaled,
               boolean more) {
    }

    static List<Row> table() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (townstats.TsvTable.Row r : townstats.TsvTable.read(TABLE, "text\tnumeral\tvalue\tkind\tflags", 5, 5)) {
            List<String> c = r.cols();
            boolean none = c.get(1).equals("-");
            rows.add(new Row(r.line(), c.get(0), none ? null : c.get(1), none ? null : new BigDecimal(c.get(2)),
                    none ? null : ChineseNumerals.Kind.valueOf(c.get(3).toUpperCase(java.util.Locale.ROOT)),
                    c.get(4).contains("scaled"), c.get(4).contains("more")));
        }
        return rows;
    }

    @Test
    void everyNumeralOfTheTableReadsToItsExactValue() throws IOException {
        List<Row> rows = table();
        assertTrue(rows.size() >= MIN_ROWS, "the table holds " + rows.size() + " numerals, at least " + MIN_ROWS + " expected");
        assertEquals(rows.size(), rows.stream().map(Row::text).distinct().count(), "every text once");
        List<String> failures = new ArrayList<>();
        for (Row row : rows) {
            ChineseNumerals.Numeral n = ChineseNumerals.read(row.text(), 0);
            String got = n == null ? "no numeral" : row.text().substring(0, n.end()) + " = " + n.value().toPlainString()
                    + " " + n.kind() + (n.scaled() ? " scaled" : "") + (n.moreThan() ? " more" : "");
            boolean ok;
            if (row.numeral() == null) {
                ok = n == null;
            } else {
                ok = n != null && n.end() == row.numeral().length() && n.kind() == row.kind() && n.scaled() == row.scaled()
                        && n.moreThan() == row.more() && sameValue(row.value(), n.value());
            }
            if (!ok) {
                failures.add("line " + row.line() + ": " + row.text() + " expected "
                        + (row.numeral() == null ? "no numeral" : row.numeral() + " = " + row.value().toPlainString() + " "
                        + row.kind() + (row.scaled() ? " scaled" : "") + (row.more() ? " more" : ""))
                        + ", got " + got);
            }
        }
        System.out.println("numeral table: " + (rows.size() - failures.size()) + " of " + rows.size() + " read right");
        if (!failures.isEmpty()) fail(failures.size() + " numerals read wrong:\n" + String.join("\n", failures));
    }

    /** Exact for finite decimals; a repeating share (三分之一) to sixteen significant digits. */
    private static boolean sameValue(BigDecimal expected, BigDecimal actual) {
        if (expected.compareTo(actual) == 0) return true;
        return expected.precision() >= 16
                && expected.subtract(actual).abs().compareTo(expected.abs().movePointLeft(15)) <= 0;
    }

    @Test
    void wholeNumeralsHaveAValueAndOthersNone() {
        assertEquals(0, ChineseNumerals.value("零").intValueExact());
        assertEquals(34567, ChineseNumerals.value("三万四千五百六十七").intValueExact());
        assertEquals(11, ChineseNumerals.value("十一").intValueExact());
        assertEquals(null, ChineseNumerals.value("三万四千五百六十七万"), "万 twice at one level is not one numeral");
        assertEquals(null, ChineseNumerals.value("两成"), "a share is not a count");
        assertEquals(null, ChineseNumerals.value("三四"));
        assertEquals(null, ChineseNumerals.value(""));
    }

    @Test
    void everyIntegerWrittenInChineseReadsBackToItself() {
        Set<Long> sample = sample();
        long checked = 0;
        List<String> failures = new ArrayList<>();
        for (long n : sample) {
            for (String written : List.of(Writer.standard(n), Writer.withLiang(n), Writer.mixedArabic(n))) {
                checked++;
                BigDecimal v = ChineseNumerals.value(written);
                if (v == null || v.compareTo(BigDecimal.valueOf(n)) != 0) {
                    if (failures.size() < 30) failures.add(written + " (" + n + ") read as " + v);
                }
            }
        }
        System.out.println("numeral round trip: " + sample.size() + " integers, " + checked + " written forms");
        if (!failures.isEmpty()) fail("numerals that do not read back:\n" + String.join("\n", failures));
        assertTrue(sample.size() > RANDOM_UNIFORM, "sample size " + sample.size());
    }

    /**
     * 0–100,000 exhaustively; every power of ten and its neighbours; every number of up to ten digits made
     * of 0 and 1 (zeros in every position), every nine-digit pattern of 0, 5 and 9; 10^9; then random
     * integers, uniform and log-uniform over [0, 10^9].
     */
    static Set<Long> sample() {
        Set<Long> s = new LinkedHashSet<>();
        for (long n = 0; n <= 100_000; n++) s.add(n);
        for (long p = 1; p <= MAX; p *= 10) {
            for (long d = -2; d <= 2; d++) if (p + d >= 0 && p + d <= MAX) s.add(p + d);
        }
        for (int mask = 0; mask < 1 << 10; mask++) {
            long n = Long.parseLong(Integer.toBinaryString(mask));
            if (n <= MAX) s.add(n);
        }
        int[] digits = {0, 5, 9};
        for (int code = 0; code < 19_683; code++) { // 3^9
            long n = 0;
            for (int k = 0, c = code; k < 9; k++, c /= 3) n = n * 10 + digits[c % 3];
            s.add(n);
        }
        Random random = new Random(20261203L);
        for (int k = 0; k < RANDOM_UNIFORM; k++) s.add((long) (random.nextDouble() * (MAX + 1)));
        for (int k = 0; k < RANDOM_LOG; k++) s.add((long) Math.pow(10, random.nextDouble() * 9));
        s.add(MAX);
        return s;
    }

    @Test
    void theWriterWritesTheUsualForms() {
        Map<String, String> written = new LinkedHashMap<>();
        written.put("零", Writer.standard(0));
        written.put("十", Writer.standard(10));
        written.put("一百一十", Writer.standard(110));
        written.put("十万零一十", Writer.standard(100_010));
        written.put("一万零四十", Writer.standard(10_040));
        written.put("一亿零一千", Writer.standard(100_001_000));
        written.put("十亿", Writer.standard(MAX));
        written.put("两千两百万", Writer.withLiang(22_000_000));
        written.put("十二万", Writer.withLiang(120_000));
        written.put("1亿00000005", Writer.mixedArabic(100_000_005));
        written.put("3万0500", Writer.mixedArabic(30_500));
        written.forEach((expected, actual) -> assertEquals(expected, actual));
    }

    /** Writes integers 0–10^9 the way a report does, independently of the reader. */
    static final class Writer {
        private static final String[] DIGIT = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        private static final String[] PLACE = {"", "十", "百", "千"};

        static String standard(long n) {
            if (n == 0) return "零";
            long yi = n / 100_000_000, wan = n / 10_000 % 10_000, low = n % 10_000;
            StringBuilder sb = new StringBuilder();
            if (yi > 0) sb.append(four(yi)).append("亿");
            if (wan > 0) {
                if (yi > 0 && wan < 1000) sb.append("零");
                sb.append(four(wan)).append("万");
            }
            if (low > 0) {
                if (yi > 0 && wan == 0 || (yi > 0 || wan > 0) && low < 1000) sb.append("零");
                sb.append(four(low));
            }
            String s = sb.toString();
            return s.startsWith("一十") ? s.substring(1) : s; // 十五, 十万: no 一 before a leading 十
        }

        /** 1–9999: a digit and its place for each nonzero digit, one 零 for each run of zeros inside. */
        private static String four(long x) {
            StringBuilder sb = new StringBuilder();
            boolean zeroPending = false;
            for (int place = 3; place >= 0; place--) {
                int d = (int) (x / (long) Math.pow(10, place) % 10);
                if (d == 0) {
                    if (sb.length() > 0) zeroPending = true;
                    continue;
                }
                if (zeroPending) sb.append("零");
                zeroPending = false;
                sb.append(DIGIT[d]).append(PLACE[place]);
            }
            return sb.toString();
        }

        /** 两 for a leading 二 of 千, 百, 万 and 亿 (两千两百万), as most reports write it. */
        static String withLiang(long n) {
            return standard(n).replaceAll("(?<!十)二(?=[千百万亿])", "两");
        }

        /** Arabic digits per group: 12亿3456万7890, 3万0500, 1亿00000005. */
        static String mixedArabic(long n) {
            long yi = n / 100_000_000, wan = n / 10_000 % 10_000, low = n % 10_000;
            if (yi == 0 && wan == 0) return Long.toString(low);
            StringBuilder sb = new StringBuilder();
            if (yi > 0) {
                sb.append(yi).append("亿");
                if (wan == 0) {
                    if (low > 0) sb.append(String.format("%08d", low));
                    return sb.toString();
                }
                sb.append(String.format("%04d", wan)).append("万");
            } else {
                sb.append(wan).append("万");
            }
            if (low > 0) sb.append(String.format("%04d", low));
            return sb.toString();
        }
    }
}
