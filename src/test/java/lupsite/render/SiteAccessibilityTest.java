package lupsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import lupsite.load.ContentLoader;
import lupsite.model.AccessibilityStatement;
import lupsite.testsupport.AccessibilityTestRecord;
import lupsite.testsupport.AxeChecker;
import lupsite.testsupport.BundledSite;
import lupsite.testsupport.HeadlessChromium;
import lupsite.testsupport.NuHtmlChecker;
import lupsite.testsupport.Screenshots;
import lupsite.testsupport.SiteRules;
import lupsite.testsupport.StaticSiteServer;
import lupsite.testsupport.TestSite;

/**
 * The bundled site, built as shipped, proven usable: axe-core in Debian's Chromium on every page at desktop
 * and phone width, the Nu Html Checker on every file, the same site under a sub-path and from file://, and
 * our own checks for what those tools cannot see. One browser serves every test; it starts once.
 *
 * <p>With {@code -Dlupsite.recordAccessibilityTest=true}, a run in which every test of this class passed
 * writes what it measured to {@code content/accessibility-test.yaml}, for the accessibility statement.
 */
@ExtendWith(SiteAccessibilityTest.Outcomes.class)
class SiteAccessibilityTest {

    static final String SUB_PATH = "/intranat/lup/";
    static final Path RECORD = BundledSite.CONTENT.resolve(ContentLoader.ACCESSIBILITY_TEST);
    static final int REFLOW_WIDTH = 320;
    static final int PRINT_WIDTH = 680;
    static final Path SCREENSHOTS = Path.of("docs/skarmbilder");

    static Path site;
    static List<String> pages;
    static StaticSiteServer server;
    static HeadlessChromium chromium;
    static ChromeDriver driver;
    static final List<Integer> AXE_WIDTHS = List.of(Screenshots.DESKTOP_WIDTH, Screenshots.PHONE_WIDTH);
    static int axeViolations;
    static int nuErrors;

    @BeforeAll
    static void start() {
        site = BundledSite.site();
        pages = BundledSite.pages();
        server = StaticSiteServer.start(site);
        chromium = HeadlessChromium.start(Path.of("target/browser"));
        driver = chromium.driver();
        AxeChecker.preload(driver);
    }

    @AfterAll
    static void stop() {
        if (Boolean.getBoolean(AccessibilityTestRecord.PROPERTY)) {
            record();
        }
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Writes the record only when every test of this class ran and passed; says why not otherwise. */
    private static void record() {
        List<String> notPassed = Outcomes.notPassed();
        if (!notPassed.isEmpty()) {
            System.err.println("Not recorded in " + RECORD + ": these tests did not run or did not pass: " + notPassed);
            return;
        }
        AccessibilityTestRecord.write(RECORD, new AccessibilityStatement.TestRun(LocalDate.now(), pages.size(),
                AXE_WIDTHS, driver.getCapabilities().getBrowserVersion(), AxeChecker.axeVersion(),
                NuHtmlChecker.version(), axeViolations, nuErrors, Outcomes.passed.size()));
        System.out.println("Recorded the run in " + RECORD);
    }

    /** Which tests of this class passed and which did not, for {@link #record()}. */
    static final class Outcomes implements TestWatcher {
        /** Method names, once per passed (or failed) invocation. */
        static final List<String> passed = new ArrayList<>();
        static final List<String> failed = new ArrayList<>();

        @Override
        public void testSuccessful(ExtensionContext context) {
            passed.add(context.getRequiredTestMethod().getName());
        }

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            failed.add(context.getRequiredTestMethod().getName());
        }

        @Override
        public void testAborted(ExtensionContext context, Throwable cause) {
            failed.add(context.getRequiredTestMethod().getName());
        }

        @Override
        public void testDisabled(ExtensionContext context, Optional<String> reason) {
            failed.add(context.getRequiredTestMethod().getName());
        }

        /** Failed tests, and declared test methods that did not run (a run of a selection records nothing). */
        static List<String> notPassed() {
            List<String> result = new ArrayList<>(failed);
            for (Method method : SiteAccessibilityTest.class.getDeclaredMethods()) {
                boolean test = method.isAnnotationPresent(Test.class) || method.isAnnotationPresent(ParameterizedTest.class);
                if (test && !passed.contains(method.getName())) {
                    result.add(method.getName());
                }
            }
            return result;
        }
    }

    // ---- axe-core and the Nu checker

    /** Some rules (reflow, scroll regions, contrast of wrapped text) only differ by width. */
    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {Screenshots.DESKTOP_WIDTH, Screenshots.PHONE_WIDTH})
    void axeFindsNothingOnAnyPageAndNoPageScrollsSideways(int width) {
        assertAxeFindsNothingAndNothingScrollsSideways(server, pages, width);
    }

    /** axe on every page of {@code pages} at {@code width}, none scrolling sideways, none asking for a missing file. */
    private static void assertAxeFindsNothingAndNothingScrollsSideways(StaticSiteServer server, List<String> pages,
                                                                       int width) {
        List<String> sideways = new ArrayList<>();
        List<AxeChecker.Violation> violations = axeOnEveryPage(pages, width, server.baseUri()::resolve,
                page -> sideways(page, width).ifPresent(sideways::add));
        assertThat(AxeChecker.report(violations)).isEmpty();
        assertThat(sideways).isEmpty();
        assertThat(server.notFound()).as("requests for files the site does not have").isEmpty();
    }

    /** WCAG 1.4.10 (reflow): at 320 CSS px, the width of a phone zoomed to 400 %, text never scrolls sideways. */
    @Test
    void noPageScrollsSidewaysAtTheReflowWidth() {
        assertThat(sidewaysAtTheReflowWidth(server, pages, "")).isEmpty();
    }

    /**
     * The reflow test must not depend on what the words of today's content happen to fit: a word twice the
     * width of the screen, added to every heading, menu entry, paragraph, list item and row heading of every
     * page, still wraps (tables may scroll, but only inside their own region).
     */
    @Test
    void aWordLongerThanTheScreenWrapsWhereverItStands() {
        assertThat(sidewaysAtTheReflowWidth(server, pages, LONG_WORD_EVERYWHERE)).isEmpty();
    }

    private static final String LONG_WORD_EVERYWHERE = """
            const word = ' Sjukskrivningsprocessutvecklingsprojektledningsgruppsmötesprotokollsanteckningarna';
            for (const e of document.querySelectorAll('h1, nav li a, main p, main li, main th, .pager a')) {
              e.append(word);
            }
            """;

    /** Every page of {@code pages} that scrolls sideways at the reflow width once {@code script} has run on it. */
    private static List<String> sidewaysAtTheReflowWidth(StaticSiteServer server, List<String> pages, String script) {
        List<String> sideways = new ArrayList<>();
        chromium.setViewport(REFLOW_WIDTH, 640);
        try {
            for (String page : pages) {
                driver.get(server.baseUri().resolve(page).toString());
                if (!script.isEmpty()) {
                    driver.executeScript(script);
                }
                sideways(page, REFLOW_WIDTH).ifPresent(sideways::add);
            }
        } finally {
            chromium.resetViewport();
        }
        return sideways;
    }

    /**
     * A revised plan (examples/reviderad-plan) has pages the bundled site lacks: at the reflow width the revision
     * table shows each change as a block and the lineage wraps, so neither scrolls sideways, not even inside its
     * region and with a word longer than the screen in every cell and line; and axe finds nothing there.
     */
    @Test
    void theRevisionTableAndTheLineageReflowAtTheReflowWidth(@TempDir Path dir) {
        Path revised = TestSite.buildFrom(Path.of("examples/reviderad-plan"), dir.resolve("site"), false);
        List<String> sideways = new ArrayList<>();
        List<AxeChecker.Violation> violations = new ArrayList<>();
        chromium.setViewport(REFLOW_WIDTH, 640);
        try (StaticSiteServer revisedSite = StaticSiteServer.start(revised)) {
            for (String page : List.of("forandringar-2020-06.html", "version-2020.html", "historik.html")) {
                violations.addAll(AxeChecker.check(driver, revisedSite.baseUri().resolve(page), page + " at "
                        + REFLOW_WIDTH + " px"));
                @SuppressWarnings("unchecked")
                List<String> found = (List<String>) driver.executeScript("""
                        const word = ' Sjukskrivningsprocessutvecklingsprojektledningsgruppsmötesprotokollsanteckningarna';
                        for (const e of document.querySelectorAll('table.revision td, .lineage')) {
                          e.append(word);
                        }
                        const wide = e => e.scrollWidth > e.clientWidth;
                        return [...document.querySelectorAll('.table-scroll:has(table.revision), .lineage')].filter(wide)
                          .map(e => e.outerHTML.slice(0, 80))
                          .concat(wide(document.documentElement) ? ['the page'] : []);
                        """);
                found.forEach(what -> sideways.add(page + ": " + what));
            }
        } finally {
            chromium.resetViewport();
        }
        assertThat(AxeChecker.report(violations)).isEmpty();
        assertThat(sideways).isEmpty();
    }

    /** The site's own fonts, from its own folder, both over HTTP and from file://: no page depends on the machine's. */
    @Test
    void everyPageIsSetInTheFontsShippedWithTheSite() {
        List<String> problems = new ArrayList<>();
        for (String address : List.of(server.baseUri().resolve(SiteUrls.HOME).toString(),
                site.toAbsolutePath().toUri().resolve(SiteUrls.HOME).toString())) {
            driver.get(address);
            @SuppressWarnings("unchecked")
            List<String> loaded = (List<String>) driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    document.fonts.ready.then(() => done([...document.fonts].filter(f => f.status === 'loaded')
                      .map(f => f.family.replaceAll('"', '') + ' ' + f.weight + ' ' + f.style).sort()));
                    """);
            if (!loaded.containsAll(List.of("Noto Sans 400 normal", "Noto Sans 700 normal", "DejaVu Sans Symbols normal normal"))) {
                problems.add(address + " loaded only " + loaded);
            }
        }
        assertThat(problems).isEmpty();
        assertThat(site.resolve("assets/fonts/OFL.txt")).content().contains("SIL OPEN FONT LICENSE");
        assertThat(site.resolve("assets/fonts/LICENSE-DejaVu.txt")).content().contains("Bitstream Vera");
    }

    private static Optional<String> sideways(String page, int width) {
        // Measured once the shipped fonts are in: before that a fallback font's wider glyphs can overflow
        // (seen once under load: 24 px on a page that fits).
        Long overflow = (Long) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.fonts.ready.then(() => done(document.documentElement.scrollWidth
                  - document.documentElement.clientWidth));
                """);
        return overflow > 0 ? Optional.of(page + " scrolls " + overflow + " px sideways at " + width + " px")
                : Optional.empty();
    }

    /** On paper (A4 between the margins is about 680 CSS px): no menu or control, nothing cut off at the side. */
    @Test
    void everyPagePrintsWithoutMenusAndWithinThePaper() {
        List<String> problems = new ArrayList<>();
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        chromium.setViewport(PRINT_WIDTH, 1000);
        try {
            for (String page : pages) {
                driver.get(server.baseUri().resolve(page).toString());
                @SuppressWarnings("unchecked")
                List<String> found = (List<String>) driver.executeScript(PRINT_CHECK);
                found.forEach(problem -> problems.add(page + ": " + problem));
            }
        } finally {
            chromium.resetViewport();
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        assertThat(problems).isEmpty();
    }

    private static final String PRINT_CHECK = """
            const problems = [...document.querySelectorAll('nav, a.skip, form, .actions')]
              .filter(e => e.getClientRects().length > 0).map(e => 'printed: ' + e.outerHTML.slice(0, 80));
            for (const region of document.querySelectorAll('.table-scroll')) {
              if (region.scrollWidth > region.clientWidth) {
                problems.push('table cut off: ' + region.outerHTML.slice(0, 120));
              }
            }
            const page = document.documentElement;
            if (page.scrollWidth > page.clientWidth) {
              problems.push((page.scrollWidth - page.clientWidth) + ' px wider than the paper');
            }
            return problems;
            """;

    @Test
    void theNuHtmlCheckerFindsNoErrorInAnyFile() {
        List<NuHtmlChecker.Message> errors = new NuHtmlChecker().checkAll(StaticSiteServer.htmlFiles(site));
        nuErrors += errors.size();
        assertThat(NuHtmlChecker.report(errors, site)).isEmpty();
    }

    @Test
    void theSiteWorksUnderASubPath() {
        try (StaticSiteServer sub = StaticSiteServer.start(site, SUB_PATH)) {
            List<AxeChecker.Violation> violations = axeOnEveryPage(pages, Screenshots.DESKTOP_WIDTH, sub.baseUri()::resolve,
                    page -> assertThat(styled()).as(page + " has its stylesheet").isTrue());
            assertThat(AxeChecker.report(violations)).isEmpty();
            assertThat(sub.notFound()).as("requests outside " + SUB_PATH + " or for missing files").isEmpty();
        }
    }

    @Test
    void theSiteWorksFromFileUrls() {
        URI root = site.toAbsolutePath().toUri();
        List<AxeChecker.Violation> violations = axeOnEveryPage(pages, Screenshots.DESKTOP_WIDTH, root::resolve,
                page -> assertThat(styled()).as(page + " has its stylesheet").isTrue());
        assertThat(AxeChecker.report(violations)).isEmpty();
    }

    /** Guards the guards: on a broken page both tools must find what is wrong, or a green run means nothing. */
    @Test
    void theToolsFindProblemsOnABrokenPage() {
        Path bad = Path.of("target/test-classes/bad-site/index.html");
        driver.get(bad.toAbsolutePath().toUri().toString());
        assertThat(AxeChecker.check(driver, "bad-site")).extracting(AxeChecker.Violation::ruleId)
                .contains("image-alt", "color-contrast", "link-name", "label", "listitem");
        assertThat(new NuHtmlChecker().check(bad)).extracting(NuHtmlChecker.Message::text)
                .anySatisfy(t -> assertThat(t).contains("Attribute “foo” not allowed"))
                .anySatisfy(t -> assertThat(t).contains("Duplicate ID “sok”"));
    }

    private static List<AxeChecker.Violation> axeOnEveryPage(List<String> pages, int width, Function<String, URI> address,
                                                             java.util.function.Consumer<String> alsoCheck) {
        List<AxeChecker.Violation> violations = new ArrayList<>();
        chromium.setViewport(width, 800);
        try {
            for (String page : pages) {
                violations.addAll(AxeChecker.check(driver, address.apply(page), page + " at " + width + " px"));
                alsoCheck.accept(page);
            }
        } finally {
            chromium.resetViewport();
        }
        axeViolations += violations.size();
        return violations;
    }

    /** True when the page's stylesheet applied (the skip link is moved out of sight until focused). */
    private static boolean styled() {
        return "absolute".equals(driver.executeScript(
                "return getComputedStyle(document.querySelector('a.skip')).position;"));
    }

    // ---- our own checks, on the files

    @Test
    void everyPageIsInSwedish() {
        assertThat(new SiteRules(site).language(pages, "sv")).isEmpty();
    }

    @Test
    void everyStatusHasItsTextBesideItsSymbolAndColour() {
        assertThat(new SiteRules(site).statusText(pages)).isEmpty();
    }

    @Test
    void everyAddressIsRelativeAndResolvesToAFileAndAnId() {
        assertThat(new SiteRules(site).references(pages)).isEmpty();
    }

    @Test
    void headingsAreInOrderWithOneH1() {
        assertThat(new SiteRules(site).headings(pages)).isEmpty();
    }

    @Test
    void aSkipLinkToMainIsTheFirstFocusableElement() {
        assertThat(new SiteRules(site).skipLink(pages)).isEmpty();
    }

    @Test
    void everyTableScrollsInANamedFocusableRegion() {
        assertThat(new SiteRules(site).scrollableTables(pages)).isEmpty();
    }

    // ---- our own checks, in the browser

    /** Tab through every page: each element that takes focus shows it (an outline of 2 px or more). */
    @Test
    void keyboardFocusIsVisibleOnEveryFocusableElement() {
        assertThat(invisibleFocus(server, pages)).isEmpty();
    }

    /** Each element of {@code pages} that takes focus from Tab but does not show it. */
    private static List<String> invisibleFocus(StaticSiteServer server, List<String> pages) {
        List<String> invisible = new ArrayList<>();
        for (String page : pages) {
            driver.get(server.baseUri().resolve(page).toString());
            long focusable = (Long) driver.executeScript(FOCUS_LOG);
            Actions tabs = new Actions(driver);
            for (long i = 0; i < focusable; i++) {
                tabs.sendKeys(Keys.TAB);
            }
            tabs.perform();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> log = (List<Map<String, Object>>) driver.executeScript("return window.focusLog;");
            assertThat(log).as(page + ": elements reached by Tab").hasSize((int) focusable);
            for (Map<String, Object> focused : log) {
                if (!Boolean.TRUE.equals(focused.get("shown"))) {
                    invisible.add(page + ": " + focused.get("html") + " " + focused.get("style"));
                }
            }
        }
        return invisible;
    }

    /** Records, for each element as it gets focus, whether :focus-visible gives it an outline on screen. */
    private static final String FOCUS_LOG = """
            window.focusLog = [];
            document.addEventListener('focusin', e => {
              const el = e.target, style = getComputedStyle(el), box = el.getBoundingClientRect();
              window.focusLog.push({
                html: el.outerHTML.slice(0, 120),
                style: style.outlineStyle + ' ' + style.outlineWidth,
                shown: el.matches(':focus-visible') && style.outlineStyle !== 'none'
                  && parseFloat(style.outlineWidth) >= 2 && box.width > 0 && box.height > 0
                  && box.bottom > 0 && box.right > 0 && box.left < innerWidth
              });
            }, true);
            return [...document.querySelectorAll('%s')].filter(el => el.getClientRects().length > 0).length;
            """.formatted(SiteRules.FOCUSABLE);

    @Test
    void theSkipLinkIsShownOnTheFirstTabAndMovesFocusToMain() {
        driver.get(server.baseUri().resolve(SiteUrls.HOME).toString());
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(driver.executeScript("""
                const a = document.activeElement, box = a.getBoundingClientRect();
                return a.matches('a.skip') && box.top >= 0 && box.left >= 0 && box.right <= innerWidth;
                """)).isEqualTo(true);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertThat(driver.executeScript("return document.activeElement === document.querySelector('main');"))
                .isEqualTo(true);
    }

    /**
     * The example of two plans and a long report (examples/flera-planer): its portal, each plan's pages under
     * their plan's name and the report's chapters pass the same checks as the bundled site.
     */
    @Nested
    class SeveralPlansExample {

        static Path example;
        static List<String> examplePages;
        static StaticSiteServer exampleServer;

        @BeforeAll
        static void build(@TempDir Path dir) throws IOException {
            example = TestSite.buildFrom(Path.of("examples/flera-planer"), dir.resolve("site"), true);
            try (Stream<Path> files = Files.list(example)) {
                examplePages = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted()
                        .toList();
            }
            exampleServer = StaticSiteServer.start(example);
        }

        @AfterAll
        static void stop() {
            if (exampleServer != null) {
                exampleServer.close();
            }
        }

        @ParameterizedTest(name = "{0} px")
        @ValueSource(ints = {Screenshots.DESKTOP_WIDTH, Screenshots.PHONE_WIDTH})
        void axeFindsNothingAndNoPageScrollsSideways(int width) {
            assertAxeFindsNothingAndNothingScrollsSideways(exampleServer, examplePages, width);
        }

        @Test
        void noPageScrollsSidewaysAtTheReflowWidthNotEvenWithAWordLongerThanTheScreen() {
            assertThat(sidewaysAtTheReflowWidth(exampleServer, examplePages, "")).isEmpty();
            assertThat(sidewaysAtTheReflowWidth(exampleServer, examplePages, LONG_WORD_EVERYWHERE)).isEmpty();
        }

        @Test
        void theNuHtmlCheckerFindsNoErrorInAnyFile() {
            List<NuHtmlChecker.Message> errors = new NuHtmlChecker().checkAll(StaticSiteServer.htmlFiles(example));
            assertThat(NuHtmlChecker.report(errors, example)).isEmpty();
        }

        @Test
        void everyAddressResolvesAndEveryPageKeepsTheRules() {
            SiteRules rules = new SiteRules(example);
            assertThat(rules.references(examplePages)).isEmpty();
            assertThat(rules.language(examplePages, "sv")).isEmpty();
            assertThat(rules.statusText(examplePages)).isEmpty();
            assertThat(rules.headings(examplePages)).isEmpty();
            assertThat(rules.skipLink(examplePages)).isEmpty();
            assertThat(rules.scrollableTables(examplePages)).isEmpty();
        }

        @Test
        void keyboardFocusIsVisibleOnEveryFocusableElement() {
            assertThat(invisibleFocus(exampleServer, examplePages)).isEmpty();
        }

        /** Every plan's pages are at the top of the site too, so the site works under any path and from disk. */
        @Test
        void theSiteWorksUnderASubPathAndFromFileUrls() {
            try (StaticSiteServer sub = StaticSiteServer.start(example, SUB_PATH)) {
                List<AxeChecker.Violation> violations = axeOnEveryPage(examplePages, Screenshots.DESKTOP_WIDTH,
                        sub.baseUri()::resolve, page -> assertThat(styled()).as(page + " has its stylesheet").isTrue());
                violations.addAll(axeOnEveryPage(examplePages, Screenshots.DESKTOP_WIDTH,
                        example.toAbsolutePath().toUri()::resolve,
                        page -> assertThat(styled()).as(page + " has its stylesheet").isTrue()));
                assertThat(AxeChecker.report(violations)).isEmpty();
                assertThat(sub.notFound()).as("requests outside " + SUB_PATH + " or for missing files").isEmpty();
            }
        }
    }

    // ---- search

    @Test
    void searchFindsSwedishWordsTypedWithoutSwedishLettersAndAnnouncesTheCount() {
        driver.get(server.baseUri().resolve(SiteUrls.SEARCH).toString());
        driver.findElement(By.id("sok-ord")).sendKeys("forsakringsmedicin", Keys.ENTER);

        String status = driver.findElement(By.id("sok-status")).getText();
        List<WebElement> hits = driver.findElements(By.cssSelector("#sok-traffar li"));
        assertThat(status).isEqualTo(hits.size() + " träffar för ”forsakringsmedicin”.");
        assertThat(hits).extracting(WebElement::getText)
                .anySatisfy(hit -> assertThat(hit).startsWith("Hög kompetens inom försäkringsmedicin Målområde"));
        assertThat(driver.findElement(By.id("sok-utan-js")).isDisplayed()).isFalse();
    }

    @Test
    void aSearchHitLeadsToTheTextItFound() {
        driver.get(server.baseUri().resolve(SiteUrls.SEARCH).toString());
        driver.findElement(By.id("sok-ord")).sendKeys("rehabkoordinatorer", Keys.ENTER);
        WebElement first = driver.findElement(By.cssSelector("#sok-traffar li a"));
        String title = first.getText();
        first.sendKeys(Keys.ENTER);
        String fragment = URI.create(driver.getCurrentUrl()).getFragment();
        String target = fragment == null ? "main" : "[id='" + fragment + "']";
        assertThat(driver.findElement(By.cssSelector(target)).getText().replaceAll("\\s+", " "))
                .containsIgnoringCase("rehabkoordinator").contains(title.replace(" …", ""));
    }

    @Test
    void searchWorksFromAFileUrlWithTheQueryInTheAddress() {
        driver.get(site.toAbsolutePath().toUri() + SiteUrls.SEARCH + "?q=psykisk+ohalsa");
        assertThat(driver.findElement(By.id("sok-status")).getText()).matches("\\d+ träffar för ”psykisk ohalsa”\\.");
        assertThat(driver.findElement(By.id("sok-ord")).getAttribute("value")).isEqualTo("psykisk ohalsa");
    }

    @Test
    void searchSaysWhenNothingWasFound() {
        driver.get(server.baseUri().resolve(SiteUrls.SEARCH).toString());
        WebElement input = driver.findElement(By.id("sok-ord"));
        input.sendKeys("zyxwvu", Keys.ENTER);
        assertThat(driver.findElement(By.id("sok-status")).getText()).isEqualTo("Inga träffar för ”zyxwvu”.");
        input.clear();
        input.sendKeys("a", Keys.ENTER);
        assertThat(driver.findElement(By.id("sok-status")).getText())
                .isEqualTo("Skriv minst ett ord med två eller fler tecken.");
        assertThat(driver.findElements(By.cssSelector("#sok-traffar li"))).isEmpty();
    }

    /** The browser folds and splits a query exactly as the build folded and split the indexed text. */
    @Test
    void theBrowserMakesTheSameTermsAsTheBuild() {
        String text = "Försäkringsmedicin, RS/123/2015: 12,4 % – Ålder ÄR öKAD; café naïve x";
        driver.get(server.baseUri().resolve(SiteUrls.SEARCH).toString());
        assertThat(driver.executeScript("return LupSok.terms(arguments[0]);", text))
                .isEqualTo(SearchIndex.terms(text));
    }

    @Test
    void withoutJavaScriptTheSearchPageSaysSoAndNoOtherPageNeedsIt() {
        assertThat(pages.stream().filter(p -> !p.equals(SiteUrls.SEARCH))
                .filter(p -> !TestSite.html(site, p).select("script").isEmpty())).isEmpty();
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            driver.get(server.baseUri().resolve(SiteUrls.SEARCH + "?q=mal").toString());
            assertThat(driver.findElement(By.id("sok-utan-js")).isDisplayed()).isTrue();
            assertThat(driver.findElements(By.cssSelector("#sok-traffar li"))).isEmpty();
        } finally {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    // ---- screenshots

    /** The start page at phone and desktop width, for the README and for review of layout changes. */
    @Test
    void screenshotsOfTheStartPage() throws Exception {
        Screenshots.phoneAndDesktop(chromium, server.baseUri(), SCREENSHOTS, "start");
        for (int width : List.of(Screenshots.PHONE_WIDTH, Screenshots.DESKTOP_WIDTH)) {
            assertThat(Files.readAllBytes(SCREENSHOTS.resolve("start-" + width + ".png"))).startsWith(0x89, 'P', 'N', 'G');
        }
    }
}
