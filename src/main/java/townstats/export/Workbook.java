package townstats.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The workbook as Excel and WPS open it (data/townstats.xlsx): each table a sheet with its header row frozen and an
 * autofilter over its rows, numbers as numbers shown as the pages show them (thousands grouped, two decimals at most,
 * percents with %, years and counts whole), columns as wide as their contents, printed on A4 landscape one page wide
 * with the header on every page. Rows are streamed (SXSSF), so a national table costs no memory; one longer than a
 * sheet (1,048,576 rows) goes on in a sheet of the same name followed by (2), (3) …
 */
final class Workbook implements AutoCloseable {
    /** Rows an Excel sheet holds, its header included. */
    static final int EXCEL_ROWS = 1_048_576;
    private static final Date FIXED_TIME = new Date(946_684_800_000L); // 2000-01-01
    /** A column is made as wide as the text of its first rows, up to this many characters (a quote wider wraps on screen). */
    private static final int MAX_WIDTH = 60;
    private static final int MEASURED_ROWS = 500;

    static {
        // POI logs through log4j-api; without a backend it prints a warning on every build
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    private final SXSSFWorkbook wb = new SXSSFWorkbook(200);
    private final int rowsPerSheet;
    private final CellStyle header;
    private final CellStyle term;
    private final CellStyle text;
    private final CellStyle whole;
    private final CellStyle number;
    private final CellStyle decimal;
    private final CellStyle percent;
    private final CellStyle percentDecimal;
    private final CellStyle score;

    Workbook() {
        this(EXCEL_ROWS);
    }

    /** A workbook whose sheets hold {@code rowsPerSheet} rows (the header included): tests continue a table early. */
    Workbook(int rowsPerSheet) {
        this.rowsPerSheet = rowsPerSheet;
        header = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        term = wb.createCellStyle();
        term.setFont(bold);
        // Every cell gets a style: a cell without one makes POI look its column's style up in the sheet XML,
        // which cost more than the rest of the workbook together.
        text = wb.getCellStyleAt(0);
        whole = format("0");
        number = format("#,##0");
        decimal = format("#,##0.0#");
        percent = format("0%");
        percentDecimal = format("0.0#%");
        score = format("0.00");
    }

    private CellStyle format(String pattern) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(wb.createDataFormat().getFormat(pattern));
        return s;
    }

    /**
     * A sheet of notes: the lines of {@code intro}, then each table of terms (its first row a header, then a term and
     * what it means per row) after an empty row.
     */
    void notes(String name, List<String> intro, List<List<String[]>> tables) {
        SXSSFSheet sheet = wb.createSheet(name);
        int[] widths = new int[2];
        int n = 0;
        for (String line : intro) {
            Cell c = sheet.createRow(n).createCell(0);
            c.setCellValue(line);
            c.setCellStyle(n++ == 0 ? term : text); // the title bold
        }
        for (List<String[]> table : tables) {
            n++;
            for (int r = 0; r < table.size(); r++) {
                Row row = sheet.createRow(n++);
                for (int i = 0; i < 2; i++) {
                    Cell c = row.createCell(i);
                    c.setCellValue(table.get(r)[i]);
                    c.setCellStyle(r == 0 ? header : i == 0 ? term : text);
                    widths[i] = Math.max(widths[i], width(table.get(r)[i]));
                }
            }
        }
        for (int i = 0; i < widths.length; i++) sheet.setColumnWidth(i, (Math.min(widths[i], 100) + 2) * 256);
        print(sheet, 0);
    }

    /** A table: the header row, then one row per element of {@code rows}, over as many sheets as it needs. */
    <R> void table(String name, List<Column<R>> columns, Iterable<R> rows) {
        Iterator<R> it = rows.iterator();
        int part = 1;
        do {
            SXSSFSheet sheet = wb.createSheet(part == 1 ? name : name + " (" + part + ")");
            int[] widths = new int[columns.size()];
            Row head = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell c = head.createCell(i);
                c.setCellValue(columns.get(i).header());
                c.setCellStyle(header);
                widths[i] = width(columns.get(i).header()) + 2; // the filter's button
            }
            int n = 1;
            while (n < rowsPerSheet && it.hasNext()) {
                R r = it.next();
                Row row = sheet.createRow(n);
                for (int i = 0; i < columns.size(); i++) {
                    Object v = columns.get(i).value().apply(r);
                    if (v == null) continue;
                    cell(row.createCell(i), v);
                    if (n <= MEASURED_ROWS) widths[i] = Math.max(widths[i], width(shown(v)));
                }
                n++;
            }
            for (int i = 0; i < widths.length; i++) sheet.setColumnWidth(i, (Math.min(widths[i], MAX_WIDTH) + 1) * 256);
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(n - 1, 1), 0, columns.size() - 1));
            print(sheet, columns.size());
            part++;
        } while (it.hasNext());
    }

    /** Sets the cell to {@code v} with the style that shows it. */
    private void cell(Cell c, Object v) {
        if (v instanceof String s) {
            // always a string cell: a quote starting with = stays text, never a formula
            c.setCellValue(s);
            c.setCellStyle(text);
        } else if (v instanceof Integer || v instanceof Long) {
            c.setCellValue(((Number) v).doubleValue());
            c.setCellStyle(whole);
        } else if (v instanceof Double d) {
            double r = Column.rounded(d);
            c.setCellValue(r);
            c.setCellStyle(r == Math.rint(r) ? number : decimal);
        } else if (v instanceof Column.Percent p) {
            double r = Column.rounded(p.value());
            c.setCellValue(r / 100);
            c.setCellStyle(r == Math.rint(r) ? percent : percentDecimal);
        } else if (v instanceof Column.Score s) {
            c.setCellValue(Column.roundedScore(s.value()));
            c.setCellStyle(score);
        } else {
            throw new IllegalArgumentException("no cell for " + v.getClass());
        }
    }

    /** About the text a cell of {@code v} shows, for its column's width. */
    private static String shown(Object v) {
        if (v instanceof String s) return s;
        if (v instanceof Double d) return String.format("%,.2f", Column.rounded(d));
        return Column.csv(v) + (v instanceof Column.Percent ? "%" : "");
    }

    /** Printed on A4, landscape, one page wide (as many long), the header row on every page. */
    private static void print(SXSSFSheet sheet, int columns) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        if (columns > 0) sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    }

    /** How many characters wide a text is: a Chinese character or a full-width form counts two. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            w += c >= 0x1100 && (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= 0x3000 && c <= 0x303f)
                    || (c >= 0xff00 && c <= 0xffef)) ? 2 : 1;
            i += Character.charCount(c);
        }
        return w;
    }

    /**
     * Writes the workbook. An .xlsx is a zip whose entries carry the time they were written: one fixed time, so that
     * the same data gives the same bytes and an unchanged rebuild leaves the published file alone. Written to a
     * temporary file first, then copied with fixed entry times: a national workbook is too big for memory.
     */
    void write(OutputStream target) throws IOException {
        wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(java.util.Optional.of(FIXED_TIME));
        Path zip = Files.createTempFile("townstats-", ".xlsx");
        try {
            try (OutputStream out = Files.newOutputStream(zip)) {
                wb.write(out);
            }
            withFixedTimes(zip, target);
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    /** Entries are copied compressed as they are (no second deflate of a national workbook), only re-dated. */
    private static void withFixedTimes(Path zip, OutputStream out) throws IOException {
        try (ZipFile in = new ZipFile(zip.toFile());
             ZipArchiveOutputStream z = new ZipArchiveOutputStream(out)) {
            for (ZipArchiveEntry e : Collections.list(in.getEntriesInPhysicalOrder())) {
                ZipArchiveEntry copy = new ZipArchiveEntry(e.getName());
                copy.setMethod(e.getMethod());
                copy.setCrc(e.getCrc());
                copy.setSize(e.getSize());
                copy.setCompressedSize(e.getCompressedSize());
                copy.setTime(FIXED_TIME.getTime());
                z.addRawArchiveEntry(copy, in.getRawInputStream(e));
            }
        }
    }

    @Override
    public void close() throws IOException {
        wb.dispose();
        wb.close();
    }
}
