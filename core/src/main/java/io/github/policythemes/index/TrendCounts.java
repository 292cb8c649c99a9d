package io.github.policythemes.index;

import io.github.policythemes.trends.Period;
import java.util.List;
import java.util.Objects;

/**
 * Articles per period and, per theme, assigned articles per period, over every article that matched
 * a query: the series a chart of the current search draws. Periods run without gaps from the first
 * to the last dated match; empty periods count 0. The counts are those of {@code policy-themes
 * trends} on the same articles.
 *
 * <p>Immutable and thread-safe.
 *
 * @param period month, quarter or year
 * @param periods the period labels, in order ({@code 2024-01}, {@code 2024-Q1}, {@code 2024})
 * @param articles dated matching articles per period, one count per label
 * @param themes per theme (most articles first) its count per period
 */
public record TrendCounts(
    Period period, List<String> periods, List<Long> articles, List<ThemeCounts> themes) {
  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if a series does not have one count per period
   */
  public TrendCounts {
    Objects.requireNonNull(period, "period");
    periods = List.copyOf(periods);
    articles = List.copyOf(articles);
    themes = List.copyOf(themes);
    if (articles.size() != periods.size()) {
      throw new IllegalArgumentException("articles has " + articles.size() + " counts");
    }
    for (ThemeCounts theme : themes) {
      if (theme.counts().size() != periods.size()) {
        throw new IllegalArgumentException("theme " + theme.themeId() + " has the wrong length");
      }
    }
  }

  /**
   * One theme's series.
   *
   * @param themeId the theme
   * @param total its dated matching articles
   * @param counts its articles per period, one count per label of {@link TrendCounts#periods()}
   */
  public record ThemeCounts(String themeId, long total, List<Long> counts) {
    /** Validates and copies. */
    public ThemeCounts {
      Objects.requireNonNull(themeId, "themeId");
      counts = List.copyOf(counts);
    }
  }
}
