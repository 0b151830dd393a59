package townstats.site;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The browser of the browser tests: Debian's Chromium and chromedriver, headless (Selenium Manager never
 * downloads anything). Without them the tests are skipped, unless TOWNSTATS_REQUIRE_BROWSER=1 (CI) fails them.
 */
final class Chromium {
    static final String BINARY = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";

    /** Kept so the level holds: Selenium warns about CDP versions it has no bindings for (not used here). */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    private Chromium() {
    }

    /** Skips the calling test class when Chromium is missing (fails it under TOWNSTATS_REQUIRE_BROWSER=1). */
    static void requireOrSkip() {
        if (Files.isExecutable(Path.of(BINARY)) && Files.isExecutable(Path.of(DRIVER))) return;
        if ("1".equals(System.getenv("TOWNSTATS_REQUIRE_BROWSER"))) fail("Chromium or chromedriver missing: " + BINARY + ", " + DRIVER);
        Assumptions.assumeTrue(false, "Chromium not installed: browser tests skipped");
    }

    /** A fresh headless browser with its own profile; with {@code consoleLogs} the page's console can be read. */
    static ChromeDriver start(boolean consoleLogs) throws IOException {
        SELENIUM_LOG.setLevel(Level.SEVERE);
        System.setProperty("webdriver.chrome.driver", DRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--allow-file-access-from-files", "--user-data-dir=" + Files.createTempDirectory("townstats-chromium"));
        if (consoleLogs) {
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** The Content-Type a served site file gets. */
    static String contentType(String name) {
        if (name.endsWith(".html")) return "text/html; charset=utf-8";
        if (name.endsWith(".css")) return "text/css; charset=utf-8";
        if (name.endsWith(".js")) return "text/javascript; charset=utf-8";
        if (name.endsWith(".csv")) return "text/csv; charset=utf-8";
        if (name.endsWith(".json")) return "application/json";
        if (name.endsWith(".txt")) return "text/plain; charset=utf-8";
        if (name.endsWith(".png")) return "image/png";
        if (name.endsWith(".ttf")) return "font/ttf";
        if (name.endsWith(".woff2")) return "font/woff2";
        if (name.endsWith(".xml")) return "application/xml";
        return "application/octet-stream";
    }
}
