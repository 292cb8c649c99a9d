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

/** model's readable terms, taxonomy export, evaluate's overlap warning and confusion tables. */
class ModelTaxonomyEvaluateTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SEEDS = Path.of("../seeds/corpus");

  @TempDir Path dir;

  @Test
  void model_showsReadableTermsAndNamedKeywordFeatures() {
    Cli result = Cli.run("model", "--top", "30");

    assertThat(result.exit()).isZero();
    List<String> themeLines =
        result.outLines().stream().filter(l -> l.startsWith("local-finance ")).toList();
    assertThat(themeLines).hasSize(1);
    assertThat(themeLines.get(0)).contains("[keywords] local-finance").contains("재정");
    assertThat(result.out()).doesNotContain("^ ").doesNotContain(" $ (");
    Cli raw = Cli.run("model", "--top", "30", "--raw");
    assertThat(raw.out()).contains("^ ");
  }

  @Test
  void readableTerms_mapCharacterNgramsToWords() throws IOException {
    ReadableTerms readable =
        new ReadableTerms(io.github.policythemes.taxonomy.Taxonomy.builtIn("regional-governance"));
    assertThat(readable.readable("구감 감소")).contains("구감소");
    assertThat(readable.readable("^ 통합")).startsWith("통합");
    assertThat(readable.readable("budget")).isEqualTo("budget");
    assertThat(readable.readable("[keywords] local-finance")).isEqualTo("[keywords] local-finance");
  }

  @Test
  void taxonomyExport_isATemplateThatReadsBack() throws IOException {
    Cli export = Cli.run("taxonomy", "export", "regional-governance");
    assertThat(export.exit()).isZero();
    JsonNode json = JSON.readTree(export.out());
    assertThat(json.get("id").asText()).isEqualTo("regional-governance");
    assertThat(json.get("themes")).hasSize(10);

    Path mine = dir.resolve("my-themes.json");
    Files.writeString(mine, export.out());
    Cli classify =
        Cli.runWithStdin(
            "{\"text\":\"지방소멸대응기금 배분 기준\"}\n",
            "classify",
            "--model",
            "keywords",
            "--taxonomy",
            mine.toString(),
            "--format",
            "jsonl");
    assertThat(classify.exit()).as(classify.err()).isZero();
    assertThat(Cli.run("taxonomy", "export", "nope").exit()).isEqualTo(2);
  }

  @Test
  void taxonomyShow_listsKeywordsInAlignedColumns() {
    Cli result = Cli.run("taxonomy", "show", "regional-governance");

    assertThat(result.exit()).isZero();
    List<String> rows =
        result.outLines().stream().filter(l -> l.matches("  (en|ko|zh)  .*")).toList();
    assertThat(rows).hasSizeGreaterThan(20);
    int column = -1;
    for (String row : rows) {
      int at = row.indexOf(" keywords");
      int display = DisplayWidth.of(row.substring(0, at));
      column = column < 0 ? display : column;
      assertThat(display).as(row).isEqualTo(column);
    }
    assertThat(result.out()).contains("keywords: ");
  }

  @Test
  void evaluate_defaultModelOnItsSeeds_warnsThatItHasSeenThem() {
    Cli result = Cli.run("evaluate", "--data", SEEDS.resolve("en-a.jsonl").toString());

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.err())
        .containsPattern(
            "warning: [\\d,]+ of [\\d,]+ evaluation articles \\(100%\\) are in the default model's training data");
    assertThat(result.out()).contains("per-theme confusion").contains("TP").contains("FN");
  }

  @Test
  void evaluate_ownModelOnItsTrainingFile_warnsAndShowsAConfusionMatrix() throws IOException {
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
    assertThat(
            Cli.run(
                    "train",
                    "--data",
                    data.toString(),
                    "--taxonomy",
                    "cap-major-topics",
                    "--folds",
                    "0",
                    "--output",
                    model.toString(),
                    "--quiet")
                .exit())
        .isZero();

    Cli result = Cli.run("evaluate", "--model", model.toString(), "--data", data.toString());

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.err()).contains("warning: the evaluation data is the model's training data");
    assertThat(result.out()).contains("confusion (rows: gold, columns: predicted)");
    Cli json =
        Cli.run(
            "evaluate", "--model", "keywords", "--data", data.toString().replace("labelled", "x"));
    assertThat(json.exit()).isEqualTo(2);
  }
}
