package io.github.policythemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeywordsCommandTest {
  static final String SEEDS = "../seeds/corpus/en-a.jsonl";

  @TempDir Path dir;

  @Test
  void keywords_perDocument_printsKeyPhrasesOfEachTextFile() {
    Cli run =
        Cli.run("keywords", "--top", "5", "../seeds/samples/en-01-suwon-participatory-budget.txt");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("==> en-01-suwon-participatory-budget.txt <==");
    assertThat(run.out().lines().count()).isEqualTo(6);
    assertThat(run.out()).contains("Suwon");
  }

  @Test
  void keywords_perDocumentJsonl_writesOneObjectPerArticle() throws IOException {
    Cli run = Cli.run("keywords", "--format", "jsonl", "--top", "3", SEEDS);
    assertThat(run.exit()).as(run.err()).isZero();
    long records = Files.readAllLines(Path.of(SEEDS)).stream().filter(l -> !l.isBlank()).count();
    assertThat(run.out().lines().count()).isEqualTo(records);
    JsonNode first = new ObjectMapper().readTree(run.out().lines().findFirst().orElseThrow());
    assertThat(first.path("id").asText()).isEqualTo("en-a-0001");
    assertThat(first.path("keywords").size()).isBetween(1, 3);
  }

  @Test
  void keywords_perTheme_groupsByLabelsAndFindsDistinctiveTerms() {
    Cli run = Cli.run("keywords", "--per", "theme", "--top", "8", SEEDS);
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("==> local-finance <==", "==> metropolitan-integration <==");
    String finance =
        run.out()
            .substring(
                run.out().indexOf("==> local-finance <=="), run.out().indexOf("==> metropolitan"));
    assertThat(finance.toLowerCase(java.util.Locale.ROOT))
        .containsAnyOf("tax", "grant", "budget", "fiscal");
  }

  @Test
  void keywords_perPeriod_groupsByQuarter() {
    Cli run = Cli.run("keywords", "--per", "period", "--by", "quarter", "--top", "3", SEEDS);
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("==> 2023-Q1 <==");
  }

  @Test
  void keywords_perTopic_groupsByEachArticlesTopTopic() {
    Path output = dir.resolve("topics");
    Cli trained =
        Cli.run("topics", "--k", "4", "--iterations", "50", "--output", output.toString(), SEEDS);
    assertThat(trained.exit()).as(trained.err()).isZero();
    Cli run =
        Cli.run(
            "keywords",
            "--per",
            "topic",
            "--model",
            output.resolve("model.ptt").toString(),
            "--format",
            "jsonl",
            SEEDS);
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("{\"group\":\"topic ");
  }

  @Test
  void keywords_perTopicWithoutModel_isAUsageError() {
    Cli run = Cli.run("keywords", "--per", "topic", SEEDS);
    assertThat(run.exit()).isEqualTo(Main.USAGE);
    assertThat(run.err()).contains("--per topic needs --model");
  }

  @Test
  void keywords_perThemeWithoutLabels_isAUsageErrorThatSaysWhy() throws IOException {
    Path file = dir.resolve("plain.txt");
    Files.writeString(file, "Council approves the new budget for bus routes.");
    Cli run = Cli.run("keywords", "--per", "theme", file.toString());
    assertThat(run.exit()).isEqualTo(Main.USAGE);
    assertThat(run.err()).contains("1 of 1 articles have no labels");
  }
}
