package io.github.policythemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {
  private static final String KOREAN =
      "{\"id\":\"k1\",\"text\":\"지방소멸대응기금 배분 기준이 바뀌고 인구감소지역 지원이 늘어난다. 행정안전부는 주민참여예산 확대도 발표했다.\"}\n";

  @TempDir Path dir;

  @Test
  void explain_file_printsThemesTermsAndMarkedEvidence() throws IOException {
    Path file = dir.resolve("a.jsonl");
    Files.writeString(file, KOREAN);

    Cli result = Cli.run("explain", file.toString());

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("==> k1 (ko) <==")
        .contains("lagging-regions")
        .contains("  terms     지방소멸대응기금 ")
        .contains("  evidence  [지방소멸대응기금] ")
        .contains("[인구감소지역]");
    assertThat(result.err()).contains("policy-themes explain: read 1, written 1");
  }

  @Test
  void explain_stdin_andClassifyExplainTable_printTheSameView() {
    Cli explain = Cli.runWithStdin(KOREAN, "explain", "-");
    Cli classify = Cli.runWithStdin(KOREAN, "classify", "--explain", "--format", "table", "-");

    assertThat(explain.exit()).isZero();
    assertThat(classify.out()).isEqualTo(explain.out());
  }

  @Test
  void explain_noThemeAssigned_saysSoWithTheBestScore() {
    Cli result =
        Cli.runWithStdin(
            "{\"id\":\"x\",\"text\":\"The marathon was won in record time.\"}\n", "explain");

    assertThat(result.out()).contains("==> x (en) <==").contains("no theme (best: ");
  }

  @Test
  void classifyExplainCsv_hasAnEvidenceColumn() {
    Cli result = Cli.runWithStdin(KOREAN, "classify", "--explain", "--format", "csv", "-");

    assertThat(result.exit()).isZero();
    assertThat(result.outLines().get(0)).endsWith(",assigned,evidence");
    assertThat(result.outLines().get(1))
        .contains("lagging-regions: 지방소멸대응기금")
        .contains("\"\"지방소멸대응기금 배분 기준이 바뀌고");
  }

  @Test
  void mark_bracketsTermsLongestFirstIgnoringCase() {
    assertThat(
            ExplanationTableWriter.mark(
                "Local governments asked for local government autonomy.",
                java.util.List.of(
                    new io.github.policythemes.classify.TermContribution("local government", 2),
                    new io.github.policythemes.classify.TermContribution("autonomy", 1),
                    new io.github.policythemes.classify.TermContribution("local", 0.5))))
        .isEqualTo("[Local government]s asked for [local government] [autonomy].");
  }
}
