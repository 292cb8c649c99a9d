package io.github.policythemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path data() throws IOException {
    Path data = dir.resolve("d.jsonl");
    Files.write(
        data,
        List.of(
            "{\"id\": \"pb\", \"text\": \"주민참여예산 총회에서 주민들이 내년 사업 40건을 직접 골랐다\","
                + " \"labels\": [\"citizen-participation\"]}",
            "{\"id\": \"rain\", \"text\": \"주말 전국에 비…기온은 평년 수준\", \"labels\": []}",
            "{\"id\": \"tax\", \"text\": \"지방소비세 인상으로 지방재정 확충\", \"labels\": []}"));
    return data;
  }

  @Test
  void evaluate_json_reportsNoThemeFalsePositiveRateAndPerLabelMetrics() throws IOException {
    Cli result =
        Cli.run("evaluate", "--model", "keywords", "--data", data().toString(), "--format", "json");
    assertThat(result.exit()).as(result.err()).isZero();
    JsonNode json = JSON.readTree(result.out());
    assertThat(json.get("noneDocuments").asInt()).isEqualTo(2);
    // the keyword model gives local-finance to the tax item, which is labelled without a theme
    assertThat(json.get("noneFalsePositiveRate").asDouble()).isEqualTo(0.5);
    assertThat(json.get("labels")).hasSize(10);
  }

  @Test
  void evaluate_errors_writesOneLinePerMisclassifiedArticle() throws IOException {
    Path errors = dir.resolve("errors.jsonl");
    Cli result =
        Cli.run(
            "evaluate",
            "--model",
            "keywords",
            "--data",
            data().toString(),
            "--errors",
            errors.toString());
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out()).contains("no-theme documents 2, given a theme 50.0%");
    List<String> lines = Files.readAllLines(errors);
    assertThat(lines).hasSize(1);
    JsonNode error = JSON.readTree(lines.get(0));
    assertThat(error.get("id").asText()).isEqualTo("tax");
    assertThat(error.get("line").asInt()).isEqualTo(3);
    assertThat(error.get("gold")).isEmpty();
    assertThat(error.get("predicted").toString()).contains("local-finance");
    assertThat(error.get("scores").get(0).get("id").asText()).isEqualTo("local-finance");
  }

  @Test
  void evaluate_minScoreOne_assignsNothing() throws IOException {
    Cli result =
        Cli.run(
            "evaluate",
            "--model",
            "keywords",
            "--data",
            data().toString(),
            "--min-score",
            "1",
            "--format",
            "json");
    assertThat(result.exit()).as(result.err()).isZero();
    JsonNode json = JSON.readTree(result.out());
    assertThat(json.get("noneFalsePositiveRate").asDouble()).isZero();
    assertThat(json.get("microF1").asDouble()).isZero();
  }

  @Test
  void classify_thresholdsFile_overridesOneTheme() throws IOException {
    Path file = dir.resolve("t.json");
    Files.writeString(file, "{\"local-finance\": 1.0}");
    Path input = dir.resolve("in.jsonl");
    Files.writeString(input, "{\"id\": \"tax\", \"text\": \"지방소비세 인상으로 지방재정 확충\"}\n");
    Cli plain = Cli.run("classify", "--model", "keywords", "--format", "jsonl", input.toString());
    assertThat(plain.out()).contains("\"assigned\":[\"local-finance\"]");
    Cli strict =
        Cli.run(
            "classify",
            "--model",
            "keywords",
            "--thresholds",
            file.toString(),
            "--format",
            "jsonl",
            input.toString());
    assertThat(strict.exit()).as(strict.err()).isZero();
    assertThat(strict.out()).contains("\"assigned\":[]");
  }

  @Test
  void classify_badThresholds_isAUsageErrorNamingTheFile() throws IOException {
    Path file = dir.resolve("t.json");
    Files.writeString(file, "{\"no-such-theme\": 0.5}");
    Cli result =
        Cli.run("classify", "--thresholds", file.toString(), dir.resolve("x.txt").toString());
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains(file.toString()).contains("'no-such-theme'");
    Cli range = Cli.run("classify", "--min-score", "1.5", dir.resolve("x.txt").toString());
    assertThat(range.exit()).isEqualTo(2);
    assertThat(range.err()).contains("--min-score must be in [0, 1]");
  }
}
