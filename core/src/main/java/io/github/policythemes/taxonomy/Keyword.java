package io.github.policythemes.taxonomy;

import java.util.Objects;

/**
 * A weighted keyword of a theme: a word or a multi-word phrase as people write it.
 *
 * @param phrase the word or phrase, e.g. {@code "participatory budgeting"} or {@code "주민참여예산"}
 * @param weight how strongly the phrase signals the theme, in (0, 1]: 1 for a term used almost only
 *     when the theme is the subject, about 0.5 for a typical signal, 0.2 for a weak one
 */
public record Keyword(String phrase, double weight) {
  /**
   * Validates the keyword.
   *
   * @throws IllegalArgumentException if the phrase is blank or the weight is not in (0, 1]
   */
  public Keyword {
    Objects.requireNonNull(phrase, "phrase");
    if (phrase.isBlank()) {
      throw new IllegalArgumentException("keyword phrase is blank");
    }
    if (!(weight > 0 && weight <= 1)) {
      throw new IllegalArgumentException(
          "weight of keyword '" + phrase + "' is " + weight + ", not in (0, 1]");
    }
  }
}
