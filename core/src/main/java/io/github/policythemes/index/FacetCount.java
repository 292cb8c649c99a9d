package io.github.policythemes.index;

import java.util.Objects;

/**
 * How many articles of a match set have one value: a theme, a language or a period.
 *
 * @param value the theme id, language code or period label ({@code 2024}, {@code 2024-Q1}, {@code
 *     2024-03})
 * @param count the number of articles
 */
public record FacetCount(String value, long count) {
  /**
   * Validates.
   *
   * @throws IllegalArgumentException if count is negative
   */
  public FacetCount {
    Objects.requireNonNull(value, "value");
    if (count < 0) {
      throw new IllegalArgumentException("count is " + count);
    }
  }
}
