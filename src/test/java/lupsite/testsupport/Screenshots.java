package lupsite.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Full-page PNG screenshots at a given CSS viewport width, through the DevTools protocol
 * commands that ChromeDriver forwards ({@code executeCdpCommand}; no DevTools websocket,
 * so it does not depend on Selenium's per-version CDP bindings).
 */
public final class Screenshots {

    public static final int PHONE_WIDTH = 375;
    public static final int DESKTOP_WIDTH = 1280;

    private Screenshots() {}

    /**
     * Opens {@code url} in a viewport {@code width} CSS pixels wide (a phone, with touch-style
     * viewport handling, when narrower than 600) and saves the whole page as a PNG.
     */
    public static Path capture(HeadlessChromium chromium, URI url, int width, Path png) {
        ChromeDriver driver = chromium.driver();
        int height = width < 600 ? 812 : 800;
        chromium.setViewport(width, height);
        try {
            driver.get(url.toString());
            // Wait for web fonts so that text is drawn in its final face.
            driver.executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                    + "document.fonts.ready.then(() => done(true), () => done(false));");
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            double fullHeight = Math.max(height, ((Number) size.get("height")).doubleValue());
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                    "format", "png",
                    "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", Math.ceil(fullHeight), "scale", 1)));
            byte[] bytes = Base64.getDecoder().decode((String) shot.get("data"));
            Files.createDirectories(png.toAbsolutePath().getParent());
            Files.write(png, bytes);
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            chromium.resetViewport();
        }
    }

    /** Saves {@code <name>-375.png} and {@code <name>-1280.png} in {@code dir}. */
    public static void phoneAndDesktop(HeadlessChromium chromium, URI url, Path dir, String name) {
        capture(chromium, url, PHONE_WIDTH, dir.resolve(name + "-" + PHONE_WIDTH + ".png"));
        capture(chromium, url, DESKTOP_WIDTH, dir.resolve(name + "-" + DESKTOP_WIDTH + ".png"));
    }
}
