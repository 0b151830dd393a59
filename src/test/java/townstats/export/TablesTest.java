package townstats.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static townstats.analyze.Fixtures.fact;
import static townstats.analyze.Fixtures.place;
import static townstats.analyze.Fixtures.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import townstats.analyze.Analysis;
import townstats.analyze.Analyzer;
import townstats.catalog.Catalog;
import townstats.model.Period;
import townstats.model.ReportFacts;
import townstats.model.SectionKind;

/**
 * The tables for an office: Chinese headers and words, period and unit columns, one row per ranking key, every
 * peer group in the workbook, numbers as the pages show them (issue 27, item 2). LibreOffice opens the built
 * site's files in {@code townstats.site.SpreadsheetRoundTripTest}.
 */
class TablesTest {
    private static final Catalog CATALOG = Catalog.loadDefault();
    private static final Period JAN_SEP = new Period(1, 9);

    /** The pages' words, as the theme's messages give them. */
    static final Tables.Wording WORDING = new Tables.Wording() {
        @Override
        public String indicatorName(String id) {
            return CATALOG.name(id);
        }

        @Override
        public List<String> notices(ReportFacts r) {
            return r.warnings();
        }

        @Override
        public String groupLabel(String group) {
            return Map.of("all", "全部乡镇", "province:41", "河南省", "city:4103", "洛阳市").getOrDefault(group, "栾川县");
        }

        @Override
        public String measureLabel(String measure) {
            return measure.equals("growth") ? "增长率" : "数值";
        }

        @Override
        public List<String> flagLabels(List<String> flags) {
            return flags.stream().map(f -> f.equals("partial:1-9") ? "1—9月" : f).toList();
        }
    };

    /** Five towns of 栾川县 with the year's GDP and growth, three of them also with January to September's. */
    private static List<ReportFacts> reports() {
        List<ReportFacts> reports = new ArrayList<>();
        double[] gdp = {94885, 79082.9, 150000, 4410, 123456.789};
        for (int i = 0; i < gdp.length; i++) {
            List<townstats.model.Fact> facts = new ArrayList<>();
            facts.add(fact("gdp", gdp[i], 5.0 + i * 2.5, Period.FULL_YEAR, null, SectionKind.SUMMARY));
            if (i < 3) facts.add(fact("fiscal_revenue", 1000.0 + i, null, JAN_SEP, null, SectionKind.SUMMARY));
            reports.add(report("r" + i, "T" + i + "镇", 2023, place("T" + i + "镇", "410324", "41032410" + i),
                    facts.toArray(townstats.model.Fact[]::new)));
        }
        return reports;
    }

    private static List<CSVRecord> csv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "UTF-8 with BOM");
        try (CSVParser p = CSVParser.parse(text.substring(1), CSVFormat.RFC4180.builder().setHeader().build())) {
            return p.getRecords();
        }
    }

    @Test
    void statisticsHaveOneRowPerRankingWithItsPeriodAndUnit() throws IOException {
        List<ReportFacts> reports = reports();
        Analysis a = Analyzer.analyze(reports, CATALOG);
        Tables.Context ctx = Tables.Context.of(WORDING, CATALOG, reports);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Tables.csv(Tables.statisticsColumns(ctx), a.rankings(), out);
        List<CSVRecord> rows = csv(out.toByteArray());
        assertEquals(List.of("指标代码", "指标", "年份", "时期", "口径", "单位", "级别", "比较范围", "范围代码", "参与统计数", "是否排名",
                "平均值", "中位数", "下四分位数", "上四分位数", "最小值", "最大值", "标准差", "变异系数(%)"), rows.get(0).getParser().getHeaderNames());
        assertEquals(a.rankings().size(), rows.size());
        Set<String> keys = new HashSet<>();
        for (CSVRecord r : rows) {
            assertTrue(keys.add(r.get("指标代码") + "|" + r.get("年份") + "|" + r.get("时期") + "|" + r.get("口径") + "|" + r.get("范围代码")),
                    "one row per ranking: " + r);
        }
        CSVRecord gdp = row(rows, "gdp", "全年", "数值", "all");
        assertEquals(List.of("地区生产总值", "2023", "万元", "全部乡镇", "全部乡镇", "5", "是"),
                List.of(gdp.get("指标"), gdp.get("年份"), gdp.get("单位"), gdp.get("级别"), gdp.get("比较范围"), gdp.get("参与统计数"), gdp.get("是否排名")));
        assertEquals("90366.94", gdp.get("平均值"), "two decimals, as the pages round");
        assertEquals("94885", gdp.get("中位数"));
        CSVRecord county = row(rows, "gdp", "全年", "增长率", "county:410324");
        assertEquals(List.of("%", "县内", "栾川县", "10"), List.of(county.get("单位"), county.get("级别"), county.get("比较范围"), county.get("平均值")));
        CSVRecord part = row(rows, "fiscal_revenue", "1—9月", "数值", "city:4103");
        assertEquals(List.of("市内", "洛阳市", "3", "1001"), List.of(part.get("级别"), part.get("比较范围"), part.get("参与统计数"), part.get("平均值")));
    }

    private static CSVRecord row(List<CSVRecord> rows, String indicator, String period, String measure, String group) {
        return rows.stream().filter(r -> r.get("指标代码").equals(indicator) && r.get("时期").equals(period)
                && r.get("口径").equals(measure) && r.get("范围代码").equals(group)).findFirst().orElseThrow(
                        () -> new AssertionError("no row " + indicator + " " + period + " " + measure + " " + group));
    }

    @Test
    void rankingRowsCarryTheirTableAndTheTownsFigure() throws IOException {
        List<ReportFacts> reports = reports();
        Analysis a = Analyzer.analyze(reports, CATALOG);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Tables.csv(Tables.rankingColumns(Tables.Context.of(WORDING, CATALOG, reports)), rows(a), out);
        List<CSVRecord> rows = csv(out.toByteArray());
        assertEquals(a.rankings().stream().mapToInt(t -> t.entries().size()).sum(), rows.size());
        Set<String> keys = new HashSet<>();
        for (CSVRecord r : rows) {
            assertTrue(keys.add(r.get("指标代码") + "|" + r.get("年份") + "|" + r.get("时期") + "|" + r.get("口径") + "|" + r.get("范围代码")
                    + "|" + r.get("报告编号")), "one row per town and ranking: " + r);
        }
        CSVRecord top = rows.stream().filter(r -> r.get("指标代码").equals("gdp") && r.get("口径").equals("数值")
                && r.get("范围代码").equals("county:410324") && r.get("名次").equals("1")).findFirst().orElseThrow();
        assertEquals(List.of("T2镇", "县410324", "r2", "150000", "100", "1.08", "2023", "全年", "万元"),
                List.of(top.get("乡镇"), top.get("县（市、区）"), top.get("报告编号"), top.get("数值"), top.get("百分位"), top.get("标准分"),
                        top.get("年份"), top.get("时期"), top.get("单位")));
    }

    private static List<Tables.RankRow> rows(Analysis a) {
        return a.rankings().stream().flatMap(t -> t.entries().stream().map(e -> new Tables.RankRow(t, e))).toList();
    }

    @Test
    void theWorkbookHasEveryPeerGroupAndShowsNumbersAsThePagesDo() throws IOException {
        List<ReportFacts> reports = reports();
        Analysis a = Analyzer.analyze(reports, CATALOG);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Tables.workbook(reports, a.rankings(), a.topics(), Tables.Context.of(WORDING, CATALOG, reports), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> sheets = new ArrayList<>();
            wb.forEach(s -> sheets.add(s.getSheetName()));
            assertEquals(List.of("说明", "指标数据", "报告", "全部乡镇排名", "省内排名", "市内排名", "县内排名", "统计量", "主题", "主题统计"), sheets);
            int rankingRows = 0;
            for (String level : List.of("全部乡镇排名", "省内排名", "市内排名", "县内排名")) {
                XSSFSheet s = wb.getSheet(level);
                assertTrue(s.getLastRowNum() > 0, level);
                rankingRows += s.getLastRowNum();
                assertFrozenWithFilter(s);
            }
            assertEquals(a.rankings().stream().mapToInt(t -> t.entries().size()).sum(), rankingRows, "every ranking row, every peer group");

            XSSFSheet facts = wb.getSheet("指标数据");
            assertFrozenWithFilter(facts);
            List<String> header = texts(facts.getRow(0));
            assertFalse(header.contains("原文位置"), "columns for programs stay in the CSV");
            Row first = facts.getRow(1);
            assertEquals(List.of("r0", "T0镇", "县410324", "洛阳市", "河南省", "2023", "gdp", "地区生产总值", "94,885", "万元", "5%", "全年"),
                    texts(first).subList(0, 12));
            Cell year = first.getCell(header.indexOf("年份"));
            assertEquals(CellType.NUMERIC, year.getCellType(), "a year is a number");
            assertEquals("0", year.getCellStyle().getDataFormatString());
            assertEquals(0.05, first.getCell(header.indexOf("增长率")).getNumericCellValue(), 1e-12, "a percent cell holds the fraction");
            assertEquals(List.of("79,082.9", "7.5%"), List.of(text(facts.getRow(3).getCell(header.indexOf("数值"))),
                    text(facts.getRow(3).getCell(header.indexOf("增长率")))));
            assertEquals(List.of("1,000", "1—9月"), List.of(text(facts.getRow(2).getCell(header.indexOf("数值"))),
                    text(facts.getRow(2).getCell(header.indexOf("时期")))));
            assertEquals("123,456.79", text(facts.getRow(8).getCell(header.indexOf("数值"))), "rounded to two decimals");

            XSSFSheet county = wb.getSheet("县内排名");
            List<String> cols = texts(county.getRow(0));
            Row top = null;
            for (Row r : county) {
                if (r.getRowNum() > 0 && text(r.getCell(cols.indexOf("指标代码"))).equals("gdp") && text(r.getCell(cols.indexOf("口径"))).equals("增长率")
                        && text(r.getCell(cols.indexOf("名次"))).equals("1")) top = r;
            }
            assertNotNull(top, "the county's growth ranking");
            assertEquals(List.of("县内", "栾川县", "county:410324", "5", "T4镇", "15%", "100", "1.26"),
                    List.of(text(top.getCell(cols.indexOf("级别"))), text(top.getCell(cols.indexOf("比较范围"))), text(top.getCell(cols.indexOf("范围代码"))),
                            text(top.getCell(cols.indexOf("参与统计数"))), text(top.getCell(cols.indexOf("乡镇"))), text(top.getCell(cols.indexOf("数值"))),
                            text(top.getCell(cols.indexOf("百分位"))), text(top.getCell(cols.indexOf("标准分")))));
            List<String> notes = new ArrayList<>();
            for (Row r : wb.getSheet("说明")) notes.add(String.join(" ", texts(r)));
            assertTrue(notes.stream().anyMatch(l -> l.startsWith("名次 ") && l.contains("少于" + townstats.analyze.Ranker.MIN_RANKED + "个时不排名")),
                    "the notes state the rule the ranking follows: " + notes);
        }
    }

    private static void assertFrozenWithFilter(XSSFSheet s) {
        assertTrue(s.getPaneInformation() != null && s.getPaneInformation().isFreezePane(), s.getSheetName() + ": header frozen");
        assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition(), s.getSheetName());
        assertTrue(s.getCTWorksheet().isSetAutoFilter(), s.getSheetName() + ": autofilter");
        assertEquals("A1:" + new org.apache.poi.ss.util.CellReference(s.getLastRowNum(), s.getRow(0).getLastCellNum() - 1).formatAsString(false),
                s.getCTWorksheet().getAutoFilter().getRef(), s.getSheetName() + ": the filter covers every row");
    }

    @Test
    void aTableLongerThanASheetGoesOnInTheNext() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(3)) {
            wb.table("排名", List.of(Column.<Integer>of("名次", i -> i), Column.<Integer>of("年份", i -> 2020 + i)), List.of(1, 2, 3, 4, 5));
            wb.write(out);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(List.of("排名", "排名 (2)", "排名 (3)"), List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
            List<String> all = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                XSSFSheet s = wb.getSheetAt(i);
                assertEquals(List.of("名次", "年份"), texts(s.getRow(0)), "each part has the header");
                for (Row r : s) if (r.getRowNum() > 0) all.add(String.join(" ", texts(r)));
            }
            assertEquals(List.of("1 2021", "2 2022", "3 2023", "4 2024", "5 2025"), all);
        }
    }

    private static final DataFormatter SHOWN = new DataFormatter(java.util.Locale.ROOT);

    private static String text(Cell c) {
        return c == null ? "" : SHOWN.formatCellValue(c);
    }

    private static List<String> texts(Row r) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < r.getLastCellNum(); i++) out.add(text(r.getCell(i)));
        return out;
    }
}
