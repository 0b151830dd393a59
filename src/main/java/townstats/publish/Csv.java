package townstats.publish;

import java.math.BigDecimal;
import java.util.List;

/** RFC 4180 cells and lines, with numbers written plainly (4410, not 4410.0 or 4.41E3). */
public final class Csv {
    private Csv() {
    }

    public static String cell(Object value) {
        if (value == null) return "";
        if (value instanceof Double d) return number(d);
        return value.toString();
    }

    public static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return String.valueOf((long) d);
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** {@code d} rounded half-up to {@code decimals} places, trailing zeros dropped (String.format is slow per cell). */
    public static String rounded(double d, int decimals) {
        return BigDecimal.valueOf(d).setScale(decimals, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A CSV line ending in CRLF; {@code raw} cells are written as they are (already joined headers). */
    public static String line(List<String> cells, boolean raw) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(raw ? cells.get(i) : quote(cells.get(i)));
        }
        return sb.append("\r\n").toString();
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
