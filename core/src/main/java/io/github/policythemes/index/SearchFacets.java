package io.github.policythemes.index;

import java.util.List;

/**
 * Facet counts over every article that matched a query (not only the page shown): per assigned
 * theme and language, most articles first, and per year, quarter and month, in calendar order.
 * Articles without a date count in no period; articles without a theme in no theme.
 *
 * <p>Immutable and thread-safe.
 *
 * @param themes articles per assigned theme
 * @param languages articles per language code
 * @param years articles per year ({@code 2024})
 * @param quarters articles per quarter ({@code 2024-Q1})
 * @param months articles per month ({@code 2024-03})
 */
public record SearchFacets(
    List<FacetCount> themes,
    List<FacetCount> languages,
    List<FacetCount> years,
    List<FacetCount> quarters,
    List<FacetCount> months) {
  /** Copies the lists. */
  public SearchFacets {
    themes = List.copyOf(themes);
    languages = List.copyOf(languages);
    years = List.copyOf(years);
    quarters = List.copyOf(quarters);
    months = List.copyOf(months);
  }

  /**
   * Returns the count of one theme.
   *
   * @param themeId the theme
   * @return its count, 0 when no matching article has it
   */
  public long theme(String themeId) {
    return themes.stream()
        .filter(f -> f.value().equals(themeId))
        .mapToLong(FacetCount::count)
        .sum();
  }
}
