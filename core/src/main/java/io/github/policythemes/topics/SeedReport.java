package io.github.policythemes.topics;

import java.util.List;
import java.util.Objects;

/**
 * How well a theme's keywords anchor its topic in a seeded model. Immutable and thread-safe.
 *
 * @param themeId the theme
 * @param topic the index of the topic the theme anchors
 * @param keywords how many keywords the theme has in the corpus's languages
 * @param found how many of them occur in the corpus vocabulary (every term of a phrase occurs)
 * @param seedTerms the vocabulary terms that anchor the topic
 * @param missing the keywords that do not occur, as written in the taxonomy
 */
public record SeedReport(
    String themeId,
    int topic,
    int keywords,
    int found,
    List<String> seedTerms,
    List<String> missing) {
  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if a count is negative or found exceeds keywords
   */
  public SeedReport {
    Objects.requireNonNull(themeId, "themeId");
    seedTerms = List.copyOf(seedTerms);
    missing = List.copyOf(missing);
    if (topic < 0 || keywords < 0 || found < 0 || found > keywords) {
      throw new IllegalArgumentException(
          "bad seed report for " + themeId + ": " + found + " of " + keywords);
    }
  }
}
