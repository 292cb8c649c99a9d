package io.github.policythemes.classify;

import io.github.policythemes.analysis.Language;
import io.github.policythemes.taxonomy.Taxonomy;
import io.github.policythemes.taxonomy.Theme;
import java.util.ArrayList;
import java.util.List;

/** Ranks per-theme scores into a {@link Classification}. */
final class Scores {
  private Scores() {}

  /**
   * Ranks the scores. Multi-label: a theme is assigned at or above its threshold. Single-label: the
   * top theme is assigned when its score is positive.
   */
  static Classification rank(
      String articleId,
      Language language,
      Taxonomy taxonomy,
      double[] scores,
      double[] thresholds,
      boolean singleLabel) {
    List<Theme> themes = taxonomy.themes();
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    // stable: ties keep the taxonomy's order
    java.util.Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
    List<ThemeScore> ranked = new ArrayList<>(scores.length);
    for (int rank = 0; rank < order.length; rank++) {
      int t = order[rank];
      double score = Math.min(1, Math.max(0, scores[t]));
      boolean assigned = singleLabel ? rank == 0 && score > 0 : score >= thresholds[t];
      Theme theme = themes.get(t);
      ranked.add(new ThemeScore(theme.id(), theme.label(language), score, assigned));
    }
    return new Classification(articleId, language, ranked);
  }
}
