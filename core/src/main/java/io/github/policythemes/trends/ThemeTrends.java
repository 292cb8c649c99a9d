package io.github.policythemes.trends;

import io.github.policythemes.article.ErrorRecord;
import io.github.policythemes.keywords.KeyTerm;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How themes move over time in a classified file: counts and shares per theme per period, per
 * language, co-occurrence of themes, distinctive keywords, and a rising/falling flag per theme.
 * Immutable and thread-safe.
 *
 * @param source the file or stream name
 * @param period the period the counts are by
 * @param periods the period labels, every period from the first to the last dated article,
 *     including empty ones
 * @param periodStarts the first day of each period
 * @param firstDate the date of the earliest counted article; null when none was counted
 * @param lastDate the date of the latest counted article; null when none was counted
 * @param articles dated articles per period
 * @param themes one series per theme, most frequent first
 * @param languages per language code, the articles and theme counts per period
 * @param coOccurrence articles assigned both themes, for every pair of {@link #themes()} (the
 *     diagonal holds each theme's total)
 * @param keywords per theme id, its distinctive keywords over all periods; empty without text
 * @param keywordsByPeriod per theme id, per period label, its distinctive keywords in that period
 * @param textPresent whether the records carried text (classify --keep-text)
 * @param linesRead records read (non-blank lines)
 * @param used records counted
 * @param skipped records skipped; {@code linesRead == used + skipped}
 * @param skippedLines the first {@value #MAX_SKIPPED_SHOWN} skipped records, each with its source,
 *     line, id when known and reason
 * @param notes what a reader of the results should know (no text, empty periods, ...)
 */
public record ThemeTrends(
    String source,
    Period period,
    List<String> periods,
    List<LocalDate> periodStarts,
    LocalDate firstDate,
    LocalDate lastDate,
    List<Integer> articles,
    List<ThemeSeries> themes,
    Map<String, LanguageSeries> languages,
    List<List<Integer>> coOccurrence,
    Map<String, List<KeyTerm>> keywords,
    Map<String, Map<String, List<KeyTerm>>> keywordsByPeriod,
    boolean textPresent,
    long linesRead,
    long used,
    long skipped,
    List<ErrorRecord> skippedLines,
    List<String> notes) {
  /** How many skipped lines are kept with their reasons. */
  public static final int MAX_SKIPPED_SHOWN = 1000;

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if the counts do not add up, the lists differ in length or the
   *     dates lie outside the periods
   */
  public ThemeTrends {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(period, "period");
    periods = List.copyOf(periods);
    periodStarts = List.copyOf(periodStarts);
    articles = List.copyOf(articles);
    themes = List.copyOf(themes);
    languages = copy(languages);
    coOccurrence = coOccurrence.stream().map(List::copyOf).toList();
    keywords = copy(keywords);
    Map<String, Map<String, List<KeyTerm>>> byPeriod = new LinkedHashMap<>();
    keywordsByPeriod.forEach((theme, map) -> byPeriod.put(theme, copy(map)));
    keywordsByPeriod = java.util.Collections.unmodifiableMap(byPeriod);
    skippedLines = List.copyOf(skippedLines);
    notes = List.copyOf(notes);
    if (linesRead != used + skipped) {
      throw new IllegalArgumentException(
          "read " + linesRead + " != used " + used + " + skipped " + skipped);
    }
    if (periodStarts.size() != periods.size() || articles.size() != periods.size()) {
      throw new IllegalArgumentException("period lists differ in length");
    }
    if ((firstDate == null) != periods.isEmpty()
        || (lastDate == null) != periods.isEmpty()
        || (firstDate != null
            && (firstDate.isBefore(periodStarts.get(0))
                || lastDate.isBefore(firstDate)
                || !lastDate.isBefore(period.next(periodStarts.get(periodStarts.size() - 1)))))) {
      throw new IllegalArgumentException(
          "first and last dates " + firstDate + ", " + lastDate + " do not fit the periods");
    }
  }

  /**
   * Returns whether the last period is partial: the latest article is dated before the period's
   * last day, so the data stop inside it (a month still running, an export cut mid-quarter). Its
   * counts are then low; its shares stay comparable but rest on fewer articles.
   *
   * @return true when the data end before the last period does
   */
  public boolean lastPeriodPartial() {
    if (periods.isEmpty()) {
      return false;
    }
    LocalDate end = period.next(periodStarts.get(periodStarts.size() - 1)).minusDays(1);
    return lastDate.isBefore(end);
  }

  /**
   * Returns the last day of the last period.
   *
   * @return the day, or null when there are no periods
   */
  public LocalDate lastPeriodEnd() {
    return periods.isEmpty()
        ? null
        : period.next(periodStarts.get(periodStarts.size() - 1)).minusDays(1);
  }

  private static <V> Map<String, V> copy(Map<String, V> map) {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /**
   * Returns the number of articles assigned both themes.
   *
   * @param a a theme id
   * @param b another (or the same) theme id
   * @return the count; 0 for an unknown theme
   */
  public int coOccurrence(String a, String b) {
    int i = indexOf(a);
    int j = indexOf(b);
    return i < 0 || j < 0 ? 0 : coOccurrence.get(i).get(j);
  }

  private int indexOf(String themeId) {
    for (int i = 0; i < themes.size(); i++) {
      if (themes.get(i).themeId().equals(themeId)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * One language over the periods.
   *
   * @param language the language code as the file gives it ({@code und} when missing)
   * @param articles its dated articles per period
   * @param themeCounts per theme id, its articles assigned the theme per period
   */
  public record LanguageSeries(
      String language, List<Integer> articles, Map<String, List<Integer>> themeCounts) {
    /** Validates and copies. */
    public LanguageSeries {
      Objects.requireNonNull(language, "language");
      articles = List.copyOf(articles);
      Map<String, List<Integer>> copy = new LinkedHashMap<>();
      themeCounts.forEach((theme, counts) -> copy.put(theme, List.copyOf(counts)));
      themeCounts = java.util.Collections.unmodifiableMap(copy);
    }
  }
}
