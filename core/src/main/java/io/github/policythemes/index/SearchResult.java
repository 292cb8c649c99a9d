package io.github.policythemes.index;

import java.util.List;
import java.util.Objects;

/**
 * What {@link ThemeIndex#search} found: how many articles matched, one page of hits, and facet and
 * trend counts over every match.
 *
 * <p>Immutable and thread-safe; serialises to JSON as it is.
 *
 * @param total how many articles matched (exact)
 * @param offset how many hits were passed over
 * @param hits the page of hits, in the query's order
 * @param facets counts per theme, language and period over every match
 * @param trend articles per period, per theme, over every match
 */
public record SearchResult(
    long total, int offset, List<SearchHit> hits, SearchFacets facets, TrendCounts trend) {
  /** Validates and copies. */
  public SearchResult {
    hits = List.copyOf(hits);
    Objects.requireNonNull(facets, "facets");
    Objects.requireNonNull(trend, "trend");
  }
}
