package townstats.export;

import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.commons.csv.CSVPrinter;
import townstats.analyze.RankEntry;
import townstats.analyze.Ranking;
import townstats.model.Document;
import townstats.model.Fact;
import townstats.model.ReportFacts;
import townstats.util.Csv;
import townstats.util.Numbers;

/**
 * The tables for Excel users: the workbook (data/townstats.xlsx), the rankings as CSV (data/ranking-tables.csv)
 * and a report's facts.csv. Their headers and labels are Chinese; the theme's wording ({@link Wording}) names
 * the peer groups, measures, flags and notices as the pages do.
 */
public final class Tables {
    public static final String WORKBOOK = "data/townstats.xlsx";
    private static final java.util.Date FIXED_TIME = new java.util.Date(946_684_800_000L); // 2000-01-01
    /** Rows an Excel sheet holds. */
    private static final int EXCEL_ROWS = 1_048_576;
    public static final String RANKINGS_CSV = "data/ranking-tables.csv";

    static {
        // POI logs through log4j-api; without a backend it prints a warning on every build
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    private Tables() {
    }

    /** The wording the pages use, so a table says what the page beside it says. */
    public interface Wording {
        String indicatorName(String id);

        /** The report's reading problems and quality issues, one line each. */
        List<String> notices(ReportFacts r);

        /** 栾川县, or 栾川县 · 1—11月 for a ranking of part of the year. */
        String groupName(Ranking t);

        String measureLabel(String measure);

        List<String> flagLabels(List<String> flags);
    }

    static final List<String> REPORT_FACT_HEADERS = List.of("指标代码", "指标", "数值", "单位", "增长率(%)", "时期", "说明", "所在部分", "核对",
            "原文");

    /** The peer group of all towns: the only one in the workbook (Excel stops at 1,048,576 rows). */
    private static final String ALL = "all";

    static final List<String> FACT_HEADERS = List.of("报告", "乡镇", "县（市、区）", "年份", "指标代码", "指标", "数值", "单位",
            "增长率(%)", "时期", "说明", "所在部分", "核对", "原文");
    static final List<String> REPORT_HEADERS = List.of("报告", "标题", "乡镇", "县（市、区）", "省", "年份", "匿名", "指标数", "原文件", "提示");
    static final List<String> RANKING_HEADERS = List.of("指标代码", "指标", "年份", "比较范围", "口径", "名次", "乡镇", "报告",
            "数值", "百分位", "标准分", "标记");

    /** The workbook and ranking-tables.csv under data/ of the site, written at once. */
    public static void writeAll(List<ReportFacts> reports, List<Ranking> rankings, Wording wording, townstats.util.SiteFiles site)
            throws IOException {
        site.writeAll(java.util.Map.of(RANKINGS_CSV, out -> rankingsCsv(rankings, wording, out),
                WORKBOOK, out -> workbook(reports, rankings, wording, out)));
    }

    /** The workbook: facts, reports and rankings sheets with Chinese headers; streamed, so size does not matter. */
    public static void workbook(List<ReportFacts> reports, List<Ranking> rankings, Wording ctx, java.io.OutputStream target) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            // Every cell gets this style: a cell without one makes POI look its column's style up in the sheet XML,
            // which cost more than the rest of the workbook together.
            CellStyle plain = wb.getCellStyleAt(0);
            Sheet facts = sheet(wb, "指标数据", FACT_HEADERS, bold);
            int n = 1;
            for (ReportFacts r : reports) {
                Document d = r.document();
                for (Fact f : r.facts()) {
                    if (n >= EXCEL_ROWS) break;
                    row(facts, plain, n++, r.reportId(), d.town(), d.county(), d.year(), f.indicator(), ctx.indicatorName(f.indicator()),
                            f.value(), f.unit(), f.growth(), f.period() == null ? null : f.period().label(),
                            f.qualifier() == null ? null : f.qualifier().label(), f.section().label(), check(r, f, ctx), f.quote());
                }
            }
            Sheet rs = sheet(wb, "报告", REPORT_HEADERS, bold);
            n = 1;
            for (ReportFacts r : reports) {
                Document d = r.document();
                row(rs, plain, n++, r.reportId(), d.title(), d.town(), d.county(), r.place() == null ? null : r.place().province(),
                        d.year(), d.anonymised() ? "是" : "否", r.facts().size(), d.report().source(), String.join("；", ctx.notices(r)));
            }
            Sheet rk = sheet(wb, "排名", RANKING_HEADERS, bold);
            n = 1;
            // Whole-corpus tables only (Excel stops at 1,048,576 rows); every peer group is in ranking-tables.csv.
            for (Ranking t : rankings) {
                if (!ALL.equals(t.group())) continue;
                for (RankEntry r : t.entries()) {
                    if (n >= EXCEL_ROWS) break;
                    row(rk, plain, n++, t.indicator(), ctx.indicatorName(t.indicator()), t.year(), ctx.groupName(t), ctx.measureLabel(t.measure()),
                            r.rank(), r.town(), r.report(), r.value(), r.percentile(), r.z(), String.join("、", ctx.flagLabels(r.flags())));
                }
            }
            wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(java.util.Optional.of(FIXED_TIME));
            // Written to a temporary file, then copied with fixed entry times: a national workbook is too big for memory.
            java.nio.file.Path zip = java.nio.file.Files.createTempFile("townstats-", ".xlsx");
            try {
                try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(zip)) {
                    wb.write(out);
                }
                wb.dispose();
                withFixedTimes(zip, target);
            } finally {
                java.nio.file.Files.deleteIfExists(zip);
            }
        }
    }

    /** Every ranking row as CSV, UTF-8 with BOM. */
    public static void rankingsCsv(List<Ranking> rankings, Wording ctx, java.io.OutputStream out) throws IOException {
        java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8));
        CSVPrinter csv = Csv.table(w, RANKING_HEADERS);
        for (Ranking t : rankings) {
            for (RankEntry r : t.entries()) {
                Csv.record(csv, t.indicator(), ctx.indicatorName(t.indicator()), String.valueOf(t.year()), ctx.groupName(t),
                        ctx.measureLabel(t.measure()), r.rank() == null ? "" : r.rank().toString(), r.town(), r.report(),
                        Numbers.plain(r.value()), r.percentile() == null ? "" : Numbers.rounded(r.percentile(), 1),
                        r.z() == null ? "" : Numbers.rounded(r.z(), 3), String.join("、", ctx.flagLabels(r.flags())));
            }
        }
        csv.flush();
    }

    /** A report's facts as CSV (reports/SLUG/facts.csv), UTF-8 with BOM. */
    public static String reportFactsCsv(ReportFacts r, Wording ctx) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter csv = Csv.table(sb, REPORT_FACT_HEADERS)) {
            for (Fact f : r.facts()) {
                Csv.record(csv, f.indicator(), ctx.indicatorName(f.indicator()), raw(f.value()), f.unit(),
                        raw(f.growth()), f.period() == null ? "" : f.period().label(),
                        f.qualifier() == null ? "" : f.qualifier().label(), f.section().label(),
                        check(r, f, ctx), f.quote() == null ? "" : f.quote());
            }
        }
        return sb.toString();
    }

    /**
     * The flags that say how a figure was read and checked: {@code ocr:97} (识别自扫描件, with its confidence),
     * {@code ocr_uncertain} (识别存疑: not ranked until checked) and {@code checked:NOTE} (人工核对, stated in the sidecar).
     */
    public static List<String> checkFlags(ReportFacts r, Fact f) {
        List<String> out = new java.util.ArrayList<>();
        if (f.scanned()) out.add(townstats.analyze.Flags.ocr(f.confidence()));
        boolean unsure = r.issues().stream().anyMatch(i -> i.kind() == townstats.model.QualityIssue.Kind.OCR_UNCERTAIN && i.concerns(f, false));
        if (unsure) out.add(townstats.model.QualityIssue.Kind.OCR_UNCERTAIN.id());
        if (f.correction() != null) out.add(townstats.analyze.Flags.checked(f.correction().note()));
        return out;
    }

    /**
     * How the figure was read and checked, as the pages say it: 识别自扫描件 97%, 识别存疑, 人工核对：NOTE, and for a corrected
     * figure what the report's text read (原为4410万元).
     */
    public static List<String> checkLabels(ReportFacts r, Fact f, Wording ctx) {
        List<String> out = new java.util.ArrayList<>(ctx.flagLabels(checkFlags(r, f)));
        if (f.correction() != null && f.correction().was() != null && !f.correction().was().isEmpty()) {
            out.add("原为" + f.correction().was());
        }
        return out;
    }

    /** The 核对 cell: {@link #checkLabels} in one line, or "". */
    static String check(ReportFacts r, Fact f, Wording ctx) {
        return String.join("、", checkLabels(r, f, ctx));
    }

    private static String raw(Double d) {
        return d == null ? "" : Numbers.plain(d);
    }

    private static Sheet sheet(SXSSFWorkbook wb, String name, List<String> headers, CellStyle bold) {
        SXSSFSheet sheet = wb.createSheet(name);
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell c = row.createCell(i);
            c.setCellValue(headers.get(i));
            c.setCellStyle(bold);
            sheet.setColumnWidth(i, (i == headers.size() - 1 ? 40 : 14) * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /**
     * An .xlsx is a zip whose entries carry the time they were written: set one fixed time so that the same
     * data gives the same bytes, and an unchanged rebuild leaves the published file alone.
     */
    static void withFixedTimes(java.nio.file.Path zip, java.io.OutputStream out) throws IOException {
        // entries are copied compressed as they are (no second deflate of a national workbook), only re-dated
        try (ZipFile in = new ZipFile(zip.toFile());
             ZipArchiveOutputStream z = new ZipArchiveOutputStream(out)) {
            for (ZipArchiveEntry e : java.util.Collections.list(in.getEntriesInPhysicalOrder())) {
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

    private static void row(Sheet sheet, CellStyle style, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) continue;
            Cell c = row.createCell(i);
            c.setCellStyle(style);
            if (v instanceof Number num) c.setCellValue(num.doubleValue());
            // text cells are always strings: a quote starting with = stays text, never a formula
            else c.setCellValue(v.toString());
        }
    }
}
