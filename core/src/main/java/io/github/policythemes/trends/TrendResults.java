package io.github.policythemes.trends;

import io.github.policythemes.keywords.KeyTerm;
import io.github.policythemes.keywords.KeynessAnalyzer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns the counts of a reading pass into {@link ThemeTrends}. */
final class TrendResults {
  private final Period period;
  private final int topKeywords;
  private final TrendAnalyzer.Counts counts;

  TrendResults(Period period, int topKeywords, TrendAnalyzer.Counts counts) {
    this.period = period;
    this.topKeywords = topKeywords;
    this.counts = counts;
  }

  ThemeTrends build(String source) {
    List<LocalDate> starts = new ArrayList<>();
    if (!counts.articles().isEmpty()) {
      for (LocalDate start = counts.articles().firstKey();
          !start.isAfter(counts.articles().lastKey());
          start = period.next(start)) {
        starts.add(start);
      }
    }
    List<String> labels = starts.stream().map(period::label).toList();
    List<Integer> articles = series(counts.articles(), starts);
    List<String> themeIds = new ArrayList<>(counts.themeCounts().keySet());
    themeIds.sort(
        Comparator.comparingInt((String id) -> -total(counts.themeCounts().get(id)))
            .thenComparing(Comparator.naturalOrder()));
    List<ThemeSeries> themes = new ArrayList<>();
    for (String id : themeIds) {
      themes.add(series(id, starts, articles));
    }
    return new ThemeTrends(
        source,
        period,
        labels,
        starts,
        counts.firstDate(),
        counts.lastDate(),
        articles,
        themes,
        languages(starts, themeIds),
        coOccurrence(themeIds),
        keywords(themeIds),
        keywordsByPeriod(themeIds, labels),
        counts.text(),
        counts.read(),
        counts.used(),
        counts.skippedCount(),
        counts.skipped(),
        notes(labels, articles));
  }

  private ThemeSeries series(String id, List<LocalDate> starts, List<Integer> articles) {
    List<Integer> themeCounts = series(counts.themeCounts().get(id), starts);
    List<Double> shares = new ArrayList<>();
    List<Integer> tested = new ArrayList<>();
    for (int p = 0; p < starts.size(); p++) {
      int total = articles.get(p);
      double share = total == 0 ? Double.NaN : themeCounts.get(p) / (double) total;
      shares.add(share);
      if (total > 0) {
        tested.add(p);
      }
    }
    TrendFlag flag =
        TrendFlag.of(
            tested.stream().mapToInt(Integer::intValue).toArray(),
            tested.stream().mapToDouble(shares::get).toArray());
    return new ThemeSeries(
        id,
        counts.labels().getOrDefault(id, id),
        themeCounts,
        shares,
        total(counts.themeCounts().get(id)),
        flag);
  }

  private Map<String, ThemeTrends.LanguageSeries> languages(
      List<LocalDate> starts, List<String> themeIds) {
    Map<String, ThemeTrends.LanguageSeries> languages = new LinkedHashMap<>();
    counts
        .languageArticles()
        .forEach(
            (language, perPeriod) -> {
              Map<String, List<Integer>> themeCounts = new LinkedHashMap<>();
              Map<String, TreeMap<LocalDate, Integer>> byTheme =
                  counts.languageThemes().getOrDefault(language, Map.of());
              for (String id : themeIds) {
                if (byTheme.containsKey(id)) {
                  themeCounts.put(id, series(byTheme.get(id), starts));
                }
              }
              languages.put(
                  language,
                  new ThemeTrends.LanguageSeries(language, series(perPeriod, starts), themeCounts));
            });
    return languages;
  }

  private List<List<Integer>> coOccurrence(List<String> themeIds) {
    List<List<Integer>> matrix = new ArrayList<>();
    for (String a : themeIds) {
      List<Integer> row = new ArrayList<>();
      Map<String, Integer> pairs = counts.pairs().getOrDefault(a, Map.of());
      for (String b : themeIds) {
        row.add(pairs.getOrDefault(b, 0));
      }
      matrix.add(row);
    }
    return matrix;
  }

  private Map<String, List<KeyTerm>> keywords(List<String> themeIds) {
    Map<String, List<KeyTerm>> keywords = new LinkedHashMap<>();
    if (!counts.text()) {
      return keywords;
    }
    KeynessAnalyzer keyness = KeynessAnalyzer.builder().top(topKeywords).build();
    for (String id : themeIds) {
      keywords.put(id, keyness.distinctive(counts.terms(), id));
    }
    return keywords;
  }

  private Map<String, Map<String, List<KeyTerm>>> keywordsByPeriod(
      List<String> themeIds, List<String> labels) {
    Map<String, Map<String, List<KeyTerm>>> keywords = new LinkedHashMap<>();
    if (!counts.text()) {
      return keywords;
    }
    KeynessAnalyzer keyness = KeynessAnalyzer.builder().top(topKeywords).build();
    for (String id : themeIds) {
      Map<String, List<KeyTerm>> perPeriod = new LinkedHashMap<>();
      for (String label : labels) {
        List<KeyTerm> terms = keyness.distinctive(counts.terms(), id + '\t' + label);
        if (!terms.isEmpty()) {
          perPeriod.put(label, terms);
        }
      }
      keywords.put(id, perPeriod);
    }
    return keywords;
  }

  private List<String> notes(List<String> labels, List<Integer> articles) {
    List<String> notes = new ArrayList<>();
    if (counts.used() == 0) {
      notes.add("no usable records: nothing to count (see the skipped lines)");
    }
    if (counts.skippedCount() > 0) {
      notes.add(
          counts.skippedCount()
              + " of "
              + counts.read()
              + " records were skipped (no date, a bad date, no assigned themes or not readable)");
    }
    List<String> empty = new ArrayList<>();
    for (int p = 0; p < labels.size(); p++) {
      if (articles.get(p) == 0) {
        empty.add(labels.get(p));
      }
    }
    if (!empty.isEmpty()) {
      notes.add(
          empty.size()
              + " "
              + period.code()
              + (empty.size() == 1 ? " has" : "s have")
              + " no articles: "
              + String.join(", ", empty.subList(0, Math.min(20, empty.size())))
              + (empty.size() > 20 ? ", ..." : "")
              + " (shares there are undefined; the trend test leaves them out)");
    }
    if (counts.unassigned() > 0) {
      notes.add(
          counts.unassigned()
              + " articles had no theme assigned: they count in the totals, not in any theme");
    }
    if (!labels.isEmpty()) {
      LocalDate lastStart = period.start(counts.lastDate());
      LocalDate end = period.next(lastStart).minusDays(1);
      if (counts.lastDate().isBefore(end)) {
        notes.add(
            labels.get(labels.size() - 1)
                + " is partial: the latest article is dated "
                + counts.lastDate()
                + ", the "
                + period.code()
                + " ends "
                + end
                + " (its counts are low; its shares rest on fewer articles)");
      }
    }
    if (!counts.text() && counts.used() > 0) {
      notes.add(
          "the records carry no title or text, so there are no keywords:"
              + " run policy-themes classify with --keep-text to get them");
    }
    return notes;
  }

  private static List<Integer> series(TreeMap<LocalDate, Integer> map, List<LocalDate> starts) {
    List<Integer> values = new ArrayList<>(starts.size());
    for (LocalDate start : starts) {
      values.add(map == null ? 0 : map.getOrDefault(start, 0));
    }
    return values;
  }

  private static int total(Map<LocalDate, Integer> map) {
    return map == null ? 0 : map.values().stream().mapToInt(Integer::intValue).sum();
  }
}
