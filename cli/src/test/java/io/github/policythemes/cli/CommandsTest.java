package io.github.policythemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandsTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"tokenize", "train", "evaluate", "taxonomy", "model"})
  void everyCommand_hasHelpAndVersion(String command) {
    Cli help = Cli.run(command, "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("Usage: policy-themes " + command);
    Cli version = Cli.run(command, "--version");
    assertThat(version.exit()).isZero();
    assertThat(version.out()).startsWith("policy-themes ");
  }

  @Test
  void unknownOption_isAUsageErrorWithAHint() {
    Cli result = Cli.run("train", "--data", "x.jsonl", "--output", "m.ptm", "--bogus");
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err())
        .contains("Unknown option: '--bogus'")
        .contains("policy-themes train --help");
  }

  @Test
  void trainThenEvaluate_writesAModelAndReportsMetricsAsJson() throws IOException {
    Path data = dir.resolve("labelled.jsonl");
    List<String> lines = new ArrayList<>();
    String[][] words = {{"tariff", "import duty", "customs"}, {"army", "navy", "missile"}};
    String[] labels = {"18", "16"};
    for (int i = 0; i < 40; i++) {
      int t = i % 2;
      lines.add(
          "{\"text\": \"A bill on the "
              + words[t][i % 3]
              + " number "
              + i
              + "\", \"label\": \""
              + labels[t]
              + "\"}");
    }
    Files.write(data, lines);
    Path model = dir.resolve("cap.ptm");
    Cli train =
        Cli.run(
            "train",
            "--data",
            data.toString(),
            "--taxonomy",
            "cap-major-topics",
            "--folds",
            "4",
            "--output",
            model.toString(),
            "--quiet");
    assertThat(train.exit()).as(train.err()).isZero();
    assertThat(train.out())
        .contains("trained auto (chose ")
        .contains(" on 40 articles")
        .contains("cross-validation (4 folds)");
    assertThat(model).exists();

    Cli evaluate =
        Cli.run(
            "evaluate", "--model", model.toString(), "--data", data.toString(), "--format", "json");
    assertThat(evaluate.exit()).as(evaluate.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(evaluate.out());
    assertThat(json.get("documents").asInt()).isEqualTo(40);
    assertThat(json.get("accuracy").asDouble()).isEqualTo(1.0);
    assertThat(json.has("macroF1")).isTrue();
    assertThat(json.has("microF1")).isTrue();
    JsonNode first = json.get("labels").get(0);
    assertThat(
            first.has("precision")
                && first.has("recall")
                && first.has("f1")
                && first.has("support"))
        .isTrue();
  }

  @Test
  void train_missingData_isAUsageError() {
    Cli result =
        Cli.run("train", "--data", dir.resolve("none.jsonl").toString(), "--output", "x.ptm");
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("no such file or folder");
  }

  @Test
  void evaluate_corruptModel_isAOneLineFatalError() throws IOException {
    Path model = dir.resolve("broken.ptm");
    Files.writeString(model, "not a model");
    Path data = dir.resolve("d.jsonl");
    Files.writeString(data, "{\"text\": \"x\", \"labels\": []}\n");
    Cli result = Cli.run("evaluate", "--model", model.toString(), "--data", data.toString());
    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).contains(model.toString());
  }

  @Test
  void taxonomyShow_printsLabelsInThreeLanguagesAndKeywordCounts() {
    Cli result = Cli.run("taxonomy", "show", "regional-governance");
    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .contains("regional-governance v1 (multi-label, 10 themes)")
        .contains("metropolitan-integration")
        .contains("자치분권")
        .contains("地方财政")
        .containsPattern("en  Local public finance +\\d+ keywords");
    assertThat(Cli.run("taxonomy", "list").out()).contains("cap-major-topics");
  }

  @Test
  void modelShow_default_printsMetadataAndTopTerms() {
    Cli result = Cli.run("model", "--top", "3");
    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .contains("taxonomy       regional-governance v1")
        .contains("algorithm      auto")
        .contains("citizen-participation");
  }

  @Test
  void everyOutputOption_inAMissingFolder_refusedWithExit2BeforeAnyWork() throws IOException {
    Path data = dir.resolve("d.jsonl");
    Files.writeString(data, "{\"text\":\"local tax\",\"labels\":[\"local-finance\"]}\n");
    String missing = dir.resolve("no/such").toString();
    for (String[] args :
        new String[][] {
          {"classify", "--quiet", "--output", missing + "/o.jsonl", data.toString()},
          {"classify", "--quiet", "--errors", missing + "/e.jsonl", data.toString()},
          {"train", "--data", data.toString(), "--output", missing + "/m.ptm"},
          {"evaluate", "--data", data.toString(), "--errors", missing + "/e.jsonl"},
          {"topics", "--output", missing + "/topics", data.toString()},
          {"trends", "--output", missing + "/trends", data.toString()},
        }) {
      Cli run = Cli.run(args);
      assertThat(run.exit()).as(String.join(" ", args) + ": " + run.err()).isEqualTo(Main.USAGE);
      assertThat(run.err()).as(args[0]).contains("no such folder for --");
    }
  }
}
