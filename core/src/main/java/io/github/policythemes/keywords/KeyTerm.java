package io.github.policythemes.keywords;

import java.util.Objects;

/**
 * A term that distinguishes a group of documents (a theme, a period, a topic) from the rest of the
 * corpus. Immutable and thread-safe.
 *
 * @param term the analysed term
 * @param surface the way it was most often written, for display
 * @param groupCount its occurrences in the group
 * @param restCount its occurrences in the rest of the corpus
 * @param logLikelihood Dunning's log-likelihood (G2) of the difference; above 3.84 is significant
 *     at p &lt; 0.05, above 10.83 at p &lt; 0.001
 * @param logRatio the effect size: log2 of the relative frequency in the group over that in the
 *     rest (each count plus 0.5)
 */
public record KeyTerm(
    String term,
    String surface,
    int groupCount,
    int restCount,
    double logLikelihood,
    double logRatio) {
  /**
   * Validates the term.
   *
   * @throws IllegalArgumentException if a count is negative or a score is not finite
   */
  public KeyTerm {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(surface, "surface");
    if (groupCount < 0 || restCount < 0) {
      throw new IllegalArgumentException("negative count for " + term);
    }
    if (!Double.isFinite(logLikelihood) || !Double.isFinite(logRatio)) {
      throw new IllegalArgumentException("keyness of " + term + " is not finite");
    }
  }
}
