package townstats.place;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the small division CSVs: a header line, then rows of plain or double-quoted fields. */
final class Csv {
    private Csv() {
    }

    /** The data rows of a classpath resource, header skipped; each row must have {@code columns} fields. */
    static List<String[]> rows(String resource, int columns) {
        String text;
        try (InputStream in = Csv.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8); // one bulk decode: faster than readLine
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        List<String[]> rows = new ArrayList<>(text.length() / 32);
        int lineNo = 0;
        for (int start = 0; start < text.length(); ) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            String line = text.substring(start, end);
            start = end + 1;
            if (lineNo++ == 0 || line.isBlank()) continue; // header
            String[] row = split(line);
            if (row.length != columns) {
                throw new IllegalStateException(resource + ":" + lineNo + ": expected " + columns
                        + " fields, found " + row.length);
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * Splits one line. The fast path cuts at commas and drops the quotes around a field, which is right
     * whenever no quoted field holds a comma or a doubled quote, as in the division data; other lines take
     * the general path.
     */
    static String[] split(String line) {
        String[] fields = new String[8];
        int n = 0;
        int start = 0;
        while (true) {
            int comma = line.indexOf(',', start);
            int end = comma < 0 ? line.length() : comma;
            String field = unquote(line, start, end);
            if (field == null) return splitQuoted(line);
            if (n == fields.length) fields = java.util.Arrays.copyOf(fields, n * 2);
            fields[n++] = field;
            if (comma < 0) return java.util.Arrays.copyOf(fields, n);
            start = comma + 1;
        }
    }

    /** The field between start and end without its quotes, or null when it needs the general parser. */
    private static String unquote(String line, int start, int end) {
        if (end > start && line.charAt(end - 1) == '\r') end--;
        boolean quoted = end > start && line.charAt(start) == '"';
        if (quoted && (end - start < 2 || line.charAt(end - 1) != '"')) return null; // a comma inside quotes
        int from = quoted ? start + 1 : start;
        int to = quoted ? end - 1 : end;
        int quote = line.indexOf('"', from);
        if (quote >= 0 && quote < to) return null; // a doubled or stray quote
        return line.substring(from, to);
    }

    /** The general parser: quoted fields may contain commas and doubled quotes (""). */
    static String[] splitQuoted(String line) {
        List<String> fields = new ArrayList<>(5);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c != '\r') {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(new String[0]);
    }
}
