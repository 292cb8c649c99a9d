package io.github.policythemes.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.policythemes.batch.BatchClassifier;
import io.github.policythemes.batch.ErrorWriter;
import io.github.policythemes.classify.ThemeClassifier;
import io.github.policythemes.eval.LabelledData;
import io.github.policythemes.index.IndexReport;
import io.github.policythemes.index.IndexedModel;
import io.github.policythemes.index.LoadOptions;
import io.github.policythemes.index.ThemeIndex;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The label view's API: the queue, saving labels across restarts, training and using the model. */
class LabelAndTrainTest {
  static WebServer start(Path archive, Path scratch) throws IOException {
    return WebServer.builder()
        .classifier("default", ThemeClassifier.defaultModel())
        .index(archive)
        .labels(scratch.resolve("labels.jsonl"))
        .models(scratch.resolve("models"))
        .port(0)
        .build()
        .start();
  }

  @Test
  void queue_listsTheLeastSureFirstWithTheirReasons() throws IOException {
    Path scratch = TestArchive.get().scratch("queue");
    try (WebServer server = start(TestArchive.get().folder, scratch)) {
      JsonNode queue = new Http(server.uri()).get("/api/labels/queue?limit=20").json();
      JsonNode items = queue.get("items");
      assertThat(items).hasSize(20);
      assertThat(queue.get("considered").asInt())
          .isEqualTo((int) TestArchive.get().report.indexed() + 1);
      assertThat(queue.get("labelled").asInt()).isZero();
      Map<String, Double> previous = new java.util.HashMap<>();
      for (JsonNode item : items) {
        double margin = item.get("margin").asDouble();
        String reason = item.get("reason").asText();
        assertThat(margin).isGreaterThanOrEqualTo(previous.getOrDefault(reason, -1.0));
        previous.put(reason, margin);
        assertThat(item.get("themes")).hasSize(10);
        assertThat(item.get("themes").get(0).get("threshold").isNumber()).isTrue();
        assertThat(item.get("text").asText()).isNotNull();
      }
      assertThat(items.findValuesAsText("reason")).contains("near-threshold", "models-disagree");
      assertThat(items.get(0).get("reason").asText())
          .isNotEqualTo(items.get(1).get("reason").asText());
    }
  }

  @Test
  void labels_areSavedAtOnce_surviveARestart_andTrainAsTheyAre() throws IOException {
    Path scratch = TestArchive.get().scratch("labels");
    String first;
    String second;
    try (WebServer server = start(TestArchive.get().folder, scratch)) {
      Http http = new Http(server.uri());
      JsonNode items = http.get("/api/labels/queue?limit=2").json().get("items");
      first = items.get(0).get("id").asText();
      second = items.get(1).get("id").asText();
      JsonNode accepted =
          http.post(
                  "/api/labels",
                  Http.json(Map.of("id", first, "themes", items.get(0).get("suggested"))))
              .json();
      assertThat(accepted.get("accepted").asBoolean()).isTrue();
      assertThat(accepted.get("labelled").asInt()).isEqualTo(1);
      JsonNode changed =
          http.post(
                  "/api/labels",
                  Http.json(
                      Map.of("id", second, "themes", List.of("local-finance", "decentralization"))))
              .json();
      assertThat(changed.get("labels").toString())
          .isEqualTo("[\"local-finance\",\"decentralization\"]");
      assertThat(Files.readAllLines(scratch.resolve("labels.jsonl"))).hasSize(2);
      JsonNode queue = http.get("/api/labels/queue?limit=5").json();
      assertThat(queue.get("items").findValuesAsText("id")).doesNotContain(first, second);
      assertThat(queue.get("labelled").asInt()).isEqualTo(2);

      Http.Reply unknownTheme =
          http.post("/api/labels", Http.json(Map.of("id", first, "themes", List.of("nope"))));
      assertThat(unknownTheme.status()).isEqualTo(400);
      assertThat(unknownTheme.json().get("message").asText()).contains("unknown theme 'nope'");
      Http.Reply unknownArticle =
          http.post("/api/labels", Http.json(Map.of("id", "no-such-article", "themes", List.of())));
      assertThat(unknownArticle.status()).isEqualTo(404);
      Http.Reply wrongType =
          http.post("/api/labels", "{\"id\": \"" + first + "\", \"themes\": \"local-finance\"}");
      assertThat(wrongType.status()).isEqualTo(400);
      assertThat(wrongType.json().get("message").asText())
          .contains("$.themes: expected an array of strings");
    }
    try (WebServer restarted = start(TestArchive.get().folder, scratch)) {
      JsonNode labels = new Http(restarted.uri()).get("/api/labels").json();
      assertThat(labels.get("count").asInt()).isEqualTo(2);
      assertThat(labels.get("labels").findValuesAsText("id")).containsExactly(first, second);
    }
    LabelledData data = LabelledData.read(scratch.resolve("labels.jsonl"));
    assertThat(data.articles()).hasSize(2);
    assertThat(data.rejected()).isEmpty();
    assertThat(data.articles().get(1).labels())
        .containsExactly("local-finance", "decentralization");
    assertThat(data.articles().get(1).article().text()).isNotEmpty();
  }

  @Test
  void train_onTheLabels_givesAModelThePageAndReindexCanUse() throws Exception {
    Path scratch = TestArchive.get().scratch("train");
    Path archive = scratch.resolve("archive");
    IndexReport built =
        TestArchive.build(
            archive, List.of(Path.of("../seeds/samples"), Path.of("../seeds/corpus/ko-a.jsonl")));
    try (WebServer server = start(archive, scratch)) {
      Http http = new Http(server.uri());
      Http.Reply tooFew = http.post("/api/train", "{}");
      assertThat(tooFew.status()).isEqualTo(400);
      assertThat(tooFew.json().get("message").asText()).contains("at least 10 labelled articles");

      JsonNode items = http.get("/api/labels/queue?limit=60").json().get("items");
      for (JsonNode item : items) {
        http.post(
            "/api/labels",
            Http.json(Map.of("id", item.get("id").asText(), "themes", item.get("suggested"))));
      }
      Http.Reply started = http.post("/api/train", "{}");
      assertThat(started.status()).as(started.body()).isEqualTo(202);
      assertThat(started.json().get("state").asText()).isEqualTo("running");
      Http.Reply again = http.post("/api/train", "{}");
      assertThat(again.status()).isIn(202, 409);
      JsonNode status = waitForTraining(http);
      assertThat(status.get("state").asText()).as(status.toString()).isEqualTo("done");
      assertThat(status.get("progress").asDouble()).isEqualTo(1.0);
      assertThat(status.get("log").size()).isPositive();
      assertThat(status.at("/crossValidation/microF1").isNumber()).isTrue();
      assertThat(status.at("/crossValidation/labels").size()).isEqualTo(10);
      String name = status.get("model").asText();
      assertThat(scratch.resolve("models").resolve(name)).exists();

      String before = http.get("/api/model").json().get("id").asText();
      JsonNode used = http.post("/api/model", Http.json(Map.of("name", name))).json();
      assertThat(used.get("name").asText()).isEqualTo(name);
      assertThat(used.get("id").asText()).isNotEqualTo(before);
      assertThat(used.get("trainingDocuments").asInt()).isEqualTo(items.size());
      assertThat(http.get("/api/health").json().get("model").asText())
          .isEqualTo(used.get("id").asText());
      assertThat(http.post("/api/classify", "{\"text\": \"지방재정 교부세\"}").status()).isEqualTo(200);
      for (String bad : List.of("../labels.jsonl", "/etc/passwd", "models/../x.ptm", "..ptm")) {
        Http.Reply reply = http.post("/api/model", Http.json(Map.of("name", bad)));
        assertThat(reply.status()).as(bad).isIn(400, 404);
      }
      assertThat(http.post("/api/model", "{\"name\": \"startup\"}").json().get("id").asText())
          .isEqualTo(before);

      // reindex with the new model while the server runs: the page sees the new model's archive
      ThemeClassifier trained = ThemeClassifier.load(scratch.resolve("models").resolve(name));
      try (ThemeIndex writer = ThemeIndex.open(archive)) {
        IndexReport report =
            writer.reindex(
                BatchClassifier.builder().classifier(trained).threads(2).build(),
                ErrorWriter.jsonl(new StringWriter()),
                LoadOptions.defaults());
        assertThat(report.indexed()).isEqualTo(built.indexed() + 1);
      }
      String trainedId = IndexedModel.of(trained).id();
      long deadline = System.currentTimeMillis() + 10_000;
      String seen = "";
      while (System.currentTimeMillis() < deadline && !seen.equals(trainedId)) {
        Thread.sleep(250);
        JsonNode hits = http.get("/api/search?limit=1").json().get("hits");
        seen = hits.get(0).get("model").asText();
      }
      assertThat(seen).isEqualTo(trainedId);
      JsonNode health = http.get("/api/health").json();
      assertThat(health.at("/archive/model").asText()).isEqualTo(trainedId);
      assertThat(health.at("/archive/reindexPending").asBoolean()).isFalse();
      assertThat(http.get("/api/model").json().get("matchesArchive").asBoolean()).isFalse();
      http.post("/api/model", Http.json(Map.of("name", name)));
      assertThat(http.get("/api/model").json().get("matchesArchive").asBoolean()).isTrue();
    }
  }

  static JsonNode waitForTraining(Http http) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 180_000;
    JsonNode status = http.get("/api/train").json();
    while (status.get("state").asText().equals("running")
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(200);
      status = http.get("/api/train").json();
    }
    return status;
  }

  static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return new ArrayList<>(files.toList());
    }
  }
}
