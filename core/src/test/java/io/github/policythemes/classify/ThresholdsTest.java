package io.github.policythemes.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policythemes.article.Article;
import io.github.policythemes.taxonomy.Taxonomy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThresholdsTest {
  private static final Taxonomy TAXONOMY = Taxonomy.builtIn("regional-governance");
  private static final String TEXT = "지방소멸대응기금 배분 기준 개편…인구감소지역 지원 확대. 주민참여예산 공청회도 열린다.";

  @TempDir Path folder;

  @Test
  void resolve_perThemeWinsOverMinScoreWhichWinsOverTheModel() {
    double[] own = new double[10];
    java.util.Arrays.fill(own, 0.3);
    double[] resolved =
        Thresholds.minScore(0.7).withTheme("local-finance", 0.9).resolve(TAXONOMY, own);
    assertThat(resolved[TAXONOMY.themeIds().indexOf("local-finance")]).isEqualTo(0.9);
    assertThat(resolved[0]).isEqualTo(0.7);
    assertThat(Thresholds.of(Map.of("local-finance", 0.2)).resolve(TAXONOMY, own)[0])
        .isEqualTo(0.3);
    assertThat(Thresholds.model().resolve(TAXONOMY, own)).isEqualTo(own);
  }

  @Test
  void resolve_unknownTheme_namesItAndTheKnownOnes() {
    assertThatThrownBy(() -> Thresholds.of(Map.of("nope", 0.5)).resolve(TAXONOMY, new double[10]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nope'")
        .hasMessageContaining("local-finance");
  }

  @Test
  void constructor_scoreOutsideUnitInterval_isRejected() {
    assertThatThrownBy(() -> Thresholds.minScore(1.5)).hasMessageContaining("1.5");
    assertThatThrownBy(() -> Thresholds.minScore(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Thresholds.of(Map.of("a", -0.1))).hasMessageContaining("'a'");
  }

  @Test
  void read_objectWithStar_givesPerThemeAndMinScore() throws IOException {
    Path file = folder.resolve("t.json");
    Files.writeString(file, "{\"local-finance\": 0.8, \"*\": 0.6}");
    Thresholds thresholds = Thresholds.read(file);
    assertThat(thresholds.minScore()).isEqualTo(0.6);
    assertThat(thresholds.perTheme()).containsExactly(Map.entry("local-finance", 0.8));
  }

  @Test
  void read_badFiles_failWithTheFileAndTheProblem() throws IOException {
    Path file = folder.resolve("t.json");
    for (String[] bad :
        new String[][] {
          {"[0.5]", "expected a JSON object"},
          {"{\"a\": \"x\"}", "not a number"},
          {"{\"a\": 2}", "not in [0, 1]"},
          {"{\"a\": 0.1, \"a\": 0.2}", "given twice"},
          {"{\"a\": 0.1", "malformed JSON"},
          {"{\"a\": 0.1} {}", "one JSON object"}
        }) {
      Files.writeString(file, bad[0]);
      assertThatThrownBy(() -> Thresholds.read(file))
          .as(bad[0])
          .isInstanceOf(IOException.class)
          .hasMessageContaining(file.toString())
          .hasMessageContaining(bad[1]);
    }
  }

  @Test
  void withThresholds_keywordClassifier_changesAssignmentNotScores() {
    ThemeClassifier keywords = ThemeClassifier.keywords(TAXONOMY);
    Classification before = keywords.classify(Article.of(TEXT));
    assertThat(before.assigned()).isNotEmpty();
    ThemeClassifier none = keywords.withThresholds(Thresholds.minScore(1.0));
    Classification after = none.classify(Article.of(TEXT));
    assertThat(after.assigned()).isEmpty();
    assertThat(after.scores().stream().map(ThemeScore::score).toList())
        .isEqualTo(before.scores().stream().map(ThemeScore::score).toList());
    ThemeClassifier all = keywords.withThresholds(Thresholds.minScore(0.0));
    assertThat(all.classify(Article.of(TEXT)).assigned()).hasSize(TAXONOMY.themes().size());
    assertThat(all.explain(Article.of(TEXT)).themes()).hasSize(TAXONOMY.themes().size());
    assertThat(keywords.classify(Article.of(TEXT)).assignedIds()).isEqualTo(before.assignedIds());
    assertThat(none.thresholds()).containsOnly(1.0);
    assertThat(none.metadata().thresholds()).containsValue(1.0).doesNotContainValue(0.5);
  }
}
