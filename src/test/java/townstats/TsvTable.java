package townstats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of test cases kept as a tab-separated resource (sentences.tsv, realtext.tsv, numerals.tsv, heads.tsv):
 * blank lines and # comments are skipped, the header must be the first other line, and every row must have
 * the stated number of columns; a bad line is refused naming the table and its line.
 */
public final class TsvTable {
    /** One row: its line in the file (1-based) and its columns as written. */
    public record Row(String table, int line, List<String> cols) {
        /** Column {@code i}, "" when the row ends before it. */
        public String col(int i) {
            return i < cols.size() ? cols.get(i) : "";
        }

        public IllegalStateException bad(String why) {
            return new IllegalStateException(table + " line " + line + ": " + why);
        }
    }

    private TsvTable() {
    }

    /**
     * @param header the header line's columns; a row may carry optional columns after them (up to {@code maxColumns})
     */
    public static List<Row> read(String resource, String header, int minColumns, int maxColumns) {
        try (InputStream in = TsvTable.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("table not found on the classpath: " + resource);
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            List<Row> rows = new ArrayList<>();
            boolean headerSeen = false;
            for (int k = 0; k < lines.length; k++) {
                String line = lines[k].endsWith("\r") ? lines[k].substring(0, lines[k].length() - 1) : lines[k];
                if (k == 0 && line.startsWith("\uFEFF")) line = line.substring(1);
                if (line.isBlank() || line.startsWith("#")) continue;
                Row row = new Row(resource, k + 1, List.of(line.split("\t", -1)));
                if (!headerSeen) {
                    if (!line.strip().equals(header) && !line.strip().startsWith(header + "\t")) {
                        throw row.bad("expected the header line '" + header.replace("\t", "<TAB>") + "'");
                    }
                    headerSeen = true;
                    continue;
                }
                if (row.cols().size() < minColumns || row.cols().size() > maxColumns) {
                    throw row.bad("expected " + (minColumns == maxColumns ? String.valueOf(minColumns) : minColumns + " to " + maxColumns)
                            + " tab-separated columns, found " + row.cols().size());
                }
                rows.add(row);
            }
            if (!headerSeen) throw new IllegalStateException(resource + ": no header line");
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
