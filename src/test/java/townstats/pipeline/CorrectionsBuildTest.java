package townstats.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official's last word (issue 24, item 5): a sidecar that corrects, adds and removes figures. The corrected and the
 * added figure are the figures on the profile, the ranking page, facts.json, the workbook and the reader page, marked
 * 人工核对 with the note; the removed one is gone, said on the reader page; removing the sidecar restores what was read
 * (an incremental build reads that report alone again); nothing in the content is changed.
 */
class CorrectionsBuildTest {
    static final String SIDECAR = """
            town: 潭头镇
            facts:
              - correct: 财政收入
                was: 4410万元
                value: 0.452亿元
                note: 以镇财政所决算为准
              - add: 地区生产总值
                value: 12.5亿元
                growth: 6.1%
                note: 据县统计局反馈
              - remove: 重点项目数
                note: 为计划数
            """;

    @TempDir
    Path tmp;

    @Test
    void correctionsWinEverywhereAndRemovingTheSidecarRestoresTheFigures() throws Exception {
        TestProject p = TestProject.withSamples(tmp.resolve("project"));
        // more towns of 2022, so that both indicators are ranked (a ranking needs five towns)
        for (String town : List.of("青石镇", "白石镇", "黑石镇", "红石镇")) {
            Files.writeString(p.reports.resolve(town + ".txt"), town + "2022年工作总结\n一、2022年工作回顾\n全年完成地区生产总值"
                    + town.codePointAt(0) % 7 + ".3亿元，财政收入" + (3000 + town.codePointAt(0) % 900) + "万元。\n");
        }
        Path sidecar = p.reports.resolve("000_3b4a4675a0c82837.yml");
        Files.writeString(sidecar, SIDECAR, StandardCharsets.UTF_8);
        Map<String, String> content = TestProject.hashes(p.content);
        Build.Result first = build(p);
        assertEquals(List.of(), first.skipped());
        assertEquals(content, TestProject.hashes(p.content), "the build changes nothing in the content");

        // facts.json: the corrected figure, its note and what was read; the added one; the removed one gone
        JsonNode fiscal = fact(p, "fiscal_revenue");
        assertEquals(4520.0, fiscal.path("value").asDouble());
        assertEquals("corrected", fiscal.path("check").path("action").asText());
        assertEquals("以镇财政所决算为准", fiscal.path("check").path("note").asText());
        assertEquals("4410万元", fiscal.path("check").path("was").asText());
        JsonNode gdp = fact(p, "gdp");
        assertEquals(125000.0, gdp.path("value").asDouble());
        assertEquals(6.1, gdp.path("growth").asDouble());
        assertEquals("added", gdp.path("check").path("action").asText());
        assertEquals(-1, gdp.path("offset").asInt());
        assertTrue(p.facts().stream().noneMatch(f -> f.path("report").asText().startsWith("000_") && f.path("indicator").asText().equals("key_projects")));

        // the ranking pages: the official's figures, ranked, marked with the note
        String fiscalRanking = text(p.site.resolve("rankings/fiscal-revenue-2022.html"));
        assertTrue(fiscalRanking.contains("人工核对：以镇财政所决算为准"), fiscalRanking);
        assertTrue(fiscalRanking.contains("4,520") || fiscalRanking.contains("4520"), fiscalRanking);
        assertFalse(fiscalRanking.contains("4410") || fiscalRanking.contains("4,410"), fiscalRanking);
        JsonNode entry = entry(p, "fiscal_revenue");
        assertTrue(entry.path("rank").isInt(), entry.toString());
        assertTrue(entry.path("flags").toString().contains("checked:以镇财政所决算为准"), entry.toString());
        assertTrue(entry(p, "gdp").path("rank").isInt());
        assertTrue(text(p.site.resolve("rankings/gdp-2022.html")).contains("人工核对：据县统计局反馈"));

        // the profile
        String profile = text(p.site.resolve("towns/luanchuan-tantou/index.html"));
        assertTrue(profile.contains("人工核对：以镇财政所决算为准") && profile.contains("人工核对：据县统计局反馈"), profile);
        assertTrue(profile.contains("12.50 亿元"), profile);

        // the reader page: both marked, what was read, the removal said
        Path reader = readerPage(p);
        String page = text(reader);
        assertTrue(page.contains("人工核对：以镇财政所决算为准") && page.contains("原为4410万元"), page);
        assertTrue(page.contains("人工核对：据县统计局反馈"), page);
        assertTrue(page.contains("人工核对：删除重点项目数"), page);

        // the workbook's facts sheet: the 核对 column
        List<String> checks = new ArrayList<>();
        try (InputStream in = Files.newInputStream(p.site.resolve("data/townstats.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet facts = wb.getSheet("指标数据");
            int column = -1;
            for (int c = 0; c < facts.getRow(0).getLastCellNum(); c++) if (facts.getRow(0).getCell(c).getStringCellValue().equals("核对")) column = c;
            for (Row row : facts) {
                if (row.getRowNum() > 0 && row.getCell(column) != null) checks.add(row.getCell(column).getStringCellValue());
            }
        }
        assertTrue(checks.contains("人工核对：以镇财政所决算为准、原为4410万元"), checks.toString());
        assertTrue(checks.contains("人工核对：据县统计局反馈"), checks.toString());

        // without the sidecar: the figures as read, and only that report read again
        Files.delete(sidecar);
        Build.Result second = build(p);
        assertEquals(1, second.reportsRead(), "an incremental build: the one report whose sidecar went");
        JsonNode restored = fact(p, "fiscal_revenue");
        assertEquals(4410.0, restored.path("value").asDouble());
        assertTrue(restored.path("check").isNull());
        assertTrue(p.facts().stream().noneMatch(f -> f.path("report").asText().startsWith("000_") && f.path("indicator").asText().equals("gdp")));
        assertTrue(p.facts().stream().anyMatch(f -> f.path("report").asText().startsWith("000_") && f.path("indicator").asText().equals("key_projects")));
        assertFalse(text(readerPage(p)).contains("人工核对"));
        assertFalse(text(p.site.resolve("rankings/fiscal-revenue-2022.html")).contains("人工核对"));
    }

    @Test
    void aCorrectionNamingAnUnknownIndicatorOrUnitIsRefusedInOneLine() throws Exception {
        TestProject p = TestProject.withSamples(tmp.resolve("bad"));
        Files.writeString(p.reports.resolve("000_3b4a4675a0c82837.yml"), "facts:\n  - add: 地区生产总值\n    value: 12.5亿\n");
        Files.writeString(p.reports.resolve("001_0f77647293844d46.yml"), "facts:\n  - correct: 生产总值X\n    value: 3亿元\n");
        Build.Result r = p.build();
        assertTrue(p.log().contains("townstats: skipped 000_3b4a4675a0c82837.txt: 000_3b4a4675a0c82837.yml: add: unknown unit '亿' "
                + "for 地区生产总值 (万元, 亿元, 元) (line 2)\n"), p.log());
        assertTrue(p.log().contains("townstats: skipped 001_0f77647293844d46.txt: 001_0f77647293844d46.yml: correct: unknown indicator "
                + "'生产总值X' (an id or a name of the catalogue: fiscal_revenue, 财政收入) (line 2)\n"), p.log());
        assertEquals(3, r.reports().size(), "the other reports are built");
    }

    /** A build with the workbook (--exports), as the main job makes it. */
    private static Build.Result build(TestProject p) throws java.io.IOException {
        return new Build(p.options().withExports(true), TestProject.extractor(),
                new java.io.PrintStream(p.log, true, StandardCharsets.UTF_8)).run();
    }

    private static JsonNode fact(TestProject p, String indicator) throws Exception {
        JsonNode found = null;
        for (JsonNode f : p.facts()) {
            if (f.path("report").asText().startsWith("000_") && f.path("indicator").asText().equals(indicator)
                    && f.path("section").asText().equals("summary")) found = f;
        }
        assertNotNull(found, indicator);
        return found;
    }

    private static JsonNode entry(TestProject p, String indicator) throws Exception {
        for (JsonNode t : TestProject.rankings(p.site)) {
            if (!t.path("indicator").asText().equals(indicator) || !t.path("measure").asText().equals("value")
                    || !t.path("group").asText().equals("all") || !t.path("period").isNull()) continue;
            for (JsonNode e : t.path("entries")) if (e.path("report").asText().startsWith("000_")) return e;
        }
        throw new AssertionError("no ranking entry of the report for " + indicator);
    }

    private static Path readerPage(TestProject p) throws Exception {
        try (var dirs = Files.list(p.site.resolve("reports"))) {
            return dirs.map(d -> d.resolve("index.html")).filter(Files::isRegularFile)
                    .filter(f -> read(f).contains("facts.csv") && read(f).contains("潭头镇2022年")).findFirst().orElseThrow();
        }
    }

    private static String text(Path page) {
        return Jsoup.parse(read(page)).text();
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
