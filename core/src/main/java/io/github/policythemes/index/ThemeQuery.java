package io.github.policythemes.index;

import io.github.policythemes.analysis.Language;
import io.github.policythemes.trends.Period;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A search of a {@link ThemeIndex}: words in any language, themes, a minimum score, a date range
 * and languages, how to sort, which page, and the period of the trend counts.
 *
 * <p>Words are analysed for each language with that language's words chain (Nori for Korean, so
 * {@code 메가시티} finds {@code 동남권메가시티}; SmartCN for Chinese; stemmed English, so {@code councils}
 * finds {@code council}); every word must occur in the title or text. Text in double quotes is a
 * phrase. No words matches every article.
 *
 * <p>A theme matches the articles it is assigned to; with a minimum score, the articles whose score
 * for it is at least that, assigned or not. Without themes, a minimum score asks for at least one
 * theme of the model with that score.
 *
 * <p>Immutable and thread-safe. Dates are ISO strings and languages codes, so a query serialises to
 * JSON as it is (and a record made from JSON is validated like one from the builder).
 *
 * <pre>{@code
 * ThemeQuery query = ThemeQuery.builder()
 *     .text("메가시티")
 *     .themes("metropolitan-integration")
 *     .from(LocalDate.of(2024, 1, 1))
 *     .languages(Language.KO, Language.EN)
 *     .sort(SortOrder.NEWEST)
 *     .build();
 * }</pre>
 *
 * @param text the words; empty for every article
 * @param themes theme ids; empty for no theme filter
 * @param themeMatch whether an article needs any or all of the themes
 * @param minScore the lowest theme score in [0, 1], or null for none
 * @param from the first day (ISO date, inclusive), or null
 * @param to the last day (ISO date, inclusive), or null
 * @param languages language codes ({@code en}, {@code ko}, ...); empty for all
 * @param sort the order of the hits
 * @param sortTheme the theme to sort by with {@link SortOrder#THEME_SCORE}, else null
 * @param offset how many hits to pass over (paging), at least 0
 * @param limit how many hits to return, 0 (facets only) to {@value #MAX_LIMIT}
 * @param snippets highlighted passages per hit, 0 to 5
 * @param trendPeriod the period of {@link SearchResult#trend()}: month, quarter or year
 */
public record ThemeQuery(
    String text,
    List<String> themes,
    ThemeMatch themeMatch,
    Double minScore,
    String from,
    String to,
    List<String> languages,
    SortOrder sort,
    String sortTheme,
    int offset,
    int limit,
    int snippets,
    Period trendPeriod) {
  /** The most hits one page may have. */
  public static final int MAX_LIMIT = 1000;

  /** How deep paging may go: offset + limit. */
  public static final int MAX_DEPTH = 100_000;

  /** Hits per page by default. */
  public static final int DEFAULT_LIMIT = 10;

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if a value is out of range or the values contradict each other
   *     (the message names the parameter and the value)
   */
  public ThemeQuery {
    text = text == null ? "" : text.strip();
    themes = themes == null ? List.of() : List.copyOf(themes);
    themeMatch = themeMatch == null ? ThemeMatch.ANY : themeMatch;
    languages = languages == null ? List.of() : List.copyOf(languages);
    sort = sort == null ? SortOrder.RELEVANCE : sort;
    trendPeriod = trendPeriod == null ? Period.MONTH : trendPeriod;
    for (String theme : themes) {
      if (theme.isBlank()) {
        throw new IllegalArgumentException("themes: a theme id is blank");
      }
    }
    for (String code : languages) {
      Language.fromCodeOrOther(code);
    }
    if (minScore != null && !(minScore >= 0 && minScore <= 1)) {
      throw new IllegalArgumentException("minScore is " + minScore + ", must be in [0, 1]");
    }
    LocalDate first = date("from", from);
    LocalDate last = date("to", to);
    if (first != null && last != null && first.isAfter(last)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
    if ((sort == SortOrder.THEME_SCORE) != (sortTheme != null)) {
      throw new IllegalArgumentException(
          "sortTheme goes with sort THEME_SCORE and only with it (sort "
              + sort
              + ", sortTheme "
              + sortTheme
              + ")");
    }
    if (offset < 0 || limit < 0 || limit > MAX_LIMIT || (long) offset + limit > MAX_DEPTH) {
      throw new IllegalArgumentException(
          "offset "
              + offset
              + " and limit "
              + limit
              + ": need offset >= 0, 0 <= limit <= "
              + MAX_LIMIT
              + ", offset + limit <= "
              + MAX_DEPTH);
    }
    if (snippets < 0 || snippets > 5) {
      throw new IllegalArgumentException("snippets is " + snippets + ", must be 0 to 5");
    }
    if (trendPeriod == Period.WEEK) {
      throw new IllegalArgumentException(
          "trendPeriod week is not counted by the index: use month, quarter or year");
    }
  }

  /**
   * Returns a query for every article, first page, relevance order.
   *
   * @return the query
   */
  public static ThemeQuery all() {
    return builder().build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the first day as a date.
   *
   * @return the first day, empty when the range is open at the start
   */
  public Optional<LocalDate> fromDate() {
    return Optional.ofNullable(from).map(LocalDate::parse);
  }

  /**
   * Returns the last day as a date.
   *
   * @return the last day, empty when the range is open at the end
   */
  public Optional<LocalDate> toDate() {
    return Optional.ofNullable(to).map(LocalDate::parse);
  }

  private static LocalDate date(String name, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " '" + value + "' is not an ISO date (2024-03-01)");
    }
  }

  /**
   * Builds a {@link ThemeQuery}. Each setter checks its value at once and may be called only once.
   * Not thread-safe.
   */
  public static final class Builder {
    private String text;
    private List<String> themes;
    private ThemeMatch themeMatch;
    private Double minScore;
    private LocalDate from;
    private LocalDate to;
    private List<String> languages;
    private SortOrder sort;
    private String sortTheme;
    private Integer offset;
    private Integer limit;
    private Integer snippets;
    private Period trendPeriod;

    private Builder() {}

    /**
     * Sets the words.
     *
     * @param words words in any language; text in double quotes is a phrase
     * @return this builder
     * @throws IllegalStateException if they were already set
     */
    public Builder text(String words) {
      requireUnset(text, "text");
      text = Objects.requireNonNull(words, "words");
      return this;
    }

    /**
     * Sets the themes an article must have (any of them unless {@link #themeMatch} says all).
     *
     * @param ids theme ids
     * @return this builder
     * @throws IllegalArgumentException if an id is blank
     * @throws IllegalStateException if they were already set
     */
    public Builder themes(String... ids) {
      return themes(List.of(ids));
    }

    /**
     * Sets the themes an article must have.
     *
     * @param ids theme ids
     * @return this builder
     * @throws IllegalArgumentException if an id is blank
     * @throws IllegalStateException if they were already set
     */
    public Builder themes(List<String> ids) {
      requireUnset(themes, "themes");
      for (String id : ids) {
        if (id == null || id.isBlank()) {
          throw new IllegalArgumentException("themes: a theme id is blank");
        }
      }
      themes = List.copyOf(ids);
      return this;
    }

    /**
     * Sets whether an article needs any or all of the themes (default any).
     *
     * @param match any or all
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder themeMatch(ThemeMatch match) {
      requireUnset(themeMatch, "themeMatch");
      themeMatch = Objects.requireNonNull(match, "match");
      return this;
    }

    /**
     * Sets the lowest theme score (see the class comment for what it applies to).
     *
     * @param score in [0, 1]
     * @return this builder
     * @throws IllegalArgumentException if score is out of range
     * @throws IllegalStateException if it was already set
     */
    public Builder minScore(double score) {
      requireUnset(minScore, "minScore");
      if (!(score >= 0 && score <= 1)) {
        throw new IllegalArgumentException("minScore is " + score + ", must be in [0, 1]");
      }
      minScore = score;
      return this;
    }

    /**
     * Sets the first day; articles without a date then no longer match.
     *
     * @param day the first day, inclusive
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder from(LocalDate day) {
      requireUnset(from, "from");
      from = Objects.requireNonNull(day, "day");
      return this;
    }

    /**
     * Sets the last day; articles without a date then no longer match.
     *
     * @param day the last day, inclusive
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder to(LocalDate day) {
      requireUnset(to, "to");
      to = Objects.requireNonNull(day, "day");
      return this;
    }

    /**
     * Sets the first day from a year, a month or a day: {@code 2024} is from 1 January 2024, {@code
     * 2024-03} from 1 March, {@code 2024-03-15} from that day.
     *
     * @param value a year, a month or a day
     * @return this builder
     * @throws IllegalArgumentException if value is none of these
     * @throws IllegalStateException if it was already set
     */
    public Builder from(String value) {
      return from(day(value, false));
    }

    /**
     * Sets the last day from a year, a month or a day: {@code 2024} is up to 31 December 2024,
     * {@code 2024-03} up to 31 March, {@code 2024-03-15} up to that day.
     *
     * @param value a year, a month or a day
     * @return this builder
     * @throws IllegalArgumentException if value is none of these
     * @throws IllegalStateException if it was already set
     */
    public Builder to(String value) {
      return to(day(value, true));
    }

    private static LocalDate day(String value, boolean last) {
      Objects.requireNonNull(value, "value");
      try {
        if (value.matches("\\d{4}")) {
          int year = Integer.parseInt(value);
          return last ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
        }
        if (value.matches("\\d{4}-\\d{2}")) {
          YearMonth month = YearMonth.parse(value);
          return last ? month.atEndOfMonth() : month.atDay(1);
        }
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "'"
                + value
                + "' is not a date: use a year, a month or a day (2024, 2024-03, 2024-03-15)",
            e);
      }
    }

    /**
     * Sets the languages an article must be in (any of them).
     *
     * @param values the languages
     * @return this builder
     * @throws IllegalStateException if they were already set
     */
    public Builder languages(Language... values) {
      requireUnset(languages, "languages");
      List<String> codes = new ArrayList<>();
      for (Language language : values) {
        codes.add(language.code());
      }
      languages = List.copyOf(codes);
      return this;
    }

    /**
     * Sets the order (default relevance). For {@link SortOrder#THEME_SCORE} use {@link
     * #sortByScoreOf(String)}.
     *
     * @param order the order
     * @return this builder
     * @throws IllegalArgumentException if order is THEME_SCORE
     * @throws IllegalStateException if the order was already set
     */
    public Builder sort(SortOrder order) {
      requireUnset(sort, "sort");
      if (order == SortOrder.THEME_SCORE) {
        throw new IllegalArgumentException("sort THEME_SCORE needs a theme: use sortByScoreOf");
      }
      sort = Objects.requireNonNull(order, "order");
      return this;
    }

    /**
     * Orders by one theme's score, highest first.
     *
     * @param themeId the theme
     * @return this builder
     * @throws IllegalArgumentException if themeId is blank
     * @throws IllegalStateException if the order was already set
     */
    public Builder sortByScoreOf(String themeId) {
      requireUnset(sort, "sort");
      if (themeId == null || themeId.isBlank()) {
        throw new IllegalArgumentException("sortByScoreOf: theme id is blank");
      }
      sort = SortOrder.THEME_SCORE;
      sortTheme = themeId;
      return this;
    }

    /**
     * Sets which page: how many hits to pass over and how many to return.
     *
     * @param skip hits passed over, at least 0
     * @param size hits returned, 0 to {@value ThemeQuery#MAX_LIMIT} (default {@value
     *     ThemeQuery#DEFAULT_LIMIT})
     * @return this builder
     * @throws IllegalArgumentException if a value is out of range
     * @throws IllegalStateException if the page was already set
     */
    public Builder page(int skip, int size) {
      requireUnset(offset, "page");
      if (skip < 0 || size < 0 || size > MAX_LIMIT || (long) skip + size > MAX_DEPTH) {
        throw new IllegalArgumentException(
            "page(" + skip + ", " + size + "): need skip >= 0, 0 <= size <= " + MAX_LIMIT);
      }
      offset = skip;
      limit = size;
      return this;
    }

    /**
     * Sets how many highlighted passages each hit carries (default 2).
     *
     * @param passages 0 to 5
     * @return this builder
     * @throws IllegalArgumentException if passages is out of range
     * @throws IllegalStateException if it was already set
     */
    public Builder snippets(int passages) {
      requireUnset(snippets, "snippets");
      if (passages < 0 || passages > 5) {
        throw new IllegalArgumentException("snippets is " + passages + ", must be 0 to 5");
      }
      snippets = passages;
      return this;
    }

    /**
     * Sets the period of the trend counts (default month).
     *
     * @param period month, quarter or year
     * @return this builder
     * @throws IllegalArgumentException if period is week
     * @throws IllegalStateException if it was already set
     */
    public Builder trendPeriod(Period period) {
      requireUnset(trendPeriod, "trendPeriod");
      if (period == Period.WEEK) {
        throw new IllegalArgumentException("trendPeriod week: use month, quarter or year");
      }
      trendPeriod = Objects.requireNonNull(period, "period");
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the immutable query
     * @throws IllegalArgumentException if the values contradict each other (from after to)
     */
    public ThemeQuery build() {
      return new ThemeQuery(
          text,
          themes,
          themeMatch,
          minScore,
          from == null ? null : from.toString(),
          to == null ? null : to.toString(),
          languages,
          sort,
          sortTheme,
          offset == null ? 0 : offset,
          limit == null ? DEFAULT_LIMIT : limit,
          snippets == null ? 2 : snippets,
          trendPeriod);
    }

    private static void requireUnset(Object value, String name) {
      if (value != null) {
        throw new IllegalStateException(name + " was already set to " + value);
      }
    }
  }
}
