package io.github.policythemes.classify;

import io.github.policythemes.PolicyThemes;
import io.github.policythemes.analysis.Language;
import io.github.policythemes.article.Article;
import io.github.policythemes.features.FeatureExtractor;
import io.github.policythemes.features.FeatureSettings;
import io.github.policythemes.features.Vocabulary;
import io.github.policythemes.taxonomy.Taxonomy;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Small hand-made linear models whose outputs can be computed by hand. */
public final class TestModels {
  private TestModels() {}

  /** Two themes, "finance" and "merger", over five English features and two Korean ones. */
  public static LinearThemeClassifier tiny(LinearThemeClassifier.Output output) {
    return tiny(output, Instant.parse("2026-01-01T00:00:00Z"));
  }

  /** The same, with another creation time (null: none). */
  public static LinearThemeClassifier tiny(LinearThemeClassifier.Output output, Instant created) {
    Taxonomy taxonomy =
        Taxonomy.ofLabels(
            "tiny", List.of("finance", "merger"), output == LinearThemeClassifier.Output.SIGMOID);
    // features: tax, grant, merger, city, "local tax" (a bigram), 지방, 방세 (Korean char bigrams)
    Vocabulary vocabulary =
        Vocabulary.of(
            List.of("tax", "grant", "merger", "city", "local tax", "지방", "방세"),
            new float[] {1f, 1f, 1f, 1f, 2f, 1f, 1f});
    float[] weights = {
      3f, -1f, // tax
      2f, 0f, // grant
      -1f, 4f, // merger
      0f, 1f, // city
      2f, 0f, // local tax
      1f, 1f, // 지방
      3f, -1f // 방세
    };
    return LinearThemeClassifier.of(
        taxonomy,
        new FeatureExtractor(FeatureSettings.defaults().withMinDf(1), vocabulary),
        weights,
        new float[] {-1f, -2f},
        new double[] {0.5, 0.6},
        output,
        new ModelMetadata(
            0,
            PolicyThemes.version(),
            created,
            "hand-made",
            Map.of(),
            Map.of(),
            0,
            "",
            Map.of("microF1", 1.0),
            Map.of("finance", 0.5, "merger", 0.6)));
  }

  /** An English article with the given text. */
  public static Article english(String text) {
    return new Article("t", "", text, Language.EN, null);
  }
}
