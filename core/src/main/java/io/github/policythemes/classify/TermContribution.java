package io.github.policythemes.classify;

import java.util.Objects;

/**
 * A term of the article and how much it pushed a theme's score.
 *
 * @param term the term as a reader sees it: the surface words from the article (e.g. "local
 *     governments", "지방소멸대응기금"), not the stemmed feature
 * @param contribution the term's share of the theme's raw score (positive pushes towards the theme)
 */
public record TermContribution(String term, double contribution) {
  /** Validates. */
  public TermContribution {
    Objects.requireNonNull(term, "term");
  }
}
