package io.github.policythemes.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.policythemes.article.Article;
import io.github.policythemes.classify.Explanation;
import io.github.policythemes.classify.ThemeClassifier;
import io.github.policythemes.classify.Thresholds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The API against a real server on a random loopback port, with the seed archive. */
class WebServerApiTest {
  static final String SAMPLE = "../seeds/samples/en-01-suwon-participatory-budget.txt";

  static WebServer server;
  static Http http;

  @BeforeAll
  static void start() throws IOException {
    TestArchive archive = TestArchive.get();
    Path scratch = archive.scratch("api");
    server =
        WebServer.builder()
            .classifier("default", ThemeClassifier.defaultModel())
            .index(archive.folder)
            .labels(scratch.resolve("labels.jsonl"))
            .models(scratch.resolve("models"))
            .port(0)
            .maxBodyBytes(256 * 1024)
            .build()
            .start();
    http = new Http(server.uri());
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  static String sample() throws IOException {
    return Files.readString(Path.of(SAMPLE), StandardCharsets.UTF_8);
  }

  // ---- info

  @Test
  void health_reportsModelArchiveLabelsAndWorkers() {
    JsonNode health = http.get("/api/health").json();
    assertThat(health.get("status").asText()).isEqualTo("ok");
    assertThat(health.at("/archive/articles").asLong())
        .isEqualTo(TestArchive.get().report.indexed() + 1);
    assertThat(health.at("/archive/model").asText()).isEqualTo(health.get("model").asText());
    assertThat(health.get("labels").isInt()).isTrue();
    assertThat(health.at("/workers/workers").asInt()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void model_givesIdAlgorithmVersionMetricsAndThresholds() {
    JsonNode model = http.get("/api/model").json();
    assertThat(model.get("name").asText()).isEqualTo("default");
    assertThat(model.get("id").asText()).hasSize(16);
    assertThat(model.get("algorithm").asText()).isNotBlank();
    assertThat(model.get("libraryVersion").asText()).isNotBlank();
    assertThat(model.at("/taxonomy/id").asText()).isEqualTo("regional-governance");
    assertThat(model.get("metrics").size()).isPositive();
    assertThat(model.get("thresholds").size()).isEqualTo(10);
    assertThat(model.get("matchesArchive").asBoolean()).isTrue();
  }

  @Test
  void taxonomy_listsThemesWithThreeLanguagesAndThresholds() {
    JsonNode taxonomy = http.get("/api/taxonomy").json();
    assertThat(taxonomy.get("themes")).hasSize(10);
    JsonNode first = taxonomy.get("themes").get(0);
    assertThat(first.at("/labels/en").asText()).isNotBlank();
    assertThat(first.at("/labels/ko").asText()).isNotBlank();
    assertThat(first.at("/labels/zh").asText()).isNotBlank();
    assertThat(first.get("threshold").isNumber()).isTrue();
  }

  // ---- classify and explain

  @Test
  void classify_oneArticle_isTheLineClassifyWrites() throws IOException {
    String text = sample();
    Http.Reply reply = http.post("/api/classify", Http.json(Map.of("id", "s1", "text", text)));
    assertThat(reply.status()).isEqualTo(200);
    Article article = new Article("s1", "", text, null, null);
    JsonNode expected =
        ClassifyApi.write(article, ThemeClassifier.defaultModel().classify(article), null, 99);
    assertThat(reply.json()).isEqualTo(expected);
    assertThat(reply.json().get("assigned").get(0).asText()).isEqualTo("citizen-participation");
  }

  @Test
  void classify_many_takesTheCliOptions() throws IOException {
    String body =
        "{\"articles\": [{\"id\": \"a\", \"text\": "
            + Http.json(sample())
            + "}, {\"id\": \"b\", \"title\": \"지방소멸대응기금 배분 기준 개편\", \"lang\": \"ko\"}],"
            + " \"minScore\": 0.5, \"top\": 2, \"explain\": true}";
    Http.Reply reply = http.post("/api/classify", body);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonNode results = reply.json().get("results");
    assertThat(results).hasSize(2);
    assertThat(results.get(0).get("themes")).hasSize(2);
    assertThat(results.get(0).get("explanation").get(0).get("terms").size()).isPositive();
    assertThat(results.get(1).get("lang").asText()).isEqualTo("ko");
    ThemeClassifier strict =
        ThemeClassifier.defaultModel().withThresholds(Thresholds.minScore(0.5));
    Article b =
        new Article(
            "b", "지방소멸대응기금 배분 기준 개편", "", io.github.policythemes.analysis.Language.KO, null);
    Explanation why = strict.explain(b);
    assertThat(results.get(1)).isEqualTo(ClassifyApi.write(b, why.classification(), why, 2));
  }

  @Test
  void classify_perThemeThresholds_moveTheAssignment() throws IOException {
    String body =
        "{\"text\": " + Http.json(sample()) + ", \"thresholds\": {\"citizen-participation\": 1.0}}";
    JsonNode result = http.post("/api/classify", body).json();
    assertThat(result.get("assigned").toString()).doesNotContain("citizen-participation");
  }

  @Test
  void classify_unknownThemeId_is400NamingIt() {
    Http.Reply reply =
        http.post(
            "/api/classify", "{\"text\": \"x y z\", \"thresholds\": {\"no-such-theme\": 0.4}}");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("message").asText()).contains("no-such-theme");
    assertThat(reply.json().get("status").asInt()).isEqualTo(400);
  }

  @Test
  void explain_givesEvidenceSentencesAndHighlightsIntoTheContent() throws IOException {
    String text = sample();
    JsonNode result = http.post("/api/explain", Http.json(Map.of("text", text))).json();
    assertThat(result.get("content").asText()).isEqualTo(text);
    assertThat(result.get("lang").asText()).isEqualTo("en");
    assertThat(result.get("langForced").asBoolean()).isFalse();
    JsonNode evidence = result.get("explanation").get(0);
    assertThat(evidence.get("theme").asText()).isEqualTo("citizen-participation");
    assertThat(evidence.get("sentences").size()).isPositive();
    JsonNode sentence = evidence.get("sentences").get(0);
    assertThat(text.substring(sentence.get("start").asInt(), sentence.get("end").asInt()))
        .isEqualTo(sentence.get("text").asText());
    assertThat(result.get("highlights").size()).isPositive();
    for (JsonNode span : result.get("highlights")) {
      String marked = text.substring(span.get("start").asInt(), span.get("end").asInt());
      assertThat(marked).isEqualToIgnoringCase(span.get("term").asText());
    }
    assertThat(result.get("thresholds").size()).isEqualTo(10);
  }

  @Test
  void explain_forcedLanguage_isUsedAndSaid() throws IOException {
    JsonNode result =
        http.post("/api/explain", Http.json(Map.of("text", sample(), "lang", "de"))).json();
    assertThat(result.get("lang").asText()).isEqualTo("de");
    assertThat(result.get("langForced").asBoolean()).isTrue();
  }

  @Test
  void parse_readsUploadedJsonlCsvAndText_withTheCommandsRules() {
    String jsonl =
        "{\"id\": \"j1\", \"title\": \"지방재정\", \"text\": \"교부세 배분\", \"date\": \"2025-03-01\"}\n"
            + "{\"id\": \"j2\", \"text\": \n"
            + "{\"id\": \"j3\", \"text\": \"local councils\", \"lang\": \"en\"}\n";
    JsonNode parsed =
        http.post("/api/parse?name=upload.jsonl", jsonl.getBytes(StandardCharsets.UTF_8)).json();
    assertThat(parsed.get("articles").findValuesAsText("id")).containsExactly("j1", "j3");
    assertThat(parsed.at("/articles/0/date").asText()).isEqualTo("2025-03-01");
    assertThat(parsed.at("/articles/1/lang").asText()).isEqualTo("en");
    assertThat(parsed.at("/errors/0/line").asInt()).isEqualTo(2);
    assertThat(parsed.at("/errors/0/reason").asText()).contains("malformed JSON");

    String csv = "id,title,text\nc1,\"Title, with comma\",\"Text\nover two lines\"\nc2,,지방분권 특별법\n";
    JsonNode rows =
        http.post("/api/parse?name=rows.csv", csv.getBytes(StandardCharsets.UTF_8)).json();
    assertThat(rows.get("articles").findValuesAsText("id")).containsExactly("c1", "c2");
    assertThat(rows.at("/articles/0/text").asText()).isEqualTo("Text\nover two lines");

    JsonNode text =
        http.post(
                "/api/parse?name=one.txt",
                "A headline\n\nThe body.".getBytes(StandardCharsets.UTF_8))
            .json();
    assertThat(text.at("/articles/0/title").asText()).isEqualTo("A headline");

    Http.Reply bad = http.post("/api/parse?format=xml", "<a/>".getBytes(StandardCharsets.UTF_8));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("message").asText()).contains("format:");
  }

  // ---- bad requests

  @Test
  void badJson_is400WithAMessage() {
    for (String body : List.of("{\"text\": ", "not json", "[1, 2]", "\"text\"", "{} {}")) {
      Http.Reply reply = http.post("/api/classify", body);
      assertThat(reply.status()).as(body).isEqualTo(400);
      assertThat(reply.json().get("message").asText()).as(body).isNotBlank();
      assertThat(reply.body()).doesNotContain("at io.github", "Exception", "\tat ");
    }
  }

  @Test
  void wrongTypes_are400NamingTheField() {
    Map<String, String> cases =
        Map.of(
            "{\"text\": 5}", "$.text: expected a string, got a number",
            "{\"text\": \"x\", \"top\": \"3\"}", "$.top: expected an integer",
            "{\"text\": \"x\", \"explain\": \"yes\"}", "$.explain: expected true or false",
            "{\"articles\": {\"text\": \"x\"}}", "$.articles: expected an array of objects",
            "{\"articles\": [{\"text\": 1}]}", "$.articles[0].text: expected a string",
            "{\"text\": \"x\", \"minScore\": 2}", "minScore must be in [0, 1]",
            "{\"text\": \"x\", \"lang\": \"klingon\"}", "$.lang",
            "{\"text\": \"x\", \"date\": \"yesterday\"}", "$.date: 'yesterday' is not an ISO date",
            "{\"txt\": \"x\"}", "unknown field 'txt'",
            "{\"text\": \"  \"}", "the article has no text");
    cases.forEach(
        (body, message) -> {
          Http.Reply reply = http.post("/api/classify", body);
          assertThat(reply.status()).as(body).isEqualTo(400);
          assertThat(reply.json().get("message").asText()).as(body).contains(message);
        });
  }

  @Test
  void overSizeBody_is413() {
    String big = "{\"text\": \"" + "지방재정 ".repeat(60_000) + "\"}";
    Http.Reply reply = http.post("/api/classify", big);
    assertThat(reply.status()).isEqualTo(413);
    assertThat(reply.json().get("message").asText()).contains("over the limit of 262144 bytes");
  }

  @Test
  void overSizeBody_withoutContentLength_is413() {
    String big = "{\"text\": \"" + "local finance ".repeat(30_000) + "\"}";
    String reply =
        http.raw(
            "POST /api/classify HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + Integer.toHexString(big.length())
                + "\r\n"
                + big
                + "\r\n0\r\n\r\n");
    assertThat(reply).startsWith("HTTP/1.1 413").contains("\"status\":413");
  }

  @Test
  void jsonBodyWithAnotherContentType_is415() {
    Http.Reply reply =
        http.post(
            "/api/classify",
            "{\"text\":\"x\"}".getBytes(StandardCharsets.UTF_8),
            "Content-Type",
            "text/plain");
    assertThat(reply.status()).isEqualTo(415);
  }

  @Test
  void unknownEndpointAndWrongMethod_areJson() {
    Http.Reply missing = http.get("/api/nothing");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("status").asInt()).isEqualTo(404);
    Http.Reply method = http.get("/api/classify");
    assertThat(method.status()).isEqualTo(405);
    assertThat(method.header("Allow")).isEqualTo("POST");
    assertThat(method.json().get("message").asText()).contains("GET is not allowed");
  }

  @Test
  void malformedRequests_getJsonErrorsFromJettyToo() {
    String reply =
        http.raw("GET /api/health?x=%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    assertThat(reply).contains("\"status\":400");
    String huge =
        http.raw(
            "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: "
                + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
    assertThat(huge).startsWith("HTTP/1.1 431").contains("\"status\":431").doesNotContain("<html");
  }

  // ---- archive

  @Test
  void search_findsSeedsWithFacetsSnippetsAndTrend() {
    JsonNode result =
        http.get("/api/search?q=%EB%A9%94%EA%B0%80%EC%8B%9C%ED%8B%B0&period=quarter").json();
    assertThat(result.get("total").asLong()).isPositive();
    JsonNode hit = result.get("hits").get(0);
    assertThat(hit.get("lang").asText()).isEqualTo("ko");
    assertThat(hit.get("snippets").get(0).get("highlights").size()).isPositive();
    assertThat(result.at("/facets/themes").size()).isPositive();
    assertThat(result.at("/trend/period").asText()).isEqualTo("quarter");
    assertThat(result.at("/trend/periods/0").asText()).matches("\\d{4}-Q\\d");
  }

  @Test
  void search_themeFilter_keepsOnlyThatTheme() {
    JsonNode all = http.get("/api/search?limit=0").json();
    JsonNode finance = http.get("/api/search?theme=local-finance&limit=50").json();
    assertThat(finance.get("total").asLong()).isPositive().isLessThan(all.get("total").asLong());
    for (JsonNode hit : finance.get("hits")) {
      assertThat(hit.get("assigned").toString()).contains("local-finance");
    }
    assertThat(finance.at("/facets/themes/0/value").asText()).isEqualTo("local-finance");
  }

  @Test
  void search_badParameters_are400NamingThem() {
    Map<String, String> cases =
        Map.of(
            "/api/search?theme=no-such-theme", "unknown theme 'no-such-theme'",
            "/api/search?themes=local-finance", "unknown query parameter 'themes'",
            "/api/search?from=last-week", "from: 'last-week' is not a date",
            "/api/search?limit=5000", "limit: 5000 is not in [0, 100]",
            "/api/search?limit=ten", "limit: 'ten' is not an integer",
            "/api/search?sort=best", "sort: 'best'",
            "/api/search?sort=score:nothing", "unknown theme 'nothing'",
            "/api/search?from=2025&to=2024", "is after to",
            "/api/trends?period=week", "period: 'week'",
            "/api/health?verbose=1", "unknown query parameter 'verbose'");
    cases.forEach(
        (path, message) -> {
          Http.Reply reply = http.get(path);
          assertThat(reply.status()).as(path).isEqualTo(400);
          assertThat(reply.json().get("message").asText()).as(path).contains(message);
        });
  }

  @Test
  void trends_givesCountsAndSharesPerPeriod() {
    JsonNode trends = http.get("/api/trends?theme=local-finance&period=year").json();
    assertThat(trends.get("period").asText()).isEqualTo("year");
    int periods = trends.get("periods").size();
    assertThat(periods).isPositive();
    JsonNode finance = trends.get("themes").get(0);
    assertThat(finance.get("themeId").asText()).isEqualTo("local-finance");
    assertThat(finance.get("shares")).hasSize(periods);
    for (int p = 0; p < periods; p++) {
      long articles = trends.get("articles").get(p).asLong();
      if (articles > 0) {
        assertThat(finance.get("shares").get(p).asDouble())
            .isCloseTo(
                (double) finance.get("counts").get(p).asLong() / articles,
                org.assertj.core.data.Offset.offset(1e-4));
      }
    }
  }

  @Test
  void article_givesTheStoredArticleOr404() {
    JsonNode article = http.get("/api/article?id=" + TestArchive.INJECTION_ID).json();
    assertThat(article.get("title").asText()).isEqualTo(TestArchive.INJECTION_TITLE);
    assertThat(article.get("text").asText()).isEqualTo(TestArchive.INJECTION_TEXT);
    Http.Reply missing = http.get("/api/article?id=nope");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("message").asText()).contains("no article with id 'nope'");
  }

  @Test
  void withoutIndex_archiveEndpointsSayWhy() throws IOException {
    try (WebServer bare =
        WebServer.builder()
            .classifier("default", ThemeClassifier.defaultModel())
            .port(0)
            .build()
            .start()) {
      Http client = new Http(bare.uri());
      for (String path :
          List.of(
              "/api/search?q=x",
              "/api/trends",
              "/api/article?id=a",
              "/api/labels/queue",
              "/api/train")) {
        Http.Reply reply = client.get(path);
        assertThat(reply.status()).as(path).isEqualTo(404);
        assertThat(reply.json().get("message").asText())
            .contains("start the server with --index DIR");
      }
      assertThat(client.get("/api/health").json().get("archive").isNull()).isTrue();
      assertThat(client.post("/api/classify", "{\"text\": \"지방재정\"}").status()).isEqualTo(200);
    }
  }

  @Test
  void missingIndexFolder_failsToBuildNamingIt() {
    Path nowhere = Path.of("target", "no-such-archive");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                WebServer.builder()
                    .classifier("default", ThemeClassifier.defaultModel())
                    .index(nowhere)
                    .port(0)
                    .build())
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no-such-archive");
  }

  // ---- concurrency

  @Test
  void concurrentRequests_giveTheLibrarysResults() throws Exception {
    List<Path> files;
    try (var listing = Files.list(Path.of("../seeds/samples"))) {
      files = listing.sorted().toList();
    }
    List<String> texts = new ArrayList<>();
    for (Path file : files) {
      texts.add(Files.readString(file, StandardCharsets.UTF_8));
    }
    ThemeClassifier library = ThemeClassifier.defaultModel();
    List<JsonNode> expected = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      Article article = new Article("c" + i, "", texts.get(i), null, null);
      expected.add(ClassifyApi.write(article, library.classify(article), null, Integer.MAX_VALUE));
    }
    int threads = 12;
    int rounds = 10;
    java.util.concurrent.ExecutorService executor =
        java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      List<java.util.concurrent.Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        futures.add(
            executor.submit(
                () -> {
                  List<String> mismatches = new ArrayList<>();
                  for (int r = 0; r < rounds; r++) {
                    int i = (offset + r) % texts.size();
                    Http.Reply reply =
                        http.post(
                            "/api/classify",
                            Http.json(Map.of("id", "c" + i, "text", texts.get(i))));
                    if (reply.status() != 200 || !reply.json().equals(expected.get(i))) {
                      mismatches.add(i + ": " + reply.status() + " " + reply.body());
                    }
                  }
                  return mismatches;
                }));
      }
      for (var future : futures) {
        assertThat(future.get()).isEmpty();
      }
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void fullWorkerPool_is503WithRetryAfter() throws Exception {
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    WorkerPool pool = server.pool();
    int slots = pool.workers() + pool.queue();
    java.util.concurrent.ExecutorService blockers =
        java.util.concurrent.Executors.newFixedThreadPool(slots);
    try {
      java.util.concurrent.CountDownLatch started =
          new java.util.concurrent.CountDownLatch(pool.workers());
      for (int i = 0; i < slots; i++) {
        blockers.submit(
            () ->
                pool.run(
                    () -> {
                      started.countDown();
                      release.await();
                      return null;
                    }));
      }
      started.await();
      long deadline = System.currentTimeMillis() + 5000;
      while (pool.busy() < slots && System.currentTimeMillis() < deadline) {
        Thread.sleep(10);
      }
      Http.Reply reply = http.post("/api/classify", "{\"text\": \"local finance\"}");
      assertThat(reply.status()).isEqualTo(503);
      assertThat(reply.header("Retry-After")).isEqualTo("1");
      assertThat(reply.json().get("message").asText()).contains("the server is busy");
      assertThat(http.get("/api/health").status()).isEqualTo(200);
    } finally {
      release.countDown();
      blockers.shutdown();
      blockers.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
    }
    assertThat(http.post("/api/classify", "{\"text\": \"local finance\"}").status()).isEqualTo(200);
  }

  @Test
  void slowRequest_isStoppedAtTheTimeoutWith503() throws IOException {
    try (WebServer quick =
        WebServer.builder()
            .classifier("default", ThemeClassifier.defaultModel())
            .port(0)
            .timeout(java.time.Duration.ofMillis(300))
            .build()
            .start()) {
      String text = "행정안전부는 지방분권과 메가시티를 위한 특별법을 제출했다. ".repeat(20_000);
      Http.Reply reply =
          new Http(quick.uri()).post("/api/explain", Http.json(Map.of("text", text)));
      assertThat(reply.status()).isEqualTo(503);
      assertThat(reply.json().get("message").asText()).contains("took longer than 300 ms");
    }
  }
}
