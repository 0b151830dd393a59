package townstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: exit codes, one-line reasons, and the files a build writes. */
class CommandLineTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutExportsTheTablesAreNeitherWrittenNorLinked() throws Exception {
        Path site = dir.resolve("plain");
        assertEquals(0, run("build", "--content", "content", "--out", site.toString(), "--no-cache"), err());
        String downloads = Files.readString(site.resolve("downloads.html"));
        for (String f : List.of("townstats.xlsx", "facts.csv", "statistics.csv", "ranking-tables.csv", "rankings.json")) {
            assertTrue(!Files.exists(site.resolve("data/" + f)), f + " is written only with --exports");
            assertTrue(!downloads.contains("data/" + f + "\""), "the downloads page links no missing " + f);
        }
        assertTrue(downloads.contains("href=\"data/rankings/index.json\""), "the rankings index is offered");
        assertTrue(downloads.contains("未附 Excel 工作簿") && !downloads.contains("Excel 工作簿包含"), "no workbook promised");
        JsonNode index = new ObjectMapper().readTree(site.resolve("data/rankings/index.json").toFile()).get("rankings");
        for (JsonNode e : index) assertTrue(Files.isRegularFile(site.resolve("data/rankings/" + e.get("file").asText())), e.toString());
        assertTrue(index.size() > 10, index.toString());
        assertTrue(Files.isRegularFile(site.resolve("reports/luanchuan-tantou-2022/facts.csv")), "a report's own table stays");
    }

    @Test
    void buildsTheSampleReports() throws Exception {
        Path site = dir.resolve("site");
        assertEquals(0, run("build", "--content", "content", "--out", site.toString(), "--exports"), err());
        JsonNode facts = new ObjectMapper().readTree(site.resolve("data/facts.json").toFile()).get("facts");
        assertTrue(facts.size() >= 25, "facts: " + facts.size());
        JsonNode first = facts.get(0);
        List<String> fields = iterable(first);
        assertEquals(List.of("report", "source", "town", "county", "province", "year", "indicator", "value", "unit",
                "growth", "period", "qualifier", "section", "quote", "offset", "mentions", "ocr_confidence", "check"), fields);
        // 重点项目8个, stated twice in 001: one fact, the second statement's offset in its mentions
        JsonNode projects = null;
        for (JsonNode f : facts) {
            if (f.get("report").asText().startsWith("001_") && f.get("indicator").asText().equals("key_projects")) projects = f;
        }
        assertEquals("[5763]", projects.get("mentions").toString());
        assertEquals("[]", first.get("mentions").toString());
        assertEquals("000_3b4a4675a0c82837", first.get("report").asText());
        JsonNode reports = new ObjectMapper().readTree(site.resolve("data/reports.json").toFile()).get("reports");
        assertEquals(5, reports.size());
        byte[] csv = Files.readAllBytes(site.resolve("data/facts.csv"));
        assertEquals(0xEF, csv[0] & 0xFF, "facts.csv starts with a UTF-8 BOM");
        String csvText = new String(csv, StandardCharsets.UTF_8);
        assertTrue(csvText.contains("潭头镇"), "Chinese text in the CSV");
        assertTrue(csvText.lines().findFirst().orElseThrow().endsWith(",核对,原文,原文件,起始月,截止月,原文位置,其他提及位置,识别置信度(%)"),
                "the check as the pages say it; for programs the months, offsets and OCR's confidence");
        assertTrue(csvText.contains(",3202,5763,\r\n") || csvText.contains(",3202,5763,\n"), "the mentions of 重点项目8个");
        assertTrue(Files.readString(site.resolve("index.html")).contains("潭头镇"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("from 5 reports"));
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void extractPrintsTheFactsOfOneReport() throws Exception {
        assertEquals(0, run("extract", "content/reports/002_ac2c4ce8daad9f4e.txt"), err());
        JsonNode facts = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("facts");
        assertTrue(facts.size() >= 3);
        assertEquals("张坊镇", facts.get(0).get("town").asText());
        assertEquals("budget_revenue", facts.get(0).get("indicator").asText());
        assertEquals(1841.0, facts.get(0).get("value").asDouble());
        assertEquals(9, facts.get(0).get("period").get("to").asInt());
    }

    @Test
    void nothingToBuildExitsTwoWithOneLine() {
        assertEquals(2, run("build", "--content", dir.resolve("missing").toString()));
        assertEquals("townstats: content folder not found: " + dir.resolve("missing") + "\n", err());
    }

    @Test
    void badOptionsExitTwo() {
        assertEquals(2, run("build", "--colour"));
        assertEquals("townstats: unknown option '--colour' (try --help)\n", err());
        assertEquals(2, run("frobnicate"));
        assertEquals(2, run("extract"));
    }

    @Test
    void everyUsageErrorIsTheOneLineItAlwaysWas() {
        String[][] cases = {
                {"frobnicate"}, {"unknown command 'frobnicate' (try --help)"},
                {"--colour"}, {"unknown command '--colour' (try --help)"},
                {"extract"}, {"extract takes one FILE"},
                {"extract", "a.txt", "b.txt"}, {"extract takes one FILE"},
                {"build", "--out"}, {"option --out needs a value"},
                {"build", "stray"}, {"unknown option 'stray' (try --help)"},
                {"build", "--cache=x", "--no-cache"}, {"--cache and --no-cache exclude each other"},
                {"serve", "--port=99999"}, {"--port must be 0-65535: 99999"},
        };
        for (int i = 0; i < cases.length; i += 2) {
            err.reset();
            assertEquals(2, run(cases[i]), String.join(" ", cases[i]));
            assertEquals("townstats: " + cases[i + 1][0] + "\n", err(), String.join(" ", cases[i]));
        }
    }

    @Test
    void extractAndBuildUseTheCatalogueGiven() throws Exception {
        String shipped;
        try (var in = townstats.catalog.Catalog.class.getResourceAsStream(townstats.catalog.Catalog.RESOURCE)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path report = dir.resolve("r.txt");
        Files.writeString(report, "潭头镇2022年工作总结\n全年实现镇级收益合计4410万元，同比增长7.1%。\n");
        assertEquals(0, run("extract", report.toString()), err());
        assertTrue(!out.toString(StandardCharsets.UTF_8).contains("fiscal_revenue"), out.toString(StandardCharsets.UTF_8));

        Path mine = dir.resolve("mine.yml");
        Files.writeString(mine, shipped.replace("synonyms: [财政总收入, 财政收入,", "synonyms: [财政总收入, 财政收入, 镇级收益合计,"));
        out.reset();
        assertEquals(0, run("extract", "--catalog", mine.toString(), report.toString()), err());
        JsonNode fact = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("facts").get(0);
        assertEquals("fiscal_revenue", fact.get("indicator").asText());
        assertEquals(4410.0, fact.get("value").asDouble());

        Path typo = dir.resolve("typo.yml");
        Files.writeString(typo, shipped.replace("bare_multiplier: true", "bare_multiplyer: true"));
        err.reset();
        assertEquals(2, run("build", "--catalog", typo.toString(), "--out", dir.resolve("never").toString()));
        assertTrue(err().matches("townstats: " + java.util.regex.Pattern.quote(typo.toString())
                + ": unknown key 'bare_multiplyer' in units\\.money\\.bare_multiplyer \\(line \\d+\\)\n"), err());
        assertTrue(!Files.exists(dir.resolve("never")), "nothing was built");
    }

    @Test
    void strictExitsOneOnWarnings() throws Exception {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("reports"));
        Files.copy(Path.of("content/reports/002_ac2c4ce8daad9f4e.txt"), content.resolve("reports/good.txt"));
        Files.write(content.resolve("reports/empty.txt"), new byte[0]);
        assertEquals(0, run("build", "--content", content.toString(), "--out", dir.resolve("a").toString()));
        assertTrue(err().contains("townstats: skipped empty.txt: empty file"), err());
        assertEquals(1, run("build", "--strict", "--content", content.toString(), "--out", dir.resolve("b").toString()));
        assertTrue(Files.exists(dir.resolve("b/data/facts.json")), "built all the same");
    }

    @Test
    void helpExitsZero() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("townstats build"));
    }
}
