package townstats.util;

import java.util.List;

/** RFC 4180 cells and lines, with numbers written plainly (4410, not 4410.0 or 4.41E3). */
public final class Csv {
    private Csv() {
    }

    public static String cell(Object value) {
        if (value == null) return "";
        if (value instanceof Double d) return Numbers.plain(d);
        return value.toString();
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
