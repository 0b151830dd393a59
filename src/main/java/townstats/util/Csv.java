package townstats.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV as Excel and WPS read it, with commons-csv: RFC 4180 (comma, double quotes only where a field needs
 * them, CRLF line ends), UTF-8 with a byte-order mark so the Chinese text opens right, numbers written
 * plainly (4410, not 4410.0 or 4.41E3). Reading accepts quoted fields holding commas, quotes and line breaks.
 *
 * <p>Every cell is written through {@link #cell}: a text that a spreadsheet would take for a formula (beginning with
 * = + - @, a tab or a carriage return, or their full-width forms) gets a leading apostrophe, the spreadsheets' own
 * mark for "this is text", so a report named {@code =HYPERLINK(...).txt} is shown, never run.
 */
public final class Csv {
    /** Written first, so that Excel and WPS take the file for UTF-8. */
    public static final char BOM = '\uFEFF';
    private static final CSVFormat WRITE = CSVFormat.RFC4180;
    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).build();
    /** What Excel, WPS and LibreOffice take as the start of a formula (= + - @; a tab or CR before one; full-width forms). */
    private static final String FORMULA_START = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private Csv() {
    }

    /** A table written to {@code out}: the byte-order mark, then the header; close or flush the printer when done. */
    public static CSVPrinter table(Appendable out, List<String> header) throws IOException {
        out.append(BOM);
        CSVPrinter printer = new CSVPrinter(out, WRITE);
        printer.printRecord(header);
        return printer;
    }

    /** A cell's text: null is empty, a double is written plainly, a text never starts a formula. */
    public static String cell(Object value) {
        if (value == null) return "";
        if (value instanceof Double d) return Numbers.plain(d);
        if (value instanceof Number n) return n.toString();
        return text(value.toString());
    }

    /** Prints one row, each value through {@link #cell}. */
    public static void record(CSVPrinter printer, Object... values) throws IOException {
        for (Object v : values) printer.print(cell(v));
        printer.println();
    }

    /** {@code s}, or {@code 's} when a spreadsheet would read it as a formula; a plain number (-5, +1.5e3) stays as it is. */
    static String text(String s) {
        if (s.isEmpty() || FORMULA_START.indexOf(s.charAt(0)) < 0 || NUMBER.matcher(s).matches()) return s;
        return "'" + s;
    }


    /** The data rows of a classpath resource, header skipped; each row must have {@code columns} fields. */
    public static List<String[]> rows(String resource, int columns) {
        try (InputStream in = Csv.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return rows(new InputStreamReader(in, StandardCharsets.UTF_8), resource, columns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The fields of one line of CSV text. */
    public static String[] split(String line) {
        try (CSVParser parser = CSVParser.parse(line, READ)) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? new String[0] : records.get(0).values();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String[]> rows(Reader reader, String name, int columns) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, READ)) {
            boolean header = true;
            for (CSVRecord record : parser) {
                if (header) {
                    header = false;
                    continue;
                }
                if (record.size() != columns) {
                    throw new IllegalStateException(name + ":" + parser.getCurrentLineNumber() + ": expected " + columns
                            + " fields, found " + record.size());
                }
                rows.add(record.values());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return rows;
    }
}
