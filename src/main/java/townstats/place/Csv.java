package townstats.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
        InputStream in = Csv.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing resource " + resource);
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line = reader.readLine(); // header
            int lineNo = 1;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) continue;
                String[] row = split(line);
                if (row.length != columns) {
                    throw new IllegalStateException(resource + ":" + lineNo + ": expected " + columns
                            + " fields, found " + row.length);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }

    /** Splits one line; a quoted field may contain commas and doubled quotes (""), though the data has neither. */
    static String[] split(String line) {
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
