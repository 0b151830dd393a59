package townstats.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tables for an office opened in a real spreadsheet program, LibreOffice Calc (issue 27, item 2): the CSVs read as
 * Excel and WPS read them (UTF-8, as their byte-order mark says; comma-separated) come back with Chinese headers,
 * numbers as numbers, years whole and text as written; the workbook, saved by Calc as its cells show, has every peer
 * group with numbers as the pages round and group them, and keeps its filters when Calc saves it again. Its printout
 * (PDF pages as PNG) goes to target/screenshots/workbook-N.png.
 */
class SpreadsheetRoundTripTest {
    /** Columns whose cells are numbers; every other column is text (codes, names, months, flags). */
    private static final Set<String> NUMERIC = Set.of("年份", "数值", "增长率(%)", "起始月", "截止月", "原文位置", "识别置信度(%)", "参与统计数",
            "名次", "百分位", "标准分", "平均值", "中位数", "下四分位数", "上四分位数", "最小值", "最大值", "标准差", "变异系数(%)",
            "句子位置", "乡镇数", "有该部分的乡镇数", "提及乡镇数", "占比(%)", "上年提及乡镇数", "上年占比(%)", "变化（百分点）");
    /** A column of numbers and text alike: 3202, or 1204;3310. */
    private static final Set<String> EITHER = Set.of("其他提及位置");
    private static final List<String> CSVS = List.of("facts.csv", "ranking-tables.csv", "statistics.csv", "themes.csv",
            "theme-counts.csv");
    private static final List<String> LEVELS = List.of("全部乡镇排名", "省内排名", "市内排名", "县内排名");

    private static Path site;
    private static Path work;

    @BeforeAll
    static void build() throws IOException {
        LibreOffice.requireOrSkip();
        site = TestSite.site();
        work = Files.createTempDirectory("townstats-calc");
    }

    @Test
    void csvFilesOpenWithChineseHeadersNumbersAsNumbersAndWholeYears() throws Exception {
        Path in = Files.createDirectories(work.resolve("csv"));
        List<Path> files = new ArrayList<>();
        for (String name : CSVS) files.add(Files.copy(site.resolve("data").resolve(name), in.resolve(name)));
        // comma-separated, double quotes, UTF-8 (76) as the BOM tells Excel and WPS, from the first line
        LibreOffice.convert(work, "xlsx", "Text - txt - csv (StarCalc):44,34,76,1", in, files);
        for (String name : CSVS) {
            List<CSVRecord> csv = csv(site.resolve("data").resolve(name));
            List<String> header = csv.get(0).toList();
            assertTrue(header.stream().allMatch(h -> h.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)),
                    name + ": every header Chinese: " + header);
            try (XSSFWorkbook wb = new XSSFWorkbook(in.resolve(name.replace(".csv", ".xlsx")).toFile())) {
                XSSFSheet sheet = wb.getSheetAt(0);
                assertEquals(csv.size() - 1, sheet.getLastRowNum(), name + ": every row");
                assertEquals(header, strings(sheet.getRow(0), header.size()), name + ": the header as written, the BOM not in it");
                for (int r = 1; r < csv.size(); r++) {
                    Row row = sheet.getRow(r);
                    for (int c = 0; c < header.size(); c++) {
                        String written = csv.get(r).get(c);
                        Cell cell = row.getCell(c);
                        String where = name + " " + header.get(c) + " row " + r + ": " + written;
                        if (written.isEmpty()) {
                            assertTrue(cell == null || cell.getCellType() == CellType.BLANK, where);
                        } else if (NUMERIC.contains(header.get(c))) {
                            assertEquals(CellType.NUMERIC, cell.getCellType(), where);
                            assertEquals(Double.parseDouble(written), cell.getNumericCellValue(), 1e-9, where);
                            if (header.get(c).equals("年份")) assertEquals(written, SHOWN.formatCellValue(cell), where + ": a whole year");
                        } else if (!EITHER.contains(header.get(c))) {
                            assertEquals(CellType.STRING, cell.getCellType(), where + ": text stays text (no date, no number)");
                            assertEquals(written.startsWith("'") ? written.substring(1) : written,
                                    cell.getStringCellValue().startsWith("'") ? cell.getStringCellValue().substring(1) : cell.getStringCellValue(), where);
                        }
                    }
                }
            }
        }
        assertUniqueKeys(csv(site.resolve("data/statistics.csv")), List.of("指标代码", "年份", "时期", "口径", "范围代码"));
        assertUniqueKeys(csv(site.resolve("data/ranking-tables.csv")), List.of("指标代码", "年份", "时期", "口径", "范围代码", "报告编号"));
    }

    /** No two rows share a key: statistics.csv once had "gdp, 2023, all, value" four times, one per period. */
    private static void assertUniqueKeys(List<CSVRecord> csv, List<String> key) {
        List<String> header = csv.get(0).toList();
        Set<String> seen = new HashSet<>();
        for (CSVRecord r : csv.subList(1, csv.size())) {
            String k = String.join("|", key.stream().map(c -> r.get(header.indexOf(c))).toList());
            assertTrue(seen.add(k), "key repeated: " + k);
        }
    }

    @Test
    void theWorkbookShowsEveryPeerGroupAsThePagesRoundAndGroupNumbers() throws Exception {
        Path out = Files.createDirectories(work.resolve("shown"));
        Path xlsx = Files.copy(site.resolve("data/townstats.xlsx"), out.resolve("townstats.xlsx"));
        // every sheet to CSV, each cell as Calc shows it (token 9: "as shown"; token 12 = -1: all sheets)
        LibreOffice.convert(work, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", null, out, List.of(xlsx));
        for (String sheet : List.of("说明", "指标数据", "报告", "全部乡镇排名", "省内排名", "市内排名", "县内排名", "统计量", "主题", "主题统计")) {
            assertTrue(Files.isRegularFile(out.resolve("townstats-" + sheet + ".csv")), "sheet " + sheet);
        }
        // the rankings of every level together are ranking-tables.csv's rows, each shown as the pages show it
        List<CSVRecord> data = csv(site.resolve("data/ranking-tables.csv"));
        List<String> cols = data.get(0).toList();
        Map<String, CSVRecord> byKey = new HashMap<>();
        for (CSVRecord r : data.subList(1, data.size())) byKey.put(key(r, cols), r);
        int rows = 0;
        for (String level : LEVELS) {
            List<CSVRecord> shown = csv(out.resolve("townstats-" + level + ".csv"));
            assertEquals(cols, shown.get(0).toList(), level);
            for (CSVRecord r : shown.subList(1, shown.size())) {
                rows++;
                CSVRecord d = byKey.get(key(r, cols));
                String where = level + ": " + r;
                assertTrue(d != null, where);
                boolean growth = d.get(cols.indexOf("口径")).equals("增长率");
                assertEquals(pages(d.get(cols.indexOf("数值"))) + (growth ? "%" : ""), r.get(cols.indexOf("数值")), where);
                assertEquals(d.get(cols.indexOf("年份")), r.get(cols.indexOf("年份")), where);
                assertEquals(d.get(cols.indexOf("百分位")), r.get(cols.indexOf("百分位")), where);
                String z = d.get(cols.indexOf("标准分"));
                assertEquals(z.isEmpty() ? "" : String.format(Locale.ROOT, "%.2f", Double.parseDouble(z)), r.get(cols.indexOf("标准分")), where);
                assertEquals(d.get(cols.indexOf("比较范围")), r.get(cols.indexOf("比较范围")), where);
            }
        }
        assertEquals(data.size() - 1, rows, "every ranking row of every peer group");
        List<CSVRecord> facts = csv(out.resolve("townstats-指标数据.csv"));
        assertTrue(facts.stream().anyMatch(r -> r.toList().containsAll(List.of("潭头镇", "2022", "固定资产投资", "94,885", "万元", "20%", "1—11月"))),
                "a fact as the profile says it");
    }

    /** 94,885 and 79,082.9: how a page writes a number (grouped thousands, at most two decimals). */
    private static String pages(String plain) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(Double.parseDouble(plain));
    }

    private static String key(CSVRecord r, List<String> cols) {
        return String.join("|", Stream.of("指标代码", "年份", "时期", "口径", "范围代码", "报告编号").map(c -> r.get(cols.indexOf(c))).toList());
    }

    @Test
    void filtersSurviveCalcAndThePrintoutIsLookedAt() throws Exception {
        Path in = Files.createDirectories(work.resolve("saved-in"));
        Path out = Files.createDirectories(work.resolve("saved"));
        Path xlsx = Files.copy(site.resolve("data/townstats.xlsx"), in.resolve("townstats.xlsx"));
        LibreOffice.convert(work, "xlsx:Calc Office Open XML", null, out, List.of(xlsx));
        try (XSSFWorkbook wb = new XSSFWorkbook(out.resolve("townstats.xlsx").toFile())) {
            for (XSSFSheet s : (Iterable<XSSFSheet>) () -> java.util.stream.StreamSupport.stream(wb.spliterator(), false)
                    .map(x -> (XSSFSheet) x).iterator()) {
                if (s.getSheetName().equals("说明")) continue;
                // (the frozen header is a view setting, which Calc without a window does not keep: TablesTest checks the file's)
                assertTrue(s.getCTWorksheet().isSetAutoFilter(), s.getSheetName() + ": Calc read the filter and keeps it");
                assertEquals("A1:" + new org.apache.poi.ss.util.CellReference(s.getLastRowNum(), s.getRow(0).getLastCellNum() - 1).formatAsString(false),
                        s.getCTWorksheet().getAutoFilter().getRef(), s.getSheetName() + ": over every row");
            }
        }
        Path shots = Files.createDirectories(Path.of("target/screenshots"));
        LibreOffice.convert(work, "pdf", null, out, List.of(xlsx));
        Process p = new ProcessBuilder("pdftoppm", "-png", "-r", "110", out.resolve("townstats.pdf").toString(),
                shots.resolve("workbook").toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), log);
        try (Stream<Path> pngs = Files.list(shots)) {
            assertTrue(pngs.anyMatch(f -> f.getFileName().toString().matches("workbook-0*1\\.png")), "the printout's first page");
        }
    }

    private static final DataFormatter SHOWN = new DataFormatter(Locale.ROOT);

    private static List<String> strings(Row row, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(row.getCell(i) == null ? "" : SHOWN.formatCellValue(row.getCell(i)));
        return out;
    }

    /** Every record of a CSV file (the header first), its byte-order mark skipped. */
    private static List<CSVRecord> csv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        try (CSVParser p = CSVParser.parse(text, CSVFormat.RFC4180)) {
            return p.getRecords();
        }
    }
}
