package lupsite.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by Debian's ChromeDriver through Selenium.
 *
 * <p>Both binaries are given by absolute path, so Selenium Manager is never run (it would
 * otherwise try to download a driver or a browser). Install them with
 * {@code bash .ci/setup} (Debian packages {@code chromium} and {@code chromium-driver}).
 *
 * <p>The browser is kept off the network: no background networking, no component updates,
 * no QUIC, and every host name resolves to NOTFOUND except the literal 127.0.0.1. So pages
 * must be opened as {@code http://127.0.0.1:PORT/...} (not {@code localhost}, which the
 * resolver rule maps away) or as {@code file://} URLs.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** The flags, exactly; {@code --user-data-dir} is added per instance. */
    public static final List<String> FLAGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-features=NetworkTimeServiceQuerying,OptimizationHints",
            // One argv element, so no shell quotes around the value.
            "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path userDataDir;

    private HeadlessChromium(ChromeDriverService service, ChromeDriver driver, Path userDataDir) {
        this.service = service;
        this.driver = driver;
        this.userDataDir = userDataDir;
    }

    /**
     * Starts Chromium with a fresh profile in {@code workDir/chromium-profile-<id>} (deleted
     * again by {@link #close()}) and the ChromeDriver log, with Chromium's own stderr, in
     * {@code workDir/chromedriver-<id>.log}.
     */
    public static HeadlessChromium start(Path workDir) {
        for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(p)) {
                throw new IllegalStateException(p + " is missing: run bash .ci/setup"
                        + " (apt-get install chromium chromium-driver)");
            }
        }
        String id = UUID.randomUUID().toString().substring(0, 8);
        Path profile;
        try {
            Files.createDirectories(workDir);
            profile = Files.createDirectory(workDir.resolve("chromium-profile-" + id)).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile);

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(workDir.resolve("chromedriver-" + id + ".log").toAbsolutePath().toFile())
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            throw e;
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return new HeadlessChromium(service, driver, profile);
    }

    /**
     * Emulates a viewport {@code width} CSS pixels wide (phone-style when narrower than 600:
     * meta viewport honoured, as on a touch device) until {@link #resetViewport()}. Done with
     * the DevTools command that ChromeDriver forwards, so no extra Chromium flag is needed.
     */
    public void setViewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    public void resetViewport() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Path userDataDir() {
        return userDataDir;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(userDataDir);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: it lies under target/
        }
    }
}
