package townstats.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built site served by a real nginx under a sub-path (issue 27, item 4), with the configuration of
 * docs/deployment.md as it is written there: nginx (Debian's, installed by .ci/run) runs on a free loopback port with
 * a configuration of its own in a temporary folder, and headless Chromium opens every page from the home page under
 * /tongji/, following every link, form, script, style, image and download: each answers 200 and stays under the
 * sub-path. The build's own hidden files are refused, a missing page gets the site's 404 page, and search leads to a
 * profile. Skipped without nginx or Chromium unless TOWNSTATS_REQUIRE_BROWSER=1.
 */
class NginxSubPathTest {
    static final String NGINX = "/usr/sbin/nginx";
    static final String SUB_PATH = "/tongji/";
    /** The folder docs/deployment.md serves; the test puts the built site in its place. */
    static final String DOC_SITE = "/srv/tongji/site/";

    private static Process nginx;
    private static ChromeDriver driver;
    private static String base;
    private static Path site;

    @BeforeAll
    static void start() throws Exception {
        Chromium.requireOrSkip();
        if (!Files.isExecutable(Path.of(NGINX))) {
            if ("1".equals(System.getenv("TOWNSTATS_REQUIRE_BROWSER"))) fail("nginx missing: apt-get install nginx");
            Assumptions.assumeTrue(false, "nginx not installed");
        }
        site = TestSite.site();
        Path dir = Files.createTempDirectory("townstats-nginx");
        int port = freePort();
        Path conf = dir.resolve("nginx.conf");
        Files.writeString(conf, config(dir, port, deploymentBlock().replace(DOC_SITE, site.toAbsolutePath() + "/")), StandardCharsets.UTF_8);
        Process check = new ProcessBuilder(NGINX, "-t", "-p", dir.toString(), "-c", conf.toString()).redirectErrorStream(true).start();
        String checked = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, check.waitFor(), "nginx -t: " + checked);
        nginx = new ProcessBuilder(NGINX, "-p", dir.toString(), "-c", conf.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("nginx.out").toFile()).start();
        waitForPort(port);
        base = "http://127.0.0.1:" + port + SUB_PATH;
        driver = Chromium.start(true);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (driver != null) driver.quit();
        if (nginx != null) {
            nginx.destroy(); // SIGTERM: nginx's fast shutdown, its worker with it
            if (!nginx.waitFor(10, TimeUnit.SECONDS)) nginx.destroyForcibly();
        }
    }

    /** The nginx block of docs/deployment.md, as the reader copies it. */
    static String deploymentBlock() throws IOException {
        Matcher m = Pattern.compile("```nginx\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(Path.of("docs/deployment.md")));
        assertTrue(m.find(), "docs/deployment.md has an nginx block");
        String block = m.group(1);
        assertTrue(block.contains("location " + SUB_PATH) && block.contains(DOC_SITE), block);
        return block;
    }

    /** A whole nginx.conf around the block: its files in {@code dir}, listening on 127.0.0.1 only. */
    private static String config(Path dir, int port, String block) {
        String d = dir.toAbsolutePath().toString();
        // as root nginx's workers would run as nobody, who cannot read a temporary folder: let them run as root
        String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        return user + "worker_processes 1;\ndaemon off;\npid " + d + "/nginx.pid;\nerror_log " + d + "/error.log;\n"
                + "events { worker_connections 64; }\n"
                + "http {\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n  access_log " + d + "/access.log;\n"
                + "  client_body_temp_path " + d + "/client;\n  proxy_temp_path " + d + "/proxy;\n  fastcgi_temp_path " + d + "/fastcgi;\n"
                + "  uwsgi_temp_path " + d + "/uwsgi;\n  scgi_temp_path " + d + "/scgi;\n"
                + "  server {\n    listen 127.0.0.1:" + port + ";\n    server_name localhost;\n" + block + "  }\n}\n";
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void waitForPort(int port) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < until) {
            if (!nginx.isAlive()) fail("nginx stopped: exit " + nginx.exitValue());
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        fail("nginx did not listen on " + port);
    }

    @Test
    void everyPageAndEveryLinkWorksUnderTheSubPath() throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> pages = new LinkedHashSet<>();
        Map<String, Long> others = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(base + "index.html"));
        consoleErrors();
        while (!queue.isEmpty()) {
            String url = queue.poll();
            if (!pages.add(url)) continue;
            driver.get(url);
            Object status = driver.executeScript("return performance.getEntriesByType('navigation')[0].responseStatus;");
            if (!Long.valueOf(200).equals(status)) problems.add(url + ": " + status);
            for (String e : consoleErrors()) problems.add(url + ": console: " + e);
            @SuppressWarnings("unchecked")
            List<List<Object>> loaded = (List<List<Object>>) driver.executeScript(
                    "return performance.getEntriesByType('resource').map(e => [e.name, e.responseStatus]);");
            for (List<Object> r : loaded) {
                if (!Long.valueOf(200).equals(r.get(1))) problems.add(url + ": loaded " + r.get(0) + " with " + r.get(1));
            }
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) driver.executeScript("return Array.from(document.querySelectorAll("
                    + "'a[href], link[href], script[src], img[src], source[src], form[action]')).map(e => e.href || e.src || e.action);");
            List<String> fetch = new ArrayList<>();
            for (String link : links) {
                String target = link.replaceAll("[#?].*$", "");
                if (link.startsWith("data:")) continue; // the empty icon (data:,) that keeps a browser from asking for favicon.ico
                if (!target.startsWith(base)) {
                    problems.add(url + ": a link leaves " + SUB_PATH + ": " + link);
                } else if (target.endsWith(".html") || target.endsWith("/")) {
                    if (!pages.contains(target)) queue.add(target);
                } else if (!others.containsKey(target) && !fetch.contains(target)) {
                    fetch.add(target);
                }
            }
            others.putAll(statuses(fetch));
        }
        others.forEach((u, s) -> {
            if (s != 200) problems.add("download " + u + ": " + s);
        });
        assertEquals(List.of(), problems);

        // every page of the site was reached from the home page and served (the 404 page only for a missing one)
        Set<String> served = new TreeSet<>();
        for (String p : pages) served.add(p.substring(base.length()).isEmpty() ? "index.html" : p.substring(base.length()));
        Set<String> built = new TreeSet<>(TestSite.htmlPages());
        built.remove("404.html");
        built.removeAll(served);
        assertEquals(Set.of(), built, "pages no link leads to");
        assertTrue(others.keySet().stream().anyMatch(u -> u.endsWith("data/townstats.xlsx")), "the downloads were followed: " + others.keySet());
        System.out.printf("NginxSubPathTest: %d pages and %d other files under %s, all 200%n", pages.size(), others.size(), SUB_PATH);
    }

    @Test
    void fontsTablesAndHiddenFilesAreServedAsTheDocumentSays() {
        Map<String, String> types = new LinkedHashMap<>();
        driver.get(base + "index.html");
        for (String f : List.of("assets/fonts/wqy-microhei-gb2312.woff2", "data/facts.csv", "data/townstats.xlsx", "data/facts.json",
                "assets/site.css", ".townstats-manifest.json", ".townstats-build")) {
            Object r = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')), e => done(String(e)));", base + f);
            types.put(f, String.valueOf(r));
        }
        assertEquals("200 font/woff2", types.get("assets/fonts/wqy-microhei-gb2312.woff2"), types.toString());
        assertEquals("200 text/csv; charset=utf-8", types.get("data/facts.csv"), types.toString());
        assertEquals("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", types.get("data/townstats.xlsx"), types.toString());
        assertEquals("200 application/json; charset=utf-8", types.get("data/facts.json"), types.toString());
        assertEquals("200 text/css; charset=utf-8", types.get("assets/site.css"), types.toString());
        assertTrue(types.get(".townstats-manifest.json").startsWith("403") && types.get(".townstats-build").startsWith("403"),
                "the build's own files are refused: " + types);

        driver.get(base + "towns/no-such-town/index.html");
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("页面不存在"), "the site's 404 page");
    }

    @Test
    void searchLeadsToAProfileUnderTheSubPath() {
        driver.get(base + "index.html");
        driver.findElement(By.id("q-home")).sendKeys("tantou");
        WebElement link = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(".search-big .search-results a"))
                .stream().filter(a -> a.getText().equals("潭头镇")).findFirst().orElse(null));
        link.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().startsWith(base + "towns/luanchuan-tantou/"));
        assertEquals("潭头镇", driver.findElement(By.tagName("h1")).getText());
    }

    /** The HTTP status of each URL, fetched by the page (same origin) in one go. */
    private static Map<String, Long> statuses(List<String> urls) {
        Map<String, Long> out = new LinkedHashMap<>();
        if (urls.isEmpty()) return out;
        @SuppressWarnings("unchecked")
        List<List<Object>> got = (List<List<Object>>) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "Promise.all(arguments[0].map(u => fetch(u).then(r => r.arrayBuffer().then(() => [u, r.status]), e => [u, -1])))"
                + ".then(done);", urls);
        for (List<Object> g : got) out.put((String) g.get(0), (Long) g.get(1));
        return out;
    }

    private static List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) errors.add(e.getMessage());
        }
        return errors;
    }
}
