package townstats.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import townstats.ingest.FakeTesseract;
import townstats.ingest.TestPdfs;
import townstats.quality.Recognition;

/**
 * What a build makes of a scanned report (the OCR stand-in {@link FakeTesseract} reads it, so the figures and their
 * confidences are known): every figure marked 识别自扫描件 with its confidence in the data and on the pages; the one whose
 * digit was read unsure flagged 识别存疑 and not ranked; the original PDF offered for download.
 */
class ScannedReportBuildTest {
    @TempDir
    Path tmp;

    @Test
    void figuresReadByOcrAreMarkedAndTheUnsureOneIsNotRanked() throws Exception {
        TestProject p = TestProject.withSamples(tmp.resolve("project"));
        // more towns, so that the year's figures are ranked (a ranking needs five towns)
        for (String town : List.of("青石镇", "白石镇", "黑石镇", "红石镇")) {
            Files.writeString(p.reports.resolve(town + ".txt"), town + "2022年工作总结\n一、2022年工作回顾\n全年完成财政收入"
                    + (town.length() * 1000 + 200) + "万元，完成固定资产投资5.2亿元。\n");
        }
        Path command = FakeTesseract.install(Files.createDirectories(tmp.resolve("bin")), List.of(
                "#栾川县合峪镇2022年工作总结",
                "2022年，合峪镇全年完成财政收入3860万元，同比增长6.2%；完成固定资产投资~94885万元，同比增长12%。",
                "二、2023年工作打算",
                "力争财政收入突破4000万元。"));
        // a page scanned at 300 dpi (the stand-in reads its characters as 45 pixels high)
        BufferedImage blank = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
        TestPdfs.scanned(List.of(blank), 300, p.reports.resolve("heyu-2022.pdf"));

        FakeTesseract.with(command, () -> {
            Build.Result result = p.build();
            assertEquals(List.of(), result.skipped());
            // its page is read once: the reader page is written from the text OCR gave, not by reading the scan again
            assertEquals(1, FakeTesseract.calls(command));
            p.build();
            assertEquals(1, FakeTesseract.calls(command), "an unchanged scan comes from the cache");
        });

        ObjectMapper json = new ObjectMapper();
        List<JsonNode> facts = new ArrayList<>();
        for (JsonNode f : p.facts()) if (f.path("report").asText().equals("heyu-2022")) facts.add(f);
        JsonNode fiscal = find(facts, "fiscal_revenue", 3860);
        JsonNode investment = find(facts, "fixed_investment", 94885);
        assertEquals(97, fiscal.path("ocr_confidence").asInt());
        assertEquals(40, investment.path("ocr_confidence").asInt());
        for (JsonNode f : p.facts()) {
            if (!f.path("report").asText().equals("heyu-2022")) assertTrue(f.path("ocr_confidence").isNull(), "a text report's figure");
        }

        JsonNode report = null;
        for (JsonNode r : json.readTree(p.site.resolve("data/reports.json").toFile()).path("reports")) {
            if (r.path("id").asText().equals("heyu-2022")) report = r;
        }
        assertNotNull(report);
        assertEquals("ocr", report.path("encoding").asText());
        List<String> kinds = new ArrayList<>();
        report.path("issues").forEach(i -> kinds.add(i.path("kind").asText() + ":" + i.path("indicator").asText()));
        assertEquals(List.of("ocr_uncertain:fixed_investment"), kinds, "below " + Recognition.MIN_CONFIDENCE + "% only the unsure one");

        // the rankings: the sure figure ranked and marked, the unsure one listed without a rank until checked
        JsonNode fiscalEntry = entry(p, "fiscal_revenue", "value");
        assertTrue(fiscalEntry.path("rank").isInt(), fiscalEntry.toString());
        assertTrue(fiscalEntry.path("flags").toString().contains("\"ocr:97\""), fiscalEntry.toString());
        JsonNode investmentEntry = entry(p, "fixed_investment", "value");
        assertTrue(investmentEntry.path("rank").isNull(), investmentEntry.toString());
        assertTrue(investmentEntry.path("flags").toString().contains("ocr_uncertain"), investmentEntry.toString());

        // the reader page: the marks, and the original PDF beside it
        Path reader;
        try (Stream<Path> pages = Files.list(p.site.resolve("reports"))) {
            reader = pages.map(d -> d.resolve("index.html")).filter(Files::isRegularFile)
                    .filter(f -> read(f).contains("合峪镇")).findFirst().orElseThrow();
        }
        String page = Jsoup.parse(read(reader)).text();
        assertTrue(page.contains("识别自扫描件 97%"), page);
        assertTrue(page.contains("识别自扫描件 40%") && page.contains("识别存疑"), page);
        assertTrue(Files.isRegularFile(reader.resolveSibling("original.pdf")));
        assertTrue(read(reader).contains("href=\"original.pdf\""));
        String csv = read(reader.resolveSibling("facts.csv"));
        assertTrue(csv.contains("识别自扫描件 40%、识别存疑"), csv);
        // the profile's card and the quality notes say it too
        String quality = Jsoup.parse(read(p.site.resolve("quality.html"))).text();
        assertTrue(quality.contains("识别存疑") && quality.contains("heyu-2022") || quality.contains("合峪镇"), quality);
        assertFalse(p.log().contains("skipped"), p.log());

        // the 核对清单 lists the unsure figure with its sentence, a link to it and the lines that confirm it
        org.jsoup.nodes.Document review = Jsoup.parse(read(p.site.resolve("review.html")));
        org.jsoup.nodes.Element item = review.select("li.review-item").stream().filter(li -> li.text().contains("识别存疑")
                && li.text().contains("固定资产投资")).findFirst().orElseThrow(() -> new AssertionError(review.text()));
        assertTrue(item.select("blockquote").text().contains("完成固定资产投资94885万元"), item.text());
        assertTrue(item.select("a").attr("href").matches("reports/[^/]+/index\\.html#f-\\d+"), item.select("a").attr("href"));
        String confirm = item.select("details").stream().filter(d -> d.select("summary").text().startsWith("确认无误"))
                .findFirst().orElseThrow().select("pre").first().wholeText();
        assertTrue(confirm.contains("confirm: 固定资产投资") && confirm.contains("was: 94885万元"), confirm);
        assertTrue(item.text().contains("reports/heyu-2022.yml"), item.text());

        // the official confirms it with those lines: ranked, marked 人工核对, and off the list
        Files.writeString(p.reports.resolve("heyu-2022.yml"), confirm, StandardCharsets.UTF_8);
        FakeTesseract.with(command, () -> assertEquals(List.of(), p.build().skipped()));
        JsonNode confirmed = entry(p, "fixed_investment", "value");
        assertTrue(confirmed.path("rank").isInt(), confirmed.toString());
        assertTrue(confirmed.path("flags").toString().contains("checked:已对照原件核对"), confirmed.toString());
        assertFalse(confirmed.path("flags").toString().contains("ocr_uncertain"), confirmed.toString());
        assertFalse(Jsoup.parse(read(p.site.resolve("review.html"))).text().contains("识别存疑"), "settled");
    }

    private static JsonNode find(List<JsonNode> facts, String indicator, double value) {
        return facts.stream().filter(f -> f.path("indicator").asText().equals(indicator) && f.path("value").asDouble() == value)
                .findFirst().orElseThrow(() -> new AssertionError(indicator + " " + value + " not in " + facts));
    }

    private static JsonNode entry(TestProject p, String indicator, String measure) throws Exception {
        for (JsonNode t : TestProject.rankings(p.site)) {
            if (!t.path("indicator").asText().equals(indicator) || !t.path("measure").asText().equals(measure)
                    || !t.path("group").asText().equals("all")) continue;
            for (JsonNode e : t.path("entries")) if (e.path("report").asText().equals("heyu-2022")) return e;
        }
        throw new AssertionError("no ranking entry of heyu-2022 for " + indicator);
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
