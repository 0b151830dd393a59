package townstats.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import townstats.chart.Charts;

/**
 * Town profiles as an official reads them, in headless Chromium, on the sample site and the generated 300-report
 * site, both served under a sub-path (/sub/sample/, /sub/gen/): the header says where the town stands, a figure
 * opens its source sentence highlighted and scrolled to, money and growth are worded as a reader expects, the
 * compare page puts towns side by side (from the address, the search box and file://), a ranking page shows one
 * peer group at a time, charts say their months, counts and source, and at 390 px the cards stack, tables scroll
 * with the town column fixed and charts fit. Screenshots at 1366 and 390 px go to target/screenshots/.
 */
class ProfileBrowserTest {
    private static HttpServer server;
    private static ChromeDriver driver;
    private static String base;
    private static Path sample;
    private static Path generated;
    /** Slugs of generated towns whose profile has a header, strengths and charts. */
    private static List<String> ranked;

    @BeforeAll
    static void start() throws IOException {
        Chromium.requireOrSkip();
        sample = TestSite.site();
        generated = GeneratedSite.site();
        ranked = new ArrayList<>();
        try (Stream<Path> towns = Files.list(generated.resolve("towns"))) {
            for (Path dir : towns.filter(Files::isDirectory).sorted().toList()) {
                var page = Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8");
                if (!page.select(".standings li").isEmpty() && !page.select(".strengths a").isEmpty() && !page.select("figure.chart").isEmpty()) {
                    ranked.add(dir.getFileName().toString());
                }
                if (ranked.size() == 5) break;
            }
        }
        assertTrue(ranked.size() >= 3, "generated towns with a full profile: " + ranked);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/sub/", exchange -> {
            String path = exchange.getRequestURI().getPath().substring("/sub/".length());
            Path root = path.startsWith("gen/") ? generated : sample;
            Path file = root.resolve(path.substring(path.indexOf('/') + 1)).normalize();
            int status = file.startsWith(root) && Files.isRegularFile(file) ? 200 : 404;
            byte[] body = status == 200 ? Files.readAllBytes(file) : new byte[0];
            exchange.getResponseHeaders().set("Content-Type", Chromium.contentType(file.toString()));
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/sub/";
        driver = Chromium.start(false);
        size(1366);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.stop(0);
    }

    private static void size(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 500));
    }

    private static Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    private static String town(int i) {
        return "gen/towns/" + ranked.get(i) + "/index.html";
    }

    @Test
    void theHeaderSaysWhereTheTownStandsPerPeerGroup() {
        driver.get(base + town(0));
        List<WebElement> lines = driver.findElements(By.cssSelector(".year .standings li"));
        assertFalse(lines.isEmpty());
        for (WebElement l : lines) assertTrue(l.getText().matches("在.+\\d+个乡镇中.*\\d+项指标参与排名.*"), l.getText());
        assertTrue(driver.findElement(By.cssSelector(".year .strengths")).getText().matches("优势指标 .*第 \\d+ 名/\\d+.*"));
        assertTrue(driver.findElement(By.cssSelector(".year .periods")).getText().matches("\\d{4}年 · 数据期间：全年.*"));
        // the header comes before the figures
        assertTrue((Boolean) js("return document.querySelector('.standing').compareDocumentPosition(document.querySelector('.cards')) & 4"
                + " ? true : false"));
        driver.get(base + "sample/towns/luanchuan-tantou/index.html");
        assertTrue(driver.findElement(By.cssSelector(".standing")).getText().contains("不足3个"), "the sample says why there is no rank");
        assertTrue(driver.findElement(By.cssSelector(".periods")).getText().contains("1—11月：固定资产投资"));
    }

    @Test
    void aFigureOpensItsSourceSentenceHighlightedAndScrolledTo() {
        for (String page : List.of(town(1), "sample/towns/luanchuan-tantou/index.html")) {
            driver.get(base + page);
            List<WebElement> sources = driver.findElements(By.cssSelector(".year li.card a.source"));
            assertFalse(sources.isEmpty(), page);
            long cards = driver.findElements(By.cssSelector(".year li.card")).stream()
                    .filter(c -> !c.findElements(By.cssSelector(".card-value[data-raw]")).isEmpty()
                            && !c.getAttribute("data-indicator").contains("_per_")).count();
            long linked = driver.findElements(By.cssSelector(".year li.card")).stream()
                    .filter(c -> !c.findElements(By.cssSelector(".card-value[data-raw]")).isEmpty()
                            && !c.getAttribute("data-indicator").contains("_per_"))
                    .filter(c -> !c.findElements(By.cssSelector("a.source")).isEmpty()).count();
            assertEquals(cards, linked, "every figure of the report links its sentence on " + page);
            List<WebElement> targets = driver.findElements(By.cssSelector(".targets li"));
            assertEquals(targets.size(), targets.stream().filter(t -> !t.findElements(By.cssSelector("a.source")).isEmpty()).count(),
                    "and every figure of its plan on " + page);
            String number = sources.get(sources.size() - 1).findElement(By.cssSelector(".v")).getText();
            sources.get(sources.size() - 1).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("#f-"));
            WebElement target = (WebElement) js("return document.querySelector(':target');");
            assertNotNull(target, driver.getCurrentUrl());
            assertEquals("mark", target.getTagName());
            assertTrue(target.getCssValue("outline-style").equals("solid"), "highlighted");
            Number top = (Number) js("return arguments[0].getBoundingClientRect().top;", target);
            assertTrue(top.doubleValue() >= 0 && top.doubleValue() < 900, "scrolled into view: " + top);
            assertFalse(number.isEmpty());
        }
    }

    @Test
    void moneyIsInTheUnitAReaderExpectsAndGrowthIsWorded() {
        driver.get(base + "sample/towns/luanchuan-tantou/index.html");
        WebElement investment = driver.findElement(By.cssSelector(".year li.card[data-indicator=fixed_investment]"));
        assertTrue(investment.getText().contains("9.49 亿元"), investment.getText());
        assertTrue(investment.getText().contains("同比增长 20%"));
        WebElement revenue = driver.findElement(By.cssSelector(".year li.card[data-indicator=fiscal_revenue]"));
        assertTrue(revenue.getText().contains("4,410 万元"), revenue.getText());
    }

    @Test
    void theComparePagePutsTownsSideBySideFromTheAddressTheSearchBoxAndFileUrls() throws IOException {
        driver.get(base + "gen/compare.html?t=" + ranked.get(0) + "," + ranked.get(1));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#compare-table tbody tr")).isEmpty());
        assertEquals(3, driver.findElements(By.cssSelector("#compare-table thead th")).size(), "indicator + two towns");
        assertTrue(driver.findElement(By.cssSelector("#compare-table tbody")).getText().contains("第"), "ranks beside the figures");
        // a third town from the search box, by its name as its profile shows it
        String name = Jsoup.parse(generated.resolve("towns/" + ranked.get(2) + "/index.html").toFile(), "UTF-8").select("h1").text();
        driver.findElement(By.id("q-compare")).sendKeys(name);
        WebElement pick = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#compare-results button.pick"))
                .stream().filter(b -> b.getText().startsWith(name)).findFirst().orElse(null));
        pick.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains(ranked.get(2))
                && d.findElements(By.cssSelector("#compare-table thead th")).size() == 4);
        assertTrue(driver.getCurrentUrl().contains("t=" + ranked.get(0) + "," + ranked.get(1) + "," + ranked.get(2)), "the selection is in the address");
        // from file://, straight from the folder
        driver.get(sample.resolve("compare.html").toUri() + "?t=luanchuan-tantou,shanghe-zhangfang");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#compare-table thead th")).size() == 3);
        assertTrue(driver.findElement(By.id("compare-table")).getText().contains("9.49 亿元"));
    }

    @Test
    void aRankingPageShowsOnePeerGroupAtATimeAndChartsSayWhatTheyShow() throws IOException {
        String page = rankingWithCharts();
        driver.get(base + page);
        assertEquals(1L, visibleGroups().stream().distinct().count(), "one peer group at a time");
        assertEquals("all", visibleGroups().get(0));
        List<WebElement> tabs = driver.findElements(By.cssSelector(".group-tabs a"));
        String other = tabs.get(tabs.size() - 1).getAttribute("data-group");
        tabs.get(tabs.size() - 1).click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> visibleGroups().equals(List.of(other)) || visibleGroups().stream().allMatch(other::equals));
        assertTrue(driver.getCurrentUrl().contains("group="), "the group is in the address");
        driver.navigate().refresh();
        assertTrue(visibleGroups().stream().allMatch(other::equals), "and kept on reload");
        driver.get(base + page);
        String caption = driver.findElement(By.cssSelector("figure.chart figcaption")).getText();
        assertTrue(caption.matches("\\d{4}年 · 数据期间：.+ · \\d+个乡镇 · 来源：.+"), caption);
        driver.get(base + town(0));
        String townCaption = driver.findElement(By.cssSelector("figure.chart figcaption")).getText();
        assertTrue(townCaption.contains("其他") && townCaption.contains("个乡镇中位数") && townCaption.contains("来源"), townCaption);
    }

    /** The first ranking page of the generated site with three or more peer groups and charts. */
    private static String rankingWithCharts() {
        try (Stream<Path> pages = Files.list(generated.resolve("rankings"))) {
            for (Path p : pages.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                var d = Jsoup.parse(p.toFile(), "UTF-8");
                if (d.select(".group-tabs a").size() >= 3 && !d.select("figure.chart").isEmpty()) return "gen/rankings/" + p.getFileName();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("no ranking page with peer groups and charts");
    }

    private static List<String> visibleGroups() {
        List<String> out = new ArrayList<>();
        for (WebElement s : driver.findElements(By.cssSelector("section.ranking-table"))) {
            if (s.isDisplayed()) out.add(s.getAttribute("data-group"));
        }
        return out;
    }

    @Test
    void onAPhoneCardsStackTablesScrollWithTheTownFixedAndChartsFit() {
        size(390);
        try {
            driver.get(base + town(0));
            List<WebElement> cards = driver.findElements(By.cssSelector(".year li.card"));
            assertTrue(cards.size() >= 2);
            assertEquals(cards.get(0).getLocation().getX(), cards.get(1).getLocation().getX(), "cards stack");
            assertTrue(cards.get(1).getLocation().getY() > cards.get(0).getLocation().getY());
            assertPageFitsTheScreen();
            assertChartTextReads();
            driver.get(base + rankingWithCharts());
            assertPageFitsTheScreen();
            assertChartTextReads();
            driver.get(base + "gen/compare.html?t=" + ranked.get(0) + "," + ranked.get(1) + "," + ranked.get(2));
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#compare-table tbody tr")).isEmpty());
            assertPageFitsTheScreen();
            WebElement townCell = driver.findElement(By.cssSelector("#compare-table tbody th"));
            assertEquals("sticky", townCell.getCssValue("position"), "the first column stays");
            js("document.querySelector('#compare-table').parentNode.scrollLeft = 500;");
            Number left = (Number) js("return arguments[0].getBoundingClientRect().left;", townCell);
            assertTrue(left.doubleValue() >= 0 && left.doubleValue() < 40, "the town column stays in view when scrolled: " + left);
        } finally {
            size(1366);
        }
    }

    /** Every chart fits the screen, and its smallest text, shrunk with it, is still at least 11 CSS px high. */
    private static void assertChartTextReads() {
        List<WebElement> charts = driver.findElements(By.cssSelector("figure.chart img"));
        assertFalse(charts.isEmpty(), "charts on " + driver.getCurrentUrl());
        for (WebElement img : charts) {
            Number natural = (Number) js("return arguments[0].naturalWidth;", img);
            int shown = img.getSize().getWidth();
            assertTrue(shown <= 390, "chart " + img.getSize());
            double smallest = Charts.MIN_FONT_PX * shown / natural.doubleValue();
            assertTrue(smallest >= 11, "chart text at " + smallest + " px (" + shown + " of " + natural + " px) on " + driver.getCurrentUrl());
        }
    }

    private static void assertPageFitsTheScreen() {
        Number width = (Number) js("return document.documentElement.scrollWidth;");
        assertTrue(width.intValue() <= 390, "no sideways scrolling of the page: " + width + " on " + driver.getCurrentUrl());
    }

    @Test
    void screenshots() throws IOException {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Map<String, String> pages = Map.of("profile-gen", town(0), "profile-sample", "sample/towns/luanchuan-tantou/index.html",
                "compare-gen", "gen/compare.html?t=" + ranked.get(0) + "," + ranked.get(1) + "," + ranked.get(2),
                "ranking-gen", "gen/rankings/index.html");
        for (int width : new int[] {1366, 390}) {
            size(width);
            for (var e : pages.entrySet()) {
                driver.get(base + e.getValue());
                if (e.getKey().startsWith("compare")) {
                    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#compare-table tbody tr")).isEmpty());
                }
                Files.write(dir.resolve(e.getKey() + "-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            }
        }
        size(1366);
    }
}
