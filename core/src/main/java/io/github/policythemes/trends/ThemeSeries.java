package io.github.policythemes.trends;

import java.util.List;
import java.util.Objects;

/**
 * One theme over the periods of a trend analysis. Immutable and thread-safe.
 *
 * @param themeId the theme id
 * @param label the theme's label as the classified file gives it (the id when it gives none)
 * @param counts articles assigned the theme, per period
 * @param shares the share of the period's articles assigned the theme, per period; NaN for a period
 *     without articles
 * @param total articles assigned the theme over all periods
 * @param trend whether its share rises or falls
 */
public record ThemeSeries(
    String themeId,
    String label,
    List<Integer> counts,
    List<Double> shares,
    int total,
    TrendFlag trend) {
  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if counts and shares differ in length
   */
  public ThemeSeries {
    Objects.requireNonNull(themeId, "themeId");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(trend, "trend");
    counts = List.copyOf(counts);
    shares = List.copyOf(shares);
    if (counts.size() != shares.size()) {
      throw new IllegalArgumentException("counts and shares of " + themeId + " differ in length");
    }
  }
}
