package io.github.policythemes.index;

import io.github.policythemes.trends.Period;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;

/**
 * Counts the facets of a match set: themes, languages and months straight from lucene-facet's
 * sorted-set counts, quarters and years as sums of months (an article has one month), and the trend
 * series from the {@code theme_month} dimension. Thread-safe (no state).
 */
final class ArchiveFacets {
  private static final Comparator<FacetCount> MOST_FIRST =
      Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value);

  private ArchiveFacets() {}

  /** The facets and the trend of a search. */
  record Counted(SearchFacets facets, TrendCounts trend) {}

  static Counted count(ArchiveSearcher searcher, FacetsCollector hits, Period period)
      throws IOException {
    if (searcher.facets == null) {
      return new Counted(
          new SearchFacets(List.of(), List.of(), List.of(), List.of(), List.of()),
          new TrendCounts(period, List.of(), List.of(), List.of()));
    }
    Set<String> dims = new HashSet<>();
    searcher.facets.getDims().forEach(dims::add);
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(searcher.facets, hits);
    List<FacetCount> themes = children(counts, dims, ArchiveSchema.THEME);
    themes.sort(MOST_FIRST);
    List<FacetCount> languages = children(counts, dims, ArchiveSchema.LANG);
    languages.sort(MOST_FIRST);
    TreeMap<String, Long> months = byLabel(children(counts, dims, ArchiveSchema.MONTH));
    SearchFacets facets =
        new SearchFacets(
            themes,
            languages,
            list(regroup(months, Period.YEAR)),
            list(regroup(months, Period.QUARTER)),
            list(months));
    return new Counted(facets, trend(counts, dims, themes, months, period));
  }

  private static TrendCounts trend(
      SortedSetDocValuesFacetCounts counts,
      Set<String> dims,
      List<FacetCount> themes,
      TreeMap<String, Long> months,
      Period period)
      throws IOException {
    List<String> periods = periods(months, period);
    List<Long> articles = series(regroup(months, period), periods);
    List<TrendCounts.ThemeCounts> series = new ArrayList<>();
    for (FacetCount theme : themes) {
      TreeMap<String, Long> perMonth =
          byLabel(children(counts, dims, ArchiveSchema.THEME_MONTH, theme.value()));
      long total = perMonth.values().stream().mapToLong(Long::longValue).sum();
      if (total > 0) {
        series.add(
            new TrendCounts.ThemeCounts(
                theme.value(), total, series(regroup(perMonth, period), periods)));
      }
    }
    series.sort(
        Comparator.comparingLong(TrendCounts.ThemeCounts::total)
            .reversed()
            .thenComparing(TrendCounts.ThemeCounts::themeId));
    return new TrendCounts(period, periods, articles, series);
  }

  private static List<FacetCount> children(
      SortedSetDocValuesFacetCounts counts, Set<String> dims, String dim, String... path)
      throws IOException {
    List<FacetCount> out = new ArrayList<>();
    if (!dims.contains(dim)) {
      return out;
    }
    FacetResult result = counts.getAllChildren(dim, path);
    if (result == null) {
      return out;
    }
    for (LabelAndValue child : result.labelValues) {
      if (child.value.longValue() > 0) {
        out.add(new FacetCount(child.label, child.value.longValue()));
      }
    }
    return out;
  }

  private static TreeMap<String, Long> byLabel(List<FacetCount> counts) {
    TreeMap<String, Long> map = new TreeMap<>();
    counts.forEach(c -> map.merge(c.value(), c.count(), Long::sum));
    return map;
  }

  private static List<FacetCount> list(Map<String, Long> counts) {
    List<FacetCount> out = new ArrayList<>();
    counts.forEach((label, count) -> out.add(new FacetCount(label, count)));
    return out;
  }

  /** Month counts summed into a coarser period, keyed by the period's label, in order. */
  private static Map<String, Long> regroup(TreeMap<String, Long> months, Period period) {
    Map<String, Long> out = new LinkedHashMap<>();
    months.forEach((month, count) -> out.merge(period.label(firstDay(month)), count, Long::sum));
    return out;
  }

  /** Every period label from the first to the last month with articles, gaps included. */
  private static List<String> periods(TreeMap<String, Long> months, Period period) {
    List<String> labels = new ArrayList<>();
    if (months.isEmpty()) {
      return labels;
    }
    LocalDate last = period.start(firstDay(months.lastKey()));
    for (LocalDate at = period.start(firstDay(months.firstKey()));
        !at.isAfter(last);
        at = period.next(at)) {
      labels.add(period.label(at));
    }
    return labels;
  }

  private static List<Long> series(Map<String, Long> counts, List<String> periods) {
    List<Long> out = new ArrayList<>(periods.size());
    for (String label : periods) {
      out.add(counts.getOrDefault(label, 0L));
    }
    return out;
  }

  /** The first day of a month label ({@code 2024-03}; any year, as {@link Period} writes it). */
  private static LocalDate firstDay(String month) {
    int dash = month.lastIndexOf('-');
    return LocalDate.of(
        Integer.parseInt(month.substring(0, dash)), Integer.parseInt(month.substring(dash + 1)), 1);
  }
}
