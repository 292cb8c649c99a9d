package io.github.policythemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policythemes.topics.TopicModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[][] VOCABULARY = {
    {"bus", "rail", "commuter", "fare", "station", "route", "tram", "timetable"},
    {"rent", "housing", "tenant", "landlord", "apartment", "mortgage", "eviction", "lease"},
    {"school", "teacher", "pupil", "classroom", "exam", "curriculum", "campus", "tuition"}
  };

  @TempDir Path dir;

  /** Ninety short articles, thirty on each of three subjects, plus one bad line. */
  private Path corpus() throws IOException {
    SplittableRandom random = new SplittableRandom(3);
    List<String> lines = new ArrayList<>();
    for (int d = 0; d < 90; d++) {
      String[] words = VOCABULARY[d % 3];
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 40; i++) {
        text.append(words[random.nextInt(words.length)]).append(' ');
      }
      lines.add(
          JSON.createObjectNode()
              .put("id", "d" + d)
              .put("lang", "en")
              .put("text", text.toString())
              .toString());
    }
    lines.add("{broken");
    Path file = dir.resolve("articles.jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void topics_jsonlCorpus_writesTopicsDocTopicsAndModel() throws IOException {
    Path output = dir.resolve("out");
    Cli run =
        Cli.run(
            "topics",
            "--k",
            "3",
            "--iterations",
            "100",
            "--threads",
            "2",
            "--seed",
            "7",
            "--output",
            output.toString(),
            corpus().toString());
    assertThat(run.exit()).as(run.err()).isEqualTo(Main.PARTIAL);
    assertThat(run.err()).contains("articles.jsonl:91: malformed JSON");
    assertThat(run.out()).startsWith("90 documents, 3600 tokens, 24 terms; 3 topics");
    JsonNode topics = JSON.readTree(output.resolve("topics.json").toFile());
    assertThat(topics.path("topics")).hasSize(3);
    for (JsonNode topic : topics.path("topics")) {
      assertThat(topic.path("words")).hasSize(20);
      assertThat(topic.path("coherence").path("npmi").isNumber()).isTrue();
      assertThat(topic.path("coherence").path("umass").isNumber()).isTrue();
      String first = topic.path("words").get(0).path("word").asText();
      int subject = subjectOf(first);
      for (int w = 0; w < 8; w++) {
        assertThat(subjectOf(topic.path("words").get(w).path("word").asText())).isEqualTo(subject);
      }
    }
    assertThat(topics.path("logLikelihood")).hasSize(10);
    List<String> documents = Files.readAllLines(output.resolve("doc-topics.jsonl"));
    assertThat(documents).hasSize(90);
    JsonNode first = JSON.readTree(documents.get(0));
    assertThat(first.path("id").asText()).isEqualTo("d0");
    assertThat(first.path("topics")).hasSize(3);
    assertThat(TopicModel.load(output.resolve("model.ptt")).numTopics()).isEqualTo(3);
  }

  @Test
  void topics_seededWithAMissingTheme_warnsOnStderr() throws IOException {
    Path taxonomy = dir.resolve("themes.json");
    Files.writeString(
        taxonomy,
        """
        {"id": "mine", "version": "1", "languages": ["en"],
         "themes": [
           {"id": "transport", "label": {"en": "Transport"},
            "keywords": {"en": {"bus": 1.0, "rail": 0.8}}},
           {"id": "defence", "label": {"en": "Defence"},
            "keywords": {"en": {"army": 1.0, "navy": 1.0}}}
         ]}
        """);
    Path output = dir.resolve("seeded");
    Cli run =
        Cli.run(
            "topics",
            "--k",
            "2",
            "--iterations",
            "60",
            "--seeded",
            taxonomy.toString(),
            "--output",
            output.toString(),
            corpus().toString());
    assertThat(run.err())
        .contains(
            "policy-themes: warning: theme 'defence': none of its 2 keywords occurs in the"
                + " corpus: topic 1 is not anchored");
    JsonNode topics = JSON.readTree(output.resolve("topics.json").toFile());
    assertThat(topics.path("topics").get(0).path("theme").asText()).isEqualTo("transport");
    assertThat(topics.path("seeds").get(1).path("found").asInt()).isZero();
    assertThat(topics.path("seeds").get(1).path("missing")).hasSize(2);
    assertThat(subjectOf(topics.path("topics").get(0).path("words").get(0).path("word").asText()))
        .isZero();
  }

  @Test
  void topics_plainTextFromStdin_isOneArticle() {
    Cli run =
        Cli.runWithStdin(
            "bus rail bus rail fare",
            "topics",
            "--k",
            "2",
            "--iterations",
            "5",
            "--min-df",
            "1",
            "--max-df",
            "1",
            "--output",
            dir.resolve("stdin").toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("1 documents, 5 tokens, 3 terms; 2 topics");
  }

  @Test
  void topics_noInputArticles_isAUsageError() throws IOException {
    Path empty = dir.resolve("empty.jsonl");
    Files.writeString(empty, "\n");
    Cli run = Cli.run("topics", "--output", dir.resolve("x").toString(), empty.toString());
    assertThat(run.exit()).isEqualTo(Main.USAGE);
    assertThat(run.err()).contains("no articles to train on");
  }

  @Test
  void topics_badOption_isAUsageError() {
    Cli run = Cli.run("topics", "--k", "-1", "--output", "x", "y");
    assertThat(run.exit()).isEqualTo(Main.USAGE);
  }

  private static int subjectOf(String word) {
    for (int s = 0; s < VOCABULARY.length; s++) {
      if (List.of(VOCABULARY[s]).contains(word)) {
        return s;
      }
    }
    return -1;
  }
}
