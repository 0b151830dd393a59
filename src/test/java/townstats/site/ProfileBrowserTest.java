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
 * compare page puts towns side by side (from the address, the search box and file://) with one rank line per town and
 * indicator, months that differ said in words, a year picker and a bar chart per indicator, a ranking page shows one
 * peer group at a time, charts say their months, counts and source (a part-year point of a history chart named with
 * its months, in print too), composite.html shows its method, and at 390 px the cards stack, tables scroll with the
 * town column fixed, the compare page shows every chosen town and charts fit. Screenshots at 1366 and 390 px of a
 * profile with part-year figures, the compare page with three towns, a ranking page and composite.html go to
 * target/screenshots/.
 */
class ProfileBrowserTest {
    private static HttpServer server;
    private static ChromeDriver driver;
    private static String base;
    private static Path sample;
    private static Path generated;
    /** Slugs of generated towns whose profile has a header, strengths and charts. */
    private static List<String> ranked;
    /** A generated town whose latest profile has a history chart with a part-year point, and cards of part of the year. */
    private static String partYear;
    /** Three generated towns of one county, each with reports of several years. */
    private static List<String> county;

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
                if (partYear == null && page.select("figure.chart figcaption").text().contains("非全年")
                        && !page.select(".cards .badge-period").isEmpty()) {
                    partYear = dir.getFileName().toString();
                }
            }
        }
        // the towns of one county (the slug's first part), three of them with several years
        java.util.Map<String, List<String>> byCounty = new java.util.TreeMap<>();
        try (Stream<Path> towns = Files.list(generated.resolve("towns"))) {
            for (Path dir : towns.filter(Files::isDirectory).sorted().toList()) {
                if (Files.isRegularFile(dir.resolve("index.html")) && Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8").select(".year-tabs a").size() >= 2) {
                    byCounty.computeIfAbsent(dir.getFileName().toString().split("-")[0], k -> new ArrayList<>()).add(dir.getFileName().toString());
                }
            }
        }
        county = byCounty.values().stream().filter(l -> l.size() >= 3).findFirst().orElseThrow().subList(0, 3);
        assertNotNull(partYear, "a generated town with a part-year point in a history chart");
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
        // a county or city with its count of towns; a province or all towns without (在全部乡镇中：…), as the methodology says
        for (WebElement l : lines) assertTrue(l.getText().matches("在.+(\\d+个)?乡镇中.*：.*\\d+项排名中\\d+项居前三"), l.getText());
        assertTrue(lines.stream().anyMatch(l -> l.getText().startsWith("在全部乡镇中：")), "all towns without their count");
        // a place among at least 5 towns, in the most local group that ranks the figure
        String strengths = driver.findElement(By.cssSelector(".year .strengths")).getText();
        // (第3/15 in a county or city; in a province or all towns 第3 or a band, 前25%, without their count)
        java.util.regex.Matcher place = java.util.regex.Pattern.compile("第(\\d+)/(\\d+)").matcher(strengths);
        if (place.find()) assertTrue(Integer.parseInt(place.group(2)) >= townstats.analyze.Ranker.MIN_RANKED, strengths);
        else assertTrue(strengths.matches(".*(全部乡镇|省)(第\\d+|前\\d+名|[前后]\\d+%).*"), strengths);
        assertTrue(driver.findElement(By.cssSelector(".year .standing-note")).getText().contains("不少于5个"));
        assertTrue(driver.findElement(By.cssSelector(".year .periods")).getText().matches("\\d{4}年 · 数据期间：全年.*"));
        // the header comes before the figures
        assertTrue((Boolean) js("return document.querySelector('.standing').compareDocumentPosition(document.querySelector('.cards')) & 4"
                + " ? true : false"));
        driver.get(base + "sample/towns/luanchuan-tantou/index.html");
        assertTrue(driver.findElement(By.cssSelector(".standing")).getText().contains("没有一张表有5个以上"), "the sample says why there is no rank");
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

    /**
     * Three towns of one county: per indicator one rank line per town, in one group they share (the one that ranks most
     * of them, the most local of those: their county, or a wider one where the county's table is too small), never
     * several; figures of different months
     * said in words; a year picker that keeps the year in the address; a bar chart per indicator two towns have.
     */
    @Test
    void theComparePageSaysOneRankPerTownTheMonthsAndTheYearAndDrawsBars() {
        driver.get(base + "gen/compare.html?t=" + String.join(",", county));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#compare-table tbody tr")).isEmpty());
        for (WebElement td : driver.findElements(By.cssSelector("#compare-table tbody td"))) {
            if (td.getText().equals("—")) continue;
            assertEquals(1, td.findElements(By.cssSelector(".rank")).size(), "one line per town and indicator: " + td.getText());
            String rank = td.findElement(By.cssSelector(".rank")).getText();
            // 第3/14 in a county or city; in a province or all towns 第3 or a band (前10名, 前25% …), as on the profiles
            String place = "(第\\d+(/\\d+)?|前\\d+名|[前后]\\d+%)";
            assertTrue(rank.matches("未排名|.+?" + place + "(，增长率" + place + ")?|.+增长率" + place), rank);
        }
        // a row's ranks name one group
        for (WebElement row : driver.findElements(By.cssSelector("#compare-table tbody tr"))) {
            java.util.Set<String> groups = new java.util.HashSet<>();
            for (WebElement r : row.findElements(By.cssSelector("td .rank"))) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.+?)(增长率)?(第|前\\d|后\\d)").matcher(r.getText());
                if (m.find()) groups.add(m.group(1));
            }
            assertTrue(groups.size() <= 1, "one peer group per indicator: " + row.getText());
        }
        List<WebElement> mismatched = driver.findElements(By.cssSelector("#compare-table tbody tr[data-mismatch] th .mismatch"));
        for (WebElement m : mismatched) assertTrue(m.getText().startsWith("数据期间不同（") && m.getText().contains("不能直接比较"), m.getText());
        List<WebElement> charts = driver.findElements(By.cssSelector("#compare-chart-list figure.compare-chart"));
        assertFalse(charts.isEmpty(), "a bar chart per indicator");
        for (WebElement c : charts) {
            assertTrue(c.findElements(By.cssSelector(".bar-fill")).size() >= 2, c.getText());
            assertTrue(c.findElement(By.tagName("figcaption")).getText().matches(".+ · \\d{4}年.*"), c.getText());
        }
        // another year, from the picker: the address keeps it
        org.openqa.selenium.support.ui.Select year = new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("compare-year")));
        assertTrue(year.getOptions().size() >= 2, "the towns' years");
        String shown = year.getFirstSelectedOption().getText();
        String other = year.getOptions().stream().map(WebElement::getText).filter(t -> !t.equals(shown)).findFirst().orElseThrow();
        year.selectByVisibleText(other);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("y=" + other.replace("年", ""))
                && !d.findElements(By.cssSelector("#compare-table tbody tr")).isEmpty());
        assertEquals(other, new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("compare-year"))).getFirstSelectedOption().getText());
        assertTrue(driver.findElement(By.id("compare-chosen")).getText().contains(other), "each town's year is said");
    }

    /** A history chart draws a part-year point apart and says its months; its caption is printed with the page. */
    @Test
    void aPartYearFigureIsNamedInItsHistoryChartAndItsCaptionPrints() {
        driver.get(base + "gen/towns/" + partYear + "/index.html");
        WebElement caption = driver.findElements(By.cssSelector("figure.chart figcaption")).stream()
                .filter(c -> c.getText().contains("非全年")).findFirst().orElseThrow();
        assertTrue(caption.getText().matches(".*\\d{4}年\\d+—\\d+月[\\d.,]+[亿万]?元?.*（非全年，单独标出，不与全年数比较）.*"), caption.getText());
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertFalse("none".equals(caption.getCssValue("display")), "printed with its chart");
            assertTrue(caption.isDisplayed());
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    /** composite.html shows its method and how many towns it scores; the first town's profile says 第1 among all towns, the count composite.html's alone. */
    @Test
    void theCompositeIndexShowsItsMethodAndOneCountOfTowns() {
        driver.get(base + "gen/composite.html");
        driver.findElement(By.cssSelector("a[href='#method']")).click();
        WebElement method = driver.findElement(By.id("method"));
        assertTrue(method.getText().contains("同一组6项指标") && method.getText().contains("至少要有其中4项"), method.getText());
        Number top = (Number) js("return arguments[0].getBoundingClientRect().top;", method);
        assertTrue(top.doubleValue() >= 0 && top.doubleValue() < 900, "the link brings the method into view: " + top);
        WebElement first = driver.findElement(By.cssSelector("section[id^=y]"));
        String year = first.getAttribute("id").substring(1);
        java.util.regex.Matcher count = java.util.regex.Pattern.compile("参与计算(\\d+)个乡镇").matcher(first.findElement(By.cssSelector(".composite-count")).getText());
        assertTrue(count.find());
        String scored = count.group(1);
        String town = first.findElement(By.cssSelector("tbody th a")).getAttribute("href");
        driver.get(town);
        // among all towns the first is 第1 without the count (it moves with every report): the count is composite.html's
        String header = driver.findElement(By.cssSelector(".standings li")).getText();
        assertTrue(header.startsWith("在全部乡镇中：综合发展指数第1，") && !header.contains(scored + "个乡镇"), year + ": " + header);
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
        assertTrue(caption.matches("\\d{4}年 · (数据期间：.+ · )?\\d+个乡镇 · 来源：.+"), caption);
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
            driver.get(base + "gen/compare.html?t=" + String.join(",", county));
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#compare-table tbody tr")).isEmpty());
            assertPageFitsTheScreen();
            // every chosen town shows, one under the other, its name before its figure: none scrolled out of sight
            for (WebElement row : driver.findElements(By.cssSelector("#compare-table tbody tr")).subList(0, 3)) {
                List<WebElement> cells = row.findElements(By.cssSelector("td"));
                assertEquals(3, cells.size());
                for (int i = 0; i < 3; i++) {
                    WebElement td = cells.get(i);
                    assertTrue(td.isDisplayed(), row.getText());
                    Number left = (Number) js("return arguments[0].getBoundingClientRect().left;", td);
                    Number right = (Number) js("return arguments[0].getBoundingClientRect().right;", td);
                    assertTrue(left.doubleValue() >= 0 && right.doubleValue() <= 390, "in view: " + left + "–" + right);
                    String label = (String) js("return getComputedStyle(arguments[0], '::before').content;", td);
                    assertTrue(label.contains(td.getAttribute("data-town")), "the town named above its figure: " + label);
                }
            }
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
                "profile-part-year", "gen/towns/" + partYear + "/index.html",
                "compare-gen", "gen/compare.html?t=" + String.join(",", county),
                "rankings-gen", "gen/rankings/index.html", "ranking-gen", rankingWithCharts(), "composite-gen", "gen/composite.html");
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
