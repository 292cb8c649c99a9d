package io.github.policythemes.classify;

import java.util.Objects;

/**
 * How strongly an article is about one theme.
 *
 * @param themeId the theme id
 * @param label the theme's label in the article's language (English when there is none)
 * @param score the probability-like score in [0, 1]; comparable across articles
 * @param assigned whether the theme is given to the article (score at or above the theme's
 *     threshold, or the top theme of a single-label model)
 */
public record ThemeScore(String themeId, String label, double score, boolean assigned) {
  /**
   * Validates the score.
   *
   * @throws IllegalArgumentException if the score is not in [0, 1]
   */
  public ThemeScore {
    Objects.requireNonNull(themeId, "themeId");
    Objects.requireNonNull(label, "label");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score of theme '" + themeId + "' is " + score);
    }
  }
}
