package io.github.policythemes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The topics command on the BBC news corpus (2,225 articles from five desks) with K=5 must find the
 * five desks: purity of each article's most probable topic against its desk of at least 0.75. Runs
 * only where ../shared/data/bbc.jsonl exists.
 */
@Tag("slow")
class BbcTopicsTest {
  static final Path BBC = Path.of("../../shared/data/bbc.jsonl");

  @TempDir Path dir;

  @Test
  void topics_bbcWithFiveTopics_findsTheFiveDesks() throws IOException {
    assumeTrue(Files.isRegularFile(BBC), "no " + BBC.toAbsolutePath().normalize());
    Path output = dir.resolve("bbc");
    Cli run =
        Cli.run(
            "topics",
            "--k",
            "5",
            "--iterations",
            "300",
            "--threads",
            "2",
            "--output",
            output.toString(),
            BBC.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    ObjectMapper json = new ObjectMapper();
    Map<String, String> desk = new HashMap<>();
    for (String line : Files.readAllLines(BBC)) {
      JsonNode node = json.readTree(line);
      desk.put(node.path("id").asText(), node.path("label").asText());
    }
    Map<Integer, Map<String, Integer>> byTopic = new HashMap<>();
    List<String> documents = Files.readAllLines(output.resolve("doc-topics.jsonl"));
    for (String line : documents) {
      JsonNode node = json.readTree(line);
      int best = 0;
      for (int t = 1; t < node.path("topics").size(); t++) {
        if (node.path("topics").get(t).asDouble() > node.path("topics").get(best).asDouble()) {
          best = t;
        }
      }
      byTopic
          .computeIfAbsent(best, t -> new HashMap<>())
          .merge(desk.get(node.path("id").asText()), 1, Integer::sum);
    }
    int majority = 0;
    for (Map<String, Integer> counts : byTopic.values()) {
      majority += counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
    double purity = majority / (double) documents.size();
    System.out.printf("BBC K=5 purity %.3f%n", purity);
    assertThat(documents).hasSize(2225);
    assertThat(purity).isGreaterThanOrEqualTo(0.75);
  }
}
