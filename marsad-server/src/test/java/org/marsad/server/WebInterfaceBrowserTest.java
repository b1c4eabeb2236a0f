package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Pipeline;
import org.marsad.json.ArticleJson;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Origin;
import org.marsad.model.RawDocument;
import org.marsad.search.store.ArticleStore;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web interface in a real browser (Debian's headless Chromium and its chromedriver, which CI installs; skipped
 * where they are absent): a search shows hits, an article shows its entities marked in place, an entity's chart is
 * drawn, and no page writes an error to the console. Screenshots are kept in target/screenshots.
 */
class WebInterfaceBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path folder;
    static ArticleStore store;
    static MarsadServer server;
    WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        store = ArticleStore.open(folder.resolve("data"));
        Pipeline pipeline = Pipeline.builder().build();
        ArticleJson json = new ArticleJson(new ArticleJson.Options(false, false));
        String[][] records = {
                {"2015-08-09", "وزير الخارجية يلتقي نظيره الفرنسي في الرياض", "التقى وزير الخارجية عادل الجبير في الرياض أمس "
                        + "نظيره الفرنسي لوران فابيوس، وبحث الجانبان العلاقات الثنائية والأوضاع في المنطقة.\n"
                        + "وقال الجبير إن \"العلاقات بين البلدين تشهد تطورا كبيرا في جميع المجالات\"."},
                {"2015-08-10", "الجبير: الحل السياسي في اليمن يبدأ بتطبيق القرار الأممي", "أكد وزير الخارجية عادل الجبير "
                        + "أن الحل السياسي في اليمن يبدأ بتطبيق قرار مجلس الأمن، وذلك خلال مؤتمر صحفي في جدة.\n"
                        + "وأضاف الجبير أن \"المملكة تدعم الشعب اليمني في كل ما يحقق أمنه واستقراره\"."}};
        int n = 0;
        for (String[] r : records) {
            RawDocument doc = new RawDocument(Origin.file("feed.jsonl", "json-lines", "UTF-8").withRecord(++n), r[2],
                    Optional.of(r[1]), Optional.empty(), Optional.of(r[0]), Optional.of("صحيفة المرصد"), Optional.empty());
            Analysis analysis = pipeline.analyze(doc);
            if (analysis instanceof Article article) store.put(article, json.toJson(article));
        }
        store.commit();
        server = new MarsadServer(pipeline, store, new ServerOptions(ServerOptions.LOOPBACK, 0, folder, false)).start();
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    @BeforeEach
    void open() {
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-background-networking",
                        "--disable-dev-shm-usage", "--window-size=1280,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void close() {
        if (browser != null) browser.quit();
    }

    private String page(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    private WebElement waitFor(By what) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(what));
    }

    private void screenshot(String name) throws Exception {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private List<LogEntry> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    }

    @Test
    void aSearchShowsItsHitsWithTheWordsMarkedAndFacets() throws Exception {
        browser.get(page("/?q=" + java.net.URLEncoder.encode("الجبير", java.nio.charset.StandardCharsets.UTF_8)));
        waitFor(By.cssSelector(".hit"));
        assertThat(browser.findElements(By.cssSelector(".hit"))).hasSize(2);
        assertThat(browser.findElement(By.cssSelector(".hit mark")).getText()).isEqualTo("الجبير");
        assertThat(browser.findElement(By.id("facets")).getText()).contains("صحيفة المرصد");
        screenshot("search");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void anArticleShowsItsPeopleAndQuotationsMarkedInPlace() throws Exception {
        browser.get(page("/?q=" + java.net.URLEncoder.encode("فابيوس", java.nio.charset.StandardCharsets.UTF_8)));
        waitFor(By.cssSelector(".hit h2 a")).click();
        WebElement person = waitFor(By.cssSelector("#article-text .PER"));
        assertThat(person.getText()).isNotBlank();
        assertThat(browser.findElements(By.cssSelector("#article-text .quote"))).isNotEmpty();
        screenshot("article");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void anEntityPageDrawsTheChartOfItsArticlesPerDay() throws Exception {
        browser.get(page("/entity.html?name=" + java.net.URLEncoder.encode("عادل الجبير", java.nio.charset.StandardCharsets.UTF_8)));
        waitFor(By.cssSelector("#chart canvas"));
        assertThat(browser.findElement(By.id("status")).getText()).startsWith("2");
        screenshot("entity");
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void aPastedArticleIsAnalysedOnThePage() throws Exception {
        browser.get(page("/analyze.html"));
        browser.findElement(By.id("body")).sendKeys("افتتاح جسر جديد في جدة\n\nافتتح أمير منطقة مكة المكرمة خالد الفيصل "
                + "جسرا جديدا في جدة صباح اليوم، وقال إن المشروع يخدم آلاف السكان.");
        browser.findElement(By.cssSelector("#analyze button")).click();
        waitFor(By.cssSelector("#article-text"));
        assertThat(browser.findElement(By.cssSelector("#article h1")).getText()).isEqualTo("افتتاح جسر جديد في جدة");
        screenshot("analyze");
        assertThat(consoleErrors()).isEmpty();
    }
}
