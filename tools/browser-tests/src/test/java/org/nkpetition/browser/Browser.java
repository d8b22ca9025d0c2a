package org.nkpetition.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through its own chromedriver. Both paths are given explicitly, so
 * Selenium Manager never looks for, let alone downloads, a browser or a driver; each browser gets a
 * fresh profile directory.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** The window a page is shown in; a phone width turns on Chrome's mobile emulation (viewport meta, touch). */
    record Viewport(String name, int width, int height, boolean mobile) {
    }

    static final Viewport PHONE = new Viewport("phone", 360, 740, true);
    static final Viewport DESKTOP = new Viewport("desktop", 1280, 900, false);

    /**
     * Selenium warns on every start that it has no CDP bindings for this Chromium version; the tests
     * use only chromedriver's own CDP passthrough (screenshots), which needs none. Held here so the
     * logger and its level are not garbage-collected.
     */
    private static final Logger SELENIUM_LOG = quietSelenium();

    private final ChromeDriver driver;
    private final Path profile;
    private final Viewport viewport;

    private Browser(ChromeDriver driver, Path profile, Viewport viewport) {
        this.driver = driver;
        this.profile = profile;
        this.viewport = viewport;
    }

    static Browser open(Viewport viewport, boolean javascript) {
        return open(viewport, javascript, "en-US,en");
    }

    /** A browser whose Accept-Language is {@code acceptLanguages} ("ko,en" ...). */
    static Browser open(Viewport viewport, boolean javascript, String acceptLanguages) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": run bin/setup-browser (bin/test does)");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--lang=" + acceptLanguages.split(",")[0]);
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("intl.accept_languages", acceptLanguages);
        if (!javascript) {
            prefs.put("profile.managed_default_content_settings.javascript", 2);
        }
        options.setExperimentalOption("prefs", prefs);
        if (viewport.mobile()) {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", viewport.width(), "height", viewport.height(), "pixelRatio", 1.0,
                            "mobile", true, "touch", true)));
        } else {
            options.addArguments("--window-size=" + viewport.width() + "," + viewport.height());
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(new File(System.getProperty("java.io.tmpdir"), "chromedriver-browser-tests.log"))
                .build();
        return new Browser(new ChromeDriver(service, options), profile, viewport);
    }

    private static Logger quietSelenium() {
        Logger logger = Logger.getLogger("org.openqa.selenium");
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    WebDriver driver() {
        return driver;
    }

    Viewport viewport() {
        return viewport;
    }

    void go(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    boolean exists(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(code, arguments);
    }

    /** Waits for something the page does after a click or a timer; the wait is a bound, never a measurement. */
    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** The id of the focused element ("" for none or the body). */
    String focusedId() {
        return String.valueOf(script("return document.activeElement ? document.activeElement.id : ''"));
    }

    /** Nothing is wider than the window: no sideways scrolling on a phone. */
    void assertNoHorizontalScroll(String page) {
        long scrollWidth = ((Number) script("return document.documentElement.scrollWidth")).longValue();
        long innerWidth = ((Number) script("return window.innerWidth")).longValue();
        assertTrue(innerWidth == viewport.width(), page + ": the window is " + innerWidth + " px wide");
        assertTrue(scrollWidth <= viewport.width(), page + " scrolls sideways: " + scrollWidth + " px wide");
    }

    /** The whole page as a PNG in target/screenshots/{name}.png: a test artifact to look at, not compared. */
    void screenshot(String name) {
        Path directory = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(((Number) size.get("height")).doubleValue(), 12_000);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // A profile left in the temp directory is harmless; the test result stands.
            }
        }
    }
}
