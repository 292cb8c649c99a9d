package io.github.policythemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policythemes.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every long job reports through the one progress API; --quiet silences it. */
class ProgressTest {
  @TempDir Path dir;

  @BeforeEach
  void everyReportALine() {
    System.setProperty("policythemes.progress.interval.ms", "0");
  }

  @AfterEach
  void back() {
    System.clearProperty("policythemes.progress.interval.ms");
  }

  private Path corpus() throws IOException {
    Path file = dir.resolve("corpus.jsonl");
    List<String> lines = new ArrayList<>();
    String[][] words = {
      {"tax", "budget", "grants", "revenue"}, {"merger", "county", "metro", "rail"}
    };
    String[] labels = {"local-finance", "metropolitan-integration"};
    for (int i = 0; i < 40; i++) {
      int t = i % 2;
      lines.add(
          "{\"id\":\"d"
              + i
              + "\",\"date\":\"2024-0"
              + (1 + i % 3)
              + "-01\",\"labels\":[\""
              + labels[t]
              + "\"],\"assigned\":[\""
              + labels[t]
              + "\"],\"text\":\"The "
              + words[t][i % 4]
              + " and the "
              + words[t][(i + 1) % 4]
              + " of the "
              + words[t][(i + 2) % 4]
              + " number "
              + i
              + "\"}");
    }
    Files.write(file, lines);
    return file;
  }

  @Test
  void topics_reportsIterationsWithTokensPerSecondAndEta() throws IOException {
    Cli result =
        Cli.run(
            "topics",
            "--k",
            "2",
            "--iterations",
            "5",
            "--output",
            dir.resolve("t").toString(),
            corpus().toString());

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.err())
        .containsPattern("policy-themes topics: sampling 5/5 iterations, [0-9.]+M tokens/s")
        .containsPattern("policy-themes topics: sampling 1/5 iterations, .*, ETA \\d+:\\d\\d");
  }

  @Test
  void train_reportsFoldsAndCandidatesWithEta() throws IOException {
    Cli result =
        Cli.run(
            "train",
            "--data",
            corpus().toString(),
            "--folds",
            "2",
            "--output",
            dir.resolve("m.ptm").toString());

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.err())
        .containsPattern(
            "policy-themes train: cross-validation svm C=[0-9.]+, fold 1/2 1/\\d+ fits")
        .containsPattern("ETA \\d+:\\d\\d")
        .contains("final fit");
  }

  @Test
  void trendsAndKeywords_reportTheirProgress() throws IOException {
    Path file = corpus();
    Cli trends = Cli.run("trends", "--output", dir.resolve("tr").toString(), file.toString());
    Cli keywords = Cli.run("keywords", file.toString());

    assertThat(trends.err()).contains("policy-themes trends: ");
    assertThat(keywords.err())
        .containsPattern("policy-themes keywords: key phrases \\d+/40 articles");
  }

  @Test
  void quiet_silencesProgress() throws IOException {
    Cli result =
        Cli.run(
            "topics",
            "--quiet",
            "--k",
            "2",
            "--iterations",
            "5",
            "--output",
            dir.resolve("t").toString(),
            corpus().toString());

    assertThat(result.exit()).isZero();
    assertThat(result.err()).doesNotContain("sampling");
  }

  @Test
  void display_notATerminal_aLinePerIntervalOnly() {
    StringWriter text = new StringWriter();
    ProgressDisplay display =
        new ProgressDisplay(new PrintWriter(text), false, false, null, Duration.ofSeconds(10));
    for (int i = 1; i <= 5; i++) {
      display.onProgress(
          new Progress("topics", "sampling", i, 5, "iterations", Duration.ofMillis(i), ""));
    }
    display.onProgress(
        new Progress("topics", "sampling", 5, 5, "iterations", Duration.ofSeconds(11), ""));
    assertThat(text.toString().lines())
        .containsExactly("policy-themes topics: sampling 5/5 iterations, ETA 0:00");
  }

  @Test
  void display_terminal_drawsABar() {
    StringWriter text = new StringWriter();
    ProgressDisplay display = new ProgressDisplay(new PrintWriter(text), true, false, null);
    display.onProgress(
        new Progress(
            "train",
            "cross-validation svm C=1, fold 2/5",
            2,
            11,
            "fits",
            Duration.ofSeconds(4),
            ""));
    assertThat(text.toString())
        .startsWith(
            "\r[####....................]  18%  train: cross-validation svm C=1, fold 2/5 2/11 fits, ETA 0:18");
  }
}
