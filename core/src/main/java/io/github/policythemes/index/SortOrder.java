package io.github.policythemes.index;

/** How {@link ThemeIndex#search} orders its hits. */
public enum SortOrder {
  /**
   * Best match for the words first (BM25 over title and text); newest first when the query has no
   * words.
   */
  RELEVANCE,
  /** Newest first; articles without a date last. */
  NEWEST,
  /** Oldest first; articles without a date last. */
  OLDEST,
  /**
   * Highest score for one theme ({@link ThemeQuery#sortTheme()}) first, from the per-theme {@code
   * FeatureField}: "most about local-finance". Scores are compared at about 3 significant digits.
   */
  THEME_SCORE
}
