package townstats.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusGeneratorTest {
    private static final int N = 240;

    @TempDir
    static Path tmp;
    static CorpusFixture corpus;

    @BeforeAll
    static void generate() {
        corpus = CorpusFixture.generate(tmp.resolve("a"), N, 3, 11);
    }

    @Test
    void sameSeedGivesIdenticalBytes() throws IOException {
        Path b = tmp.resolve("b");
        CorpusFixture.generate(b, N, 3, 11);
        Map<String, byte[]> left = files(corpus.dir);
        Map<String, byte[]> right = files(b);
        assertEquals(left.keySet(), right.keySet());
        assertEquals(N + 2, left.size()); // N reports + truth.json + manifest.json
        left.forEach((path, bytes) -> assertArrayEquals(bytes, right.get(path), path));
    }

    @Test
    void anotherSeedGivesAnotherCorpus() throws IOException {
        Path c = tmp.resolve("c");
        CorpusFixture.generate(c, 20, 3, 12);
        assertFalse(Files.readString(c.resolve("truth.json"))
                .equals(Files.readString(corpus.dir.resolve("truth.json"))));
    }

    @Test
    void reportsAreNamedAndLaidOutByProvince() {
        assertEquals(N, corpus.reports.size());
        Pattern id = Pattern.compile("r\\d{6}_\\d{9}(_20\\d\\d)?");
        for (JsonNode r : corpus.reports) {
            String report = r.get("report").asText();
            assertTrue(id.matcher(report).matches(), report);
            assertEquals(r.get("provinceCode").asText() + "/" + report + ".txt", r.get("source").asText());
            assertTrue(Files.isRegularFile(corpus.dir.resolve("reports").resolve(r.get("source").asText())));
        }
    }

    @Test
    void townsComeInCountyPeerGroupsWithConsecutiveYears() {
        Map<String, Set<String>> townsByCounty = new HashMap<>();
        Map<String, Set<Integer>> yearsByTown = new HashMap<>();
        for (JsonNode r : corpus.reports) {
            townsByCounty.computeIfAbsent(r.get("countyCode").asText(), k -> new HashSet<>()).add(r.get("divisionCode").asText());
            yearsByTown.computeIfAbsent(r.get("divisionCode").asText(), k -> new HashSet<>()).add(r.get("year").asInt());
        }
        assertEquals(N / 3, yearsByTown.size());
        yearsByTown.values().forEach(y -> assertEquals(Set.of(2021, 2022, 2023), y));
        long peerGroups = townsByCounty.values().stream().filter(t -> t.size() >= 3).count();
        assertTrue(peerGroups >= townsByCounty.size() - 1, "all but the last county are whole counties of 3+ towns");
    }

    @Test
    void everyPlantedValueReadsBackFromItsReport() {
        int checked = 0;
        for (JsonNode r : corpus.reports) {
            List<JsonNode> facts = corpus.factsOf(r);
            if (facts.isEmpty()) continue;
            String text = corpus.text(r);
            int lastOffset = -1;
            for (JsonNode f : facts) {
                int offset = f.get("offset").asInt();
                assertTrue(offset > lastOffset, "facts in text order");
                lastOffset = offset;
                String indicator = f.get("indicator").asText();
                FigureReader.Read read = FigureReader.at(text, offset, indicator);
                String where = r.get("report").asText() + " @" + offset + " " + read.written();
                if (read.percent()) {
                    assertTrue(f.get("value").isNull(), where);
                    assertEquals(0, read.value().compareTo(f.get("growth").decimalValue()), where);
                } else {
                    assertEquals(0, read.value().compareTo(f.get("value").decimalValue()), where);
                    if (!f.get("growth").isNull()) assertGrowthStated(text, offset, f.get("growth").decimalValue(), where);
                }
                String quote = f.get("quote").asText();
                assertTrue(text.contains(quote) && quote.contains(read.written().substring(0, 1)), where);
                assertFalse(quote.contains("有限公司") || quote.contains("规划面积") || quote.contains("XX") || quote.contains("**"),
                        "no fact comes from a trap sentence: " + quote);
                checked++;
            }
        }
        assertTrue(checked > N * 8, "facts checked: " + checked);
    }

    private static void assertGrowthStated(String text, int offset, BigDecimal growth, String where) {
        String after = text.substring(offset, Math.min(text.length(), offset + 40));
        String g = growth.abs().stripTrailingZeros().toPlainString() + "%";
        boolean ok = growth.signum() < 0 ? after.contains("，同比下降" + g)
                : after.contains("增长" + g) || after.contains("增幅" + g);
        assertTrue(ok, where + " growth " + growth + " in " + after);
    }

    @Test
    void everySupportedWordingAndEveryTrapOccurs() {
        StringBuilder all = new StringBuilder();
        for (JsonNode r : corpus.reports) {
            if (!r.get("kind").asText().matches("empty|binary")) all.append(corpus.text(r)).append('\n');
        }
        String text = all.toString();
        for (String form : List.of(
                // titles and structure
                "年工作总结暨", "年工作打算", "委员会关于", "委：", "年工作总结和", "年工作计划", "一是", "二是", "（一）",
                "二、存在的问题", "三、",
                // verbs, growth, periods, qualifiers
                "累计完成", "实现", "达到", "，同比增长", "，增长", "，增幅", "，同比下降", "全年", "1—11月份", "1-11月",
                "截至11月底", "前三季度", "上半年", "预计全年", "约", "余万元", "万余人", "力争", "计划实施重点项目",
                // units and counts
                "亿元", "万元", "万人", "万亩", "平方公里", "个行政村和", "个社区", "总户数",
                // traps
                "有限公司", "纳税", "村耕地", "村村集体经济收入", "XX万元", "**", "规划面积")) {
            assertTrue(text.contains(form), "no report says " + form);
        }
        assertTrue(Pattern.compile("辖[一二三四五六七八九十]+个行政村").matcher(text).find(), "Chinese numeral admin units");
        assertTrue(Pattern.compile("重点项目[一二三四五六七八九十]+个").matcher(text).find(), "Chinese numeral projects");
        assertTrue(Pattern.compile("村集体经济收入\\D{0,4}\\d+元").matcher(text).find(), "small money in 元");
    }

    @Test
    void truthRowsHaveTheContractFields() {
        Set<String> periods = new HashSet<>();
        Set<String> qualifiers = new HashSet<>();
        for (JsonNode f : corpus.facts) {
            for (String field : List.of("report", "source", "town", "county", "province", "year", "indicator", "value",
                    "unit", "growth", "period", "qualifier", "section", "quote", "offset")) {
                assertTrue(f.has(field), field);
            }
            periods.add(f.get("period").isNull() ? "null" : f.get("period").get("from") + "-" + f.get("period").get("to"));
            qualifiers.add(f.get("qualifier").isNull() ? "null" : f.get("qualifier").asText());
            String section = f.get("section").asText();
            assertTrue(section.equals("summary") || section.equals("plan"));
            assertEquals(section.equals("plan"), "target".equals(f.get("qualifier").asText(null)), f.toString());
        }
        assertEquals(Set.of("1-12", "1-11", "1-9", "1-6", "null"), periods);
        assertEquals(Set.of("null", "estimate", "approx", "more_than", "target"), qualifiers);
    }

    @Test
    void reportSizesStayWithinTenToFortyFiveKilobytes() {
        for (JsonNode r : corpus.reports) {
            String kind = r.get("kind").asText();
            if (kind.equals("empty") || kind.equals("binary")) continue;
            int utf8 = corpus.text(r).getBytes(StandardCharsets.UTF_8).length;
            assertTrue(utf8 >= 10 * 1024 && utf8 <= 45_000, r.get("report").asText() + " is " + utf8 + " bytes");
        }
    }

    @Test
    void oddFilesExist() throws Exception {
        JsonNode empty = corpus.ofKind("empty").get(0);
        assertEquals(0, corpus.bytes(empty).length);
        assertTrue(corpus.factsOf(empty).isEmpty());

        byte[] binary = corpus.bytes(corpus.ofKind("binary").get(0));
        assertTrue(binary.length > 1000 && binary[0] == 'P' && binary[1] == 'K');
        assertTrue(corpus.factsOf(corpus.ofKind("binary").get(0)).isEmpty());

        JsonNode gbk = corpus.ofKind("gbk").get(0);
        byte[] gbkBytes = corpus.bytes(gbk);
        assertThrows(CharacterCodingException.class, () -> StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(gbkBytes)));
        assertTrue(corpus.text(gbk).contains(gbk.get("town").asText()));
        assertFalse(corpus.factsOf(gbk).isEmpty(), "a GBK report is valid and has facts");

        JsonNode noYear = corpus.ofKind("no_year").get(0);
        assertFalse(Pattern.compile("(19|20)\\d\\d").matcher(corpus.text(noYear)).find(), "no year anywhere");
        assertFalse(noYear.get("report").asText().matches(".*_20\\d\\d"));
        List<JsonNode> facts = corpus.factsOf(noYear);
        assertFalse(facts.isEmpty());
        facts.forEach(f -> assertTrue(f.get("year").isNull()));
    }

    @Test
    void cliRejectsBadOptionsWithExitCode2(@TempDir Path dir) throws IOException {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals(2, CorpusGenerator.run(List.of("--out", dir.resolve("x").toString())));
            assertEquals(2, CorpusGenerator.run(List.of("--reports", "ten", "--out", dir.toString())));
            assertEquals(2, CorpusGenerator.run(List.of("--reports", "5", "--bogus", "1", "--out", dir.toString())));
            assertEquals(2, CorpusGenerator.run(List.of("--reports", "5")));
            assertEquals(2, CorpusGenerator.run(List.of("--reports", "0", "--out", dir.toString())));
            Files.writeString(dir.resolve("old.txt"), "x");
            assertEquals(2, CorpusGenerator.run(List.of("--reports", "5", "--out", dir.toString())));
            String[] lines = captured.toString(StandardCharsets.UTF_8).split("\n");
            assertEquals(6, lines.length, "one line per failure");
        } finally {
            System.setErr(err);
        }
        Path out = dir.resolve("ok");
        assertEquals(0, CorpusGenerator.run(List.of("generate-corpus", "--reports", "4", "--years=2", "--seed", "3", "--out", out.toString())));
        assertEquals(4, CorpusFixture.read(out).reports.size());
        assertNotEquals(0, Files.size(out.resolve("truth.json")));
    }

    @Test
    void aShortLastTownKeepsTheLatestYears(@TempDir Path dir) {
        CorpusFixture small = CorpusFixture.generate(dir, 7, 3, 5);
        List<String> years = small.reports.stream().map(r -> r.get("divisionCode").asText() + ":" + r.get("year").asInt()).toList();
        assertEquals(7, years.size());
        String last = small.reports.get(6).get("divisionCode").asText();
        assertEquals(List.of(last + ":2023"), years.stream().filter(y -> y.startsWith(last)).toList());
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> result = new HashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) result.put(root.relativize(p).toString(), Files.readAllBytes(p));
        }
        return result;
    }
}
