package townstats.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built site checked as files, without a browser: links, escaping, downloads, URL scheme. */
class SiteLinksTest {
    @Test
    void everyInternalLinkResolvesAndNothingIsExternal() throws Exception {
        List<String> pages = TestSite.htmlPages();
        assertTrue(pages.size() > 20, "pages: " + pages);
        List<String> problems = new LinkChecker(TestSite.site()).check(pages);
        assertEquals(List.of(), problems);
    }

    @Test
    void everyPageKindIsWritten() throws Exception {
        Path site = TestSite.site();
        for (String p : List.of("index.html", "404.html", "search.html", "composite.html", "quality.html", "downloads.html",
                "methodology.html", "about.html", "towns/index.html", "reports/index.html", "rankings/index.html",
                "towns/luanchuan-tantou/index.html", "reports/luanchuan-tantou-2022/index.html",
                "reports/luanchuan-tantou-2022/original.txt", "reports/luanchuan-tantou-2022/facts.csv",
                "rankings/fiscal-revenue-2022.html", "assets/search-index.js", "assets/site.js", "assets/site.css",
                "data/townstats.xlsx", "data/ranking-tables.csv", "towns/ceshi-eyi/index.html")) {
            assertTrue(Files.isRegularFile(site.resolve(p)), p);
        }
        // no base_url configured: no sitemap (it would need absolute URLs)
        assertFalse(Files.exists(site.resolve("sitemap.xml")));
    }

    @Test
    void qualityPageListsSkippedFilesAndAnonymisedTowns() throws Exception {
        String html = Files.readString(TestSite.site().resolve("quality.html"), StandardCharsets.UTF_8);
        assertFalse(TestSite.result().skipped().isEmpty(), "the empty file is skipped");
        assertTrue(html.contains("zz_empty.txt"), "skipped file listed");
        assertTrue(html.contains("towns/niming-"), "anonymised towns linked");
    }

    @Test
    void slugsAreSafeAscii() throws Exception {
        for (String p : TestSite.htmlPages()) assertTrue(p.matches("[a-z0-9./-]+"), p);
    }

    @Test
    void everyPageHasTitleAndLanguage() throws Exception {
        for (String p : TestSite.htmlPages()) {
            String html = Files.readString(TestSite.site().resolve(p), StandardCharsets.UTF_8);
            assertTrue(html.contains("<html lang=\"zh-CN\">"), p);
            assertTrue(html.matches("(?s).*<title>[^<]+</title>.*"), p);
            assertTrue(html.contains("测试站点"), "settings title in " + p);
        }
    }

    @Test
    void hostileReportIsEscapedInTheFiles() throws Exception {
        Path report = TestSite.site().resolve("reports/ceshi-eyi-2022/index.html");
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(html.contains("${7*7}"), "template syntax shown literally");
        assertTrue(html.contains("&lt;#assign x=1&gt;"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("&lt;img src=x onerror=alert(2)&gt;"));
        assertFalse(html.contains("<script>alert"));
        assertFalse(html.contains("onerror=alert(2)>"));
        assertFalse(html.contains(">49<"));
        for (String p : TestSite.htmlPages()) {
            String page = Files.readString(TestSite.site().resolve(p), StandardCharsets.UTF_8);
            assertFalse(page.contains("<script>alert"), p);
            assertFalse(page.contains("href=\"javascript:"), p);
        }
    }

    @Test
    void csvDownloadsStartWithBom() throws Exception {
        for (String p : List.of("data/ranking-tables.csv", "reports/luanchuan-tantou-2022/facts.csv")) {
            byte[] b = Files.readAllBytes(TestSite.site().resolve(p));
            assertEquals((byte) 0xEF, b[0], p);
            assertEquals((byte) 0xBB, b[1], p);
        }
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(TestSite.site().resolve("data/townstats.xlsx").toFile())) {
            List<String> sheets = new java.util.ArrayList<>();
            wb.forEach(s -> sheets.add(s.getSheetName()));
            assertEquals(List.of("说明", "指标数据", "报告", "全部乡镇排名", "省内排名", "市内排名", "县内排名", "统计量", "主题", "主题统计"), sheets);
            assertEquals("乡镇", wb.getSheet("指标数据").getRow(0).getCell(1).getStringCellValue());
            int facts = TestSite.result().facts();
            assertEquals(facts, wb.getSheet("指标数据").getLastRowNum(), "one row per fact");
            assertEquals(TestSite.result().reports().size(), wb.getSheet("报告").getLastRowNum());
        }
    }
}
