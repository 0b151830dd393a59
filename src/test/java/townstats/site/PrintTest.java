package townstats.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Pages as an official prints them: headless Chromium prints to A4 (Page.printToPDF, the page's own @page size) and
 * PDFBox counts and reads the pages. A town profile of the samples prints on one page, the longest profiles of the
 * generated 300-report site (the richest: two dozen cards, thirty derived figures, five charts, the figures across years;
 * the {@link #LONGEST} largest files, as printing all hundred takes two minutes) on two at most; on paper the cards stand in columns, tables keep every column, ranks, chart captions and the report with its
 * file are printed, the navigation and buttons are not. A ranking table running over pages repeats its header. The
 * printed pages are written as PNG to target/screenshots/ (print-*.png) to be looked at.
 */
class PrintTest {
    /** A4 less the @page margins (10 mm a side), in CSS pixels: the width the printed layout has. */
    private static final int PRINT_WIDTH = 718;
    /** How many of the generated site's profiles are printed, the largest files first (all 100 print on 1 or 2 pages). */
    private static final int LONGEST = 20;
    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws IOException {
        Chromium.requireOrSkip();
        driver = Chromium.start(false);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
    }

    @Test
    void everySampleProfilePrintsOnOnePageWithItsRanksCaptionsAndSource() throws IOException {
        Map<String, Integer> pages = new TreeMap<>();
        for (Path profile : profiles(TestSite.site())) {
            Document html = Jsoup.parse(profile.toFile(), "UTF-8");
            try (PDDocument pdf = print(profile)) {
                String slug = profile.getParent().getFileName().toString();
                pages.put(slug, pdf.getNumberOfPages());
                assertEquals(1, pdf.getNumberOfPages(), slug + " prints on one A4 page");
                String text = squeeze(new PDFTextStripper().getText(pdf));
                checkPrinted(slug, html, text);
                if (slug.equals("luanchuan-tantou")) screenshot(pdf, "print-sample-" + slug);
            }
        }
        System.out.println("PrintTest: sample profiles, pages " + pages);
        assertTrue(pages.containsKey("luanchuan-tantou"), "潭头镇 printed: " + pages);
    }

    @Test
    void theLongestGeneratedProfilesPrintOnTwoPagesAtMost() throws IOException {
        Map<Integer, Integer> histogram = new TreeMap<>();
        Path longest = null;
        long longestSize = -1;
        List<String> over = new ArrayList<>();
        List<Path> bySize = new ArrayList<>(profiles(GeneratedSite.site()));
        bySize.sort(java.util.Comparator.comparingLong((Path p) -> p.toFile().length()).reversed());
        for (Path profile : bySize.subList(0, Math.min(LONGEST, bySize.size()))) {
            Document html = Jsoup.parse(profile.toFile(), "UTF-8");
            String slug = profile.getParent().getFileName().toString();
            try (PDDocument pdf = print(profile)) {
                int n = pdf.getNumberOfPages();
                histogram.merge(n, 1, Integer::sum);
                if (n > 2) over.add(slug + " " + n);
                checkPrinted(slug, html, squeeze(new PDFTextStripper().getText(pdf)));
            }
            if (Files.size(profile) > longestSize) {
                longestSize = Files.size(profile);
                longest = profile;
            }
        }
        System.out.println("PrintTest: generated profiles by printed pages " + histogram + ", longest " + longest.getParent().getFileName());
        assertTrue(over.isEmpty(), "profiles printing on more than two pages: " + over);
        checkLayout(longest);
        try (PDDocument pdf = print(longest)) {
            screenshot(pdf, "print-generated-longest");
        }
    }

    /** The longest ranking table of the generated site runs over pages, each with the table's header. */
    @Test
    void aRankingTableRepeatsItsHeaderOnEveryPrintedPage() throws IOException {
        Path rankings = GeneratedSite.site().resolve("rankings");
        Path page = null;
        int most = 0;
        try (Stream<Path> files = Files.list(rankings)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Element first = Jsoup.parse(f.toFile(), "UTF-8").selectFirst("section.ranking-table");
                if (first != null && first.select("tbody tr").size() > most) {
                    most = first.select("tbody tr").size();
                    page = f;
                }
            }
        }
        Element table = Jsoup.parse(page.toFile(), "UTF-8").selectFirst("section.ranking-table table");
        List<String> header = table.select("thead th").eachText();
        String lastTown = table.select("tbody tr").last().selectFirst("th").text();
        try (PDDocument pdf = print(page)) {
            assertTrue(pdf.getNumberOfPages() >= 2, page.getFileName() + ": " + most + " rows on " + pdf.getNumberOfPages() + " page(s)");
            PDFTextStripper stripper = new PDFTextStripper();
            int tablePages = 0;
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String text = squeeze(stripper.getText(pdf));
                if (i == 1 && !text.contains(squeeze(header.get(1)))) continue; // the statistics before the table
                tablePages++;
                for (String h : header) assertTrue(text.contains(squeeze(h)), page.getFileName() + " page " + i + " repeats the header " + h);
            }
            assertTrue(tablePages >= 2, "the table runs over pages");
            assertTrue(squeeze(new PDFTextStripper().getText(pdf)).contains(lastTown), "the last row printed: " + lastTown);
            screenshot(pdf, "print-ranking");
            System.out.println("PrintTest: " + page.getFileName() + " (" + most + " rows) on " + pdf.getNumberOfPages() + " pages");
        }
    }

    /** What a printed profile keeps and leaves out, read from the PDF's text. */
    private static void checkPrinted(String slug, Document html, String text) {
        Element source = html.selectFirst(".print-source");
        assertTrue(source != null && text.contains(squeeze(source.text())), slug + ": the report and its file at the foot");
        for (Element lead : html.select(".card .rank-lead")) {
            assertTrue(text.contains(squeeze(lead.text())), slug + ": a card's rank printed: " + lead.text());
        }
        for (Element mark : html.select(".strengths .meta, .weaknesses .meta")) {
            assertTrue(text.contains(squeeze(mark.text())), slug + ": a strength's rank printed: " + mark.text());
        }
        for (Element caption : html.select("figure.chart figcaption")) {
            String words = squeeze(caption.text());
            assertTrue(text.contains(words.substring(0, Math.min(20, words.length()))), slug + ": a chart's caption printed");
        }
        for (Element th : html.select("section.derived thead th")) {
            assertTrue(text.contains(squeeze(th.text())), slug + ": the derived table's column " + th.text());
        }
        for (String left : List.of(".mainnav", ".actions", ".crumbs")) {
            Element e = html.selectFirst(left);
            if (e != null) assertFalse(text.contains(squeeze(e.text())), slug + ": " + left + " is not printed");
        }
    }

    /** In the printed layout (print media, the A4 text width) cards stand side by side and no table is wider than the page. */
    private static void checkLayout(Path profile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PRINT_WIDTH, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            driver.get(profile.toUri().toString());
            Object cardsInRow = driver.executeScript("const c = document.querySelectorAll('.cards .card');"
                    + "return c.length < 2 ? -1 : [...c].filter(x => x.getBoundingClientRect().top === c[0].getBoundingClientRect().top).length;");
            assertTrue(((Number) cardsInRow).intValue() >= 4, profile + ": cards in a printed row " + cardsInRow);
            Object overflow = driver.executeScript("const w = document.documentElement.clientWidth;"
                    + "return [...document.querySelectorAll('table')].filter(t => t.getBoundingClientRect().right > w + 1).length;");
            assertEquals(0L, ((Number) overflow).longValue(), profile + ": tables wider than the page");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static PDDocument print(Path page) throws IOException {
        driver.get(page.toUri().toString());
        Map<String, Object> result = driver.executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", true));
        return Loader.loadPDF(Base64.getDecoder().decode((String) result.get("data")));
    }

    /** Each town's latest profile (towns/SLUG/index.html). */
    private static List<Path> profiles(Path site) throws IOException {
        try (Stream<Path> towns = Files.list(site.resolve("towns"))) {
            return towns.filter(Files::isDirectory).map(d -> d.resolve("index.html")).filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Text without white space: the PDF's lines break where the page's did not. */
    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static void screenshot(PDDocument pdf, String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        PDFRenderer renderer = new PDFRenderer(pdf);
        for (int i = 0; i < pdf.getNumberOfPages(); i++) {
            BufferedImage image = renderer.renderImageWithDPI(i, 72);
            ImageIO.write(image, "png", dir.resolve(name + "-" + (i + 1) + ".png").toFile());
        }
    }
}
