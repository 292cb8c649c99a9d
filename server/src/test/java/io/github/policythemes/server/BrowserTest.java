package io.github.policythemes.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.policythemes.classify.ThemeClassifier;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real browser: Debian's headless Chromium driven by Selenium through Debian's
 * chromedriver (Selenium Manager is never asked to find or download anything). Reads a seed sample,
 * searches the seed archive, filters by a theme, labels two articles, trains on labels, and checks
 * that an article made of script and markup shows as text and runs nothing. Screenshots go to
 * {@code target/screenshots/}.
 *
 * <p>Skipped when Chromium or chromedriver is missing, unless {@code
 * POLICY_THEMES_BROWSER_TESTS=required} (as {@code .ci/run} sets it), which makes their absence a
 * failure.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target", "screenshots");

  static WebServer server;
  static ChromeDriver browser;
  static WebDriverWait wait;
  static Path scratch;
  static Path profile;

  @BeforeAll
  static void start() throws IOException {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present && "required".equals(System.getenv("POLICY_THEMES_BROWSER_TESTS"))) {
      throw new IllegalStateException(
          "POLICY_THEMES_BROWSER_TESTS=required but "
              + CHROMIUM
              + " or "
              + CHROMEDRIVER
              + " is missing (apt-get install chromium chromium-driver)");
    }
    Assumptions.assumeTrue(
        present, "no " + CHROMIUM + " or " + CHROMEDRIVER + ": browser test skipped");
    scratch = TestArchive.get().scratch("browser");
    server =
        WebServer.builder()
            .classifier("default", ThemeClassifier.defaultModel())
            .index(TestArchive.get().folder)
            .labels(scratch.resolve("labels.jsonl"))
            .models(scratch.resolve("models"))
            .port(0)
            .build()
            .start();
    Files.createDirectories(SHOTS);
    profile = Files.createTempDirectory(scratch, "chromium-profile-");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--no-default-browser-check",
        "--lang=en-US",
        "--window-size=1360,1000",
        "--user-data-dir=" + profile.toAbsolutePath());
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class); // views re-render
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  /**
   * Loads the page afresh (a new address each time: the same one with only a fragment would not
   * reload).
   */
  static void open(String view) {
    browser.get("about:blank");
    browser.get(server.uri() + "#" + view);
    wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
  }

  static Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  static void shot(String name) throws IOException {
    Path file = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(file, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  static void paste(String text) {
    WebElement area = browser.findElement(By.id("read-text"));
    js(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));",
        area,
        text);
  }

  static void assertNothingRan() {
    assertThat(js("return typeof window.__pwned")).isEqualTo("undefined");
  }

  @Test
  @Order(1)
  void read_pastedSeedSample_showsItsThemesAndHighlights() throws IOException {
    open("read");
    String text = Files.readString(Path.of(WebServerApiTest.SAMPLE), StandardCharsets.UTF_8);
    paste(text);
    browser.findElement(By.id("read-go")).click();
    WebElement bar =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".theme-bar.assigned[data-theme='citizen-participation']")));
    assertThat(bar.getText()).contains("Citizen participation and resident autonomy");
    assertThat(browser.findElements(By.cssSelector(".theme-bar"))).hasSize(10);
    assertThat(browser.findElement(By.cssSelector(".detected")).getText()).contains("English");
    List<WebElement> marks = browser.findElements(By.cssSelector("#read-article mark.evidence"));
    assertThat(marks).isNotEmpty();
    assertThat(marks.get(0).getAttribute("data-themes")).isNotBlank();
    assertThat(browser.findElement(By.id("read-article")).getText())
        .contains("Suwon residents vote");
    WebElement evidence =
        browser.findElement(By.cssSelector(".theme-evidence[data-theme='citizen-participation']"));
    assertThat(evidence.findElements(By.cssSelector(".sentences li"))).isNotEmpty();
    shot("read-en");
  }

  @Test
  @Order(2)
  void read_languageOverride_isUsed() {
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("read-lang")))
        .selectByValue("de");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".detected"), "Deutsch"));
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("read-lang")))
        .selectByValue("auto");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".detected"), "English"));
  }

  @Test
  @Order(3)
  void read_scriptInjectionArticle_rendersAsText() {
    paste(TestArchive.INJECTION_TITLE + "\n\n" + TestArchive.INJECTION_TEXT);
    browser.findElement(By.id("read-go")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("read-article"), "<script>"));
    WebElement article = browser.findElement(By.id("read-article"));
    assertThat(article.getText()).contains("<script>window.__pwned = 'title'</script>");
    assertThat(article.getText()).contains("<img src=x onerror=");
    assertThat(article.findElements(By.cssSelector("script, img, b"))).isEmpty();
    assertNothingRan();
  }

  @Test
  @Order(4)
  void read_uploadedJsonl_listsItsArticlesWithThemes_andReadsOne() throws IOException {
    Path upload = scratch.resolve("upload.jsonl");
    List<String> lines =
        Files.readAllLines(Path.of("../seeds/corpus/ko-a.jsonl"), StandardCharsets.UTF_8)
            .subList(0, 3);
    Files.write(upload, lines, StandardCharsets.UTF_8);
    browser.findElement(By.id("read-file")).sendKeys(upload.toAbsolutePath().toString());
    wait.until(
        ExpectedConditions.numberOfElementsToBe(
            By.cssSelector("#upload-list table.uploaded tr"), 3));
    assertThat(browser.findElement(By.id("upload-list")).getText())
        .contains("3 articles in upload.jsonl");
    WebElement row = browser.findElements(By.cssSelector("#upload-list table.uploaded tr")).get(1);
    String id = row.getAttribute("data-id");
    assertThat(id).isEqualTo("ko-a-0002");
    row.findElement(By.cssSelector("button")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("read-article"), "고향사랑기부"));
    assertThat(browser.findElement(By.cssSelector(".detected")).getText()).contains("한국어");
  }

  @Test
  @Order(5)
  void archive_searchesTheSeeds_withFacetsSnippetsAndATrendChart() throws IOException {
    open("archive");
    WebElement query = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
    query.clear();
    query.sendKeys("메가시티");
    browser.findElement(By.id("search-go")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#chart .chart-title"), "“메가시티”"));
    assertThat(browser.findElement(By.id("total")).getText()).contains("articles match");
    long total = Long.parseLong(browser.findElement(By.id("total")).getAttribute("data-total"));
    assertThat(total).isPositive();
    assertThat(browser.findElements(By.cssSelector("#hits .hit"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("#hits .snippet mark"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("#chart svg polyline.series"))).isNotEmpty();
    assertThat(browser.findElement(By.cssSelector("#chart .chart-title")).getText())
        .contains("메가시티");
    assertThat(browser.findElements(By.cssSelector("#facets .facet-theme"))).isNotEmpty();
    shot("archive-en");
  }

  @Test
  @Order(6)
  void archive_themeFilter_keepsOnlyThatTheme() {
    WebElement facet = browser.findElements(By.cssSelector("#facets .facet-theme")).get(0);
    String theme = facet.getAttribute("data-theme");
    long count = Long.parseLong(facet.findElement(By.cssSelector(".count")).getText());
    facet.click();
    wait.until(
        d ->
            d.findElement(By.id("total")).getAttribute("data-total").equals(Long.toString(count))
                && !d.findElements(By.cssSelector("#facets .facet-theme.selected")).isEmpty());
    List<WebElement> hits = browser.findElements(By.cssSelector("#hits .hit"));
    assertThat(hits).isNotEmpty();
    for (WebElement hit : hits) {
      assertThat(hit.getAttribute("data-themes").split(" ")).contains(theme);
    }
    browser.findElement(By.id("clear-filters")).click();
    wait.until(d -> d.findElements(By.cssSelector("#facets .facet-theme.selected")).isEmpty());
  }

  @Test
  @Order(7)
  void archive_scriptInjectionArticle_rendersAsText() {
    WebElement query = browser.findElement(By.id("q"));
    query.clear();
    query.sendKeys("특례");
    browser.findElement(By.id("search-go")).click();
    WebElement hit =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#hits .hit[data-id='" + TestArchive.INJECTION_ID + "']")));
    assertThat(hit.findElement(By.cssSelector(".hit-title")).getText()).startsWith("<script>");
    assertThat(hit.findElements(By.cssSelector("script, img, b"))).isEmpty();
    hit.findElement(By.cssSelector(".hit-title")).click();
    WebElement text =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-text")));
    assertThat(browser.findElement(By.id("article-title")).getText())
        .isEqualTo(TestArchive.INJECTION_TITLE);
    assertThat(text.getText()).isEqualTo(TestArchive.INJECTION_TEXT.strip());
    browser.findElement(By.id("article-explain")).click();
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#article-view .explained .bars")));
    assertThat(browser.findElements(By.cssSelector("#article-view script, #article-view img")))
        .isEmpty();
    assertNothingRan();
    browser.findElement(By.id("article-close")).click();
  }

  @Test
  @Order(8)
  void label_twoArticles_oneAcceptedOneChanged_areSaved() throws IOException {
    open("label");
    WebElement card =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector("#label-card[data-id]")));
    wait.until(d -> !d.findElement(By.id("label-card")).getAttribute("data-id").isEmpty());
    String first = card.getAttribute("data-id");
    shot("label-en");
    browser.findElement(By.id("label-accept")).click();
    wait.until(
        d ->
            !d.findElement(By.id("label-card")).getAttribute("data-id").equals(first)
                && d.findElement(By.id("label-count")).getText().startsWith("1 labelled"));
    String second = browser.findElement(By.id("label-card")).getAttribute("data-id");
    WebElement choice = browser.findElements(By.cssSelector("#label-card .choice")).get(0);
    String toggled = choice.getAttribute("data-theme");
    boolean wasChosen = choice.getAttribute("class").contains("selected");
    choice.click();
    wait.until(
        d ->
            d.findElement(By.cssSelector("#label-card .choice[data-theme='" + toggled + "']"))
                    .getAttribute("class")
                    .contains("selected")
                != wasChosen);
    browser.findElement(By.id("label-accept")).click();
    wait.until(d -> d.findElement(By.id("label-count")).getText().startsWith("2 labelled"));

    List<String> lines =
        Files.readAllLines(scratch.resolve("labels.jsonl"), StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2);
    JsonNode one = Json.MAPPER.readTree(lines.get(0));
    JsonNode two = Json.MAPPER.readTree(lines.get(1));
    assertThat(one.get("id").asText()).isEqualTo(first);
    assertThat(one.get("labels")).isEqualTo(one.get("suggested"));
    assertThat(two.get("id").asText()).isEqualTo(second);
    assertThat(two.get("labels").toString().contains("\"" + toggled + "\""))
        .isNotEqualTo(wasChosen);
  }

  @Test
  @Order(9)
  void label_trainOnTheLabels_showsMetrics_andTheModelCanBeUsed() throws IOException {
    Http http = new Http(server.uri());
    JsonNode items = http.get("/api/labels/queue?limit=40").json().get("items");
    for (JsonNode item : items) {
      http.post(
          "/api/labels",
          Http.json(Map.of("id", item.get("id").asText(), "themes", item.get("suggested"))));
    }
    open("label");
    WebElement train = wait.until(ExpectedConditions.elementToBeClickable(By.id("train-go")));
    train.click();
    wait.withTimeout(Duration.ofSeconds(180))
        .until(
            d -> {
              List<WebElement> state = d.findElements(By.id("train-state"));
              return !state.isEmpty() && !"running".equals(state.get(0).getAttribute("data-state"));
            });
    assertThat(browser.findElement(By.id("train-state")).getAttribute("data-state"))
        .isEqualTo("done");
    assertThat(browser.findElements(By.cssSelector("#train-panel table.per-theme tbody tr")))
        .hasSize(10);
    browser.findElement(By.id("train-use")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("train-using")));
    assertThat(browser.findElement(By.cssSelector("#train-panel pre.command")).getText())
        .startsWith("policy-themes reindex --index ");
    assertThat(browser.findElement(By.id("model-badge")).getText()).startsWith("labels-");
    shot("label-trained-en");
    http.post("/api/model", "{\"name\": \"startup\"}");
  }

  @Test
  @Order(10)
  void korean_pageAndChart_readWithKoreanLabels() throws IOException {
    open("archive");
    browser.findElement(By.id("lang-switch")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#tabs a[data-view='read']"), "읽기"));
    assertThat(js("return document.documentElement.lang")).isEqualTo("ko");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-period")))
        .selectByValue("quarter");
    WebElement query = browser.findElement(By.id("q"));
    query.clear();
    query.sendKeys("지방");
    browser.findElement(By.id("search-go")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#chart .chart-title"), "“지방”"));
    assertThat(browser.findElement(By.id("total")).getText()).startsWith("기사");
    String legend = browser.findElement(By.cssSelector("#chart .legend")).getText();
    assertThat(legend).containsPattern("[가-힣]");
    assertThat(browser.findElement(By.cssSelector("#chart .chart-title")).getText())
        .contains("분기별");
    shot("archive-ko");
    open("read");
    paste(
        Files.readString(
            Path.of("../seeds/samples/zh-01-county-fiscal-reform.txt"), StandardCharsets.UTF_8));
    browser.findElement(By.id("read-go")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".detected"), "中文"));
    assertThat(browser.findElement(By.cssSelector(".theme-bar.assigned")).getText())
        .containsPattern("[가-힣]");
    shot("read-ko-zh");
    browser.findElement(By.id("lang-switch")).click();
  }
}
