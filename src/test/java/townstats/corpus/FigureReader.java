package townstats.corpus;

import java.math.BigDecimal;

/**
 * Reads a written figure back from a report, starting at a truth fact's offset, independently of the
 * generator's own code: digits or a Chinese numeral, then the unit that scales it.
 */
final class FigureReader {
    /** The value read at the offset in the canonical unit, or the growth when the figure is a percentage. */
    record Read(BigDecimal value, boolean percent, String written) {
    }

    private static final String CN = "零一二三四五六七八九";

    private FigureReader() {
    }

    static Read at(String text, int offset, String indicator) {
        int i = offset;
        StringBuilder num = new StringBuilder();
        BigDecimal n;
        if (CN.indexOf(text.charAt(i)) >= 0 || text.charAt(i) == '十') {
            while (CN.indexOf(text.charAt(i)) >= 0 || text.charAt(i) == '十') num.append(text.charAt(i++));
            n = BigDecimal.valueOf(chinese(num.toString()));
        } else {
            while (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.') num.append(text.charAt(i++));
            n = new BigDecimal(num.toString());
        }
        String rest = text.substring(i, Math.min(text.length(), i + 20));
        BigDecimal tenK = BigDecimal.valueOf(10_000);
        BigDecimal v;
        if (rest.startsWith("%")) return new Read(n, true, num + "%");
        if (rest.startsWith("亿元")) v = n.multiply(tenK);
        else if (rest.startsWith("万元") || rest.startsWith("余万元")) v = n;
        else if (rest.startsWith("元")) v = indicator.endsWith("_income") && !indicator.equals("collective_income") ? n : n.divide(tenK);
        else if (rest.startsWith("万人") || rest.startsWith("万余人") || rest.startsWith("万亩")) v = n.multiply(tenK);
        else if (rest.startsWith("个行政村和")) {
            String after = rest.substring("个行政村和".length());
            int j = 0;
            StringBuilder y = new StringBuilder();
            while (Character.isDigit(after.charAt(j)) || CN.indexOf(after.charAt(j)) >= 0 || after.charAt(j) == '十') {
                y.append(after.charAt(j++));
            }
            long communities = Character.isDigit(y.charAt(0)) ? Long.parseLong(y.toString()) : chinese(y.toString());
            v = n.add(BigDecimal.valueOf(communities));
        } else if (rest.startsWith("人") || rest.startsWith("户") || rest.startsWith("亩") || rest.startsWith("平方公里")
                || rest.startsWith("个")) v = n;
        else throw new AssertionError("unknown unit after " + num + ": " + rest);
        return new Read(v, false, num + rest);
    }

    /** 一..九十九. */
    static long chinese(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) return CN.indexOf(s.charAt(0));
        long tens = ten == 0 ? 1 : CN.indexOf(s.charAt(0));
        long ones = ten == s.length() - 1 ? 0 : CN.indexOf(s.charAt(ten + 1));
        return tens * 10 + ones;
    }
}
