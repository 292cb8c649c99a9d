package io.github.policythemes.classify;

import io.github.policythemes.analysis.Language;
import io.github.policythemes.taxonomy.Taxonomy;
import io.github.policythemes.taxonomy.Theme;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Ranks per-theme scores into a {@link Classification}. */
final class Scores {
  private Scores() {}

  /**
   * Ranks the scores. Multi-label: a theme is assigned at or above its threshold. Single-label: the
   * top theme is assigned when its score is positive and at or above its threshold.
   */
  static Classification rank(
      String articleId,
      Language language,
      Taxonomy taxonomy,
      double[] scores,
      double[] thresholds,
      boolean singleLabel) {
    List<Theme> themes = taxonomy.themes();
    int n = scores.length;
    int[] order = new int[n];
    // insertion sort, best first; stable: ties keep the taxonomy's order
    for (int i = 0; i < n; i++) {
      int j = i;
      while (j > 0 && scores[order[j - 1]] < scores[i]) {
        order[j] = order[j - 1];
        j--;
      }
      order[j] = i;
    }
    ThemeScore[] ranked = new ThemeScore[n];
    for (int rank = 0; rank < n; rank++) {
      int t = order[rank];
      double score = Math.min(1, Math.max(0, scores[t]));
      boolean assigned =
          singleLabel ? rank == 0 && score > 0 && score >= thresholds[t] : score >= thresholds[t];
      Theme theme = themes.get(t);
      ranked[rank] = new ThemeScore(theme.id(), theme.label(language), score, assigned);
    }
    return new Classification(articleId, language, Arrays.asList(ranked));
  }

  /** Returns metadata that differs only in its thresholds. */
  static ModelMetadata withThresholds(ModelMetadata metadata, Taxonomy taxonomy, double[] values) {
    Map<String, Double> thresholds = new LinkedHashMap<>();
    for (int t = 0; t < values.length; t++) {
      thresholds.put(taxonomy.themeIds().get(t), values[t]);
    }
    return new ModelMetadata(
        metadata.formatVersion(),
        metadata.libraryVersion(),
        metadata.createdAt(),
        metadata.algorithm(),
        metadata.parameters(),
        metadata.analysis(),
        metadata.trainingDocuments(),
        metadata.trainingSha256(),
        metadata.metrics(),
        thresholds);
  }
}
