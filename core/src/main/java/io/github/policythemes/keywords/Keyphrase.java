package io.github.policythemes.keywords;

import java.util.Objects;

/**
 * A keyword or key phrase of a document. Immutable and thread-safe.
 *
 * @param phrase the phrase as it is written in the document (its most frequent form)
 * @param terms the analysed terms of the phrase, space-separated; phrases with the same terms are
 *     one candidate
 * @param words how many content words it has (1 to 3)
 * @param occurrences how often it occurs in the document
 * @param score the YAKE score: lower is more relevant, always positive
 */
public record Keyphrase(String phrase, String terms, int words, int occurrences, double score) {
  /**
   * Validates the phrase.
   *
   * @throws IllegalArgumentException if a string is empty, a count is below 1 or the score is not
   *     positive and finite
   */
  public Keyphrase {
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(terms, "terms");
    if (phrase.isEmpty() || terms.isEmpty() || words < 1 || occurrences < 1) {
      throw new IllegalArgumentException("bad key phrase '" + phrase + "'");
    }
    if (!(score > 0) || Double.isInfinite(score)) {
      throw new IllegalArgumentException("key phrase score must be positive: " + score);
    }
  }
}
