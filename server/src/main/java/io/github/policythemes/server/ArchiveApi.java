package io.github.policythemes.server;

import io.github.policythemes.index.IndexedArticle;
import io.github.policythemes.index.IndexedModel;
import io.github.policythemes.index.SearchResult;
import io.github.policythemes.index.SortOrder;
import io.github.policythemes.index.ThemeIndex;
import io.github.policythemes.index.ThemeMatch;
import io.github.policythemes.index.ThemeQuery;
import io.github.policythemes.index.TrendCounts;
import io.github.policythemes.trends.Period;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/search}, {@code /api/article} and {@code /api/trends}: the archive of {@code
 * --index}, opened read-only (so {@code policy-themes index} and {@code reindex} may write it while
 * the server runs; searches move to their new commits within {@value #REFRESH_MILLIS} ms). Results
 * are core's records, serialised as they are.
 */
final class ArchiveApi {
  static final long REFRESH_MILLIS = 2000;

  /** The most hits one page may have here. */
  static final int MAX_LIMIT = 100;

  private static final Set<String> FILTERS =
      Set.of("q", "theme", "match", "lang", "from", "to", "minScore");
  private static final Set<String> SEARCH =
      union(FILTERS, Set.of("sort", "offset", "limit", "snippets", "period"));
  private static final Set<String> TRENDS = union(FILTERS, Set.of("period"));

  private final ThemeIndex index;
  private long refreshed = System.currentTimeMillis();
  private volatile IndexedModel model;
  private volatile boolean reindexPending;

  ArchiveApi(ThemeIndex index) {
    this.index = index;
    this.model = index.model();
    this.reindexPending = index.reindexPending();
  }

  ThemeIndex index() {
    return index;
  }

  /** The model that classified the archive as of its latest commit (a reindex changes it). */
  IndexedModel model() throws IOException {
    maybeRefresh();
    return model;
  }

  /** Whether a reindex of the archive is unfinished, as of its latest commit. */
  boolean reindexPending() throws IOException {
    maybeRefresh();
    return reindexPending;
  }

  SearchResult search(Params params) throws IOException {
    params.requireKnown(SEARCH);
    ThemeQuery.Builder query = filters(params);
    String sort = params.string("sort");
    if (sort == null || sort.equals("relevance")) {
      query.sort(SortOrder.RELEVANCE);
    } else if (sort.startsWith("score:")) {
      query.sortByScoreOf(knownTheme(sort.substring(6), "sort"));
    } else {
      query.sort(
          switch (sort) {
            case "newest" -> SortOrder.NEWEST;
            case "oldest" -> SortOrder.OLDEST;
            default ->
                throw ApiException.badRequest(
                    "sort: '" + sort + "'; use relevance, newest, oldest or score:THEME");
          });
    }
    int offset = params.integer("offset", 0, 0, ThemeQuery.MAX_DEPTH - MAX_LIMIT);
    query.page(offset, params.integer("limit", ThemeQuery.DEFAULT_LIMIT, 0, MAX_LIMIT));
    query.snippets(params.integer("snippets", 2, 0, 5));
    query.trendPeriod(period(params.string("period")));
    return run(query);
  }

  /** Articles per period and per theme, and each theme's share of the period's articles. */
  Map<String, Object> trends(Params params) throws IOException {
    params.requireKnown(TRENDS);
    ThemeQuery.Builder query = filters(params);
    query.page(0, 0).snippets(0).trendPeriod(period(params.string("period")));
    SearchResult result = run(query);
    TrendCounts trend = result.trend();
    List<Map<String, Object>> themes = new ArrayList<>();
    for (TrendCounts.ThemeCounts theme : trend.themes()) {
      List<Double> shares = new ArrayList<>();
      for (int p = 0; p < trend.periods().size(); p++) {
        long articles = trend.articles().get(p);
        shares.add(articles == 0 ? 0.0 : round((double) theme.counts().get(p) / articles));
      }
      Map<String, Object> series = new LinkedHashMap<>();
      series.put("themeId", theme.themeId());
      series.put("total", theme.total());
      series.put("counts", theme.counts());
      series.put("shares", shares);
      themes.add(series);
    }
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("total", result.total());
    response.put("period", trend.period().code());
    response.put("periods", trend.periods());
    response.put("articles", trend.articles());
    response.put("themes", themes);
    return response;
  }

  IndexedArticle article(Params params) throws IOException {
    params.requireKnown(Set.of("id"));
    String id = params.string("id");
    if (id == null) {
      throw ApiException.badRequest("id: missing; give the article's id");
    }
    maybeRefresh();
    return index
        .get(id)
        .orElseThrow(() -> ApiException.notFound("no article with id '" + id + "' in the archive"));
  }

  private SearchResult run(ThemeQuery.Builder query) throws IOException {
    maybeRefresh();
    try {
      return index.search(query.build());
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  private ThemeQuery.Builder filters(Params params) {
    ThemeQuery.Builder query = ThemeQuery.builder();
    String words = params.string("q");
    if (words != null) {
      query.text(words);
    }
    List<String> themes = params.strings("theme");
    if (!themes.isEmpty()) {
      themes.forEach(theme -> knownTheme(theme, "theme"));
      query.themes(themes);
    }
    String match = params.string("match");
    if (match != null) {
      query.themeMatch(
          switch (match) {
            case "any" -> ThemeMatch.ANY;
            case "all" -> ThemeMatch.ALL;
            default -> throw ApiException.badRequest("match: '" + match + "'; use any or all");
          });
    }
    List<String> languages = params.strings("lang");
    if (!languages.isEmpty()) {
      List<io.github.policythemes.analysis.Language> codes = new ArrayList<>();
      for (String code : languages) {
        codes.add(ClassifyApi.language(code, "lang"));
      }
      query.languages(codes.toArray(io.github.policythemes.analysis.Language[]::new));
    }
    String from = params.string("from");
    if (from != null) {
      try {
        query.from(from);
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("from: " + e.getMessage());
      }
    }
    String to = params.string("to");
    if (to != null) {
      try {
        query.to(to);
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("to: " + e.getMessage());
      }
    }
    Double minScore = params.number("minScore", 0, 1);
    if (minScore != null) {
      query.minScore(minScore);
    }
    return query;
  }

  private String knownTheme(String id, String parameter) {
    List<String> known = model.themeIds();
    if (!known.contains(id)) {
      throw ApiException.badRequest(
          parameter + ": unknown theme '" + id + "'; the archive's themes are " + known);
    }
    return id;
  }

  private static Period period(String value) {
    if (value == null) {
      return Period.MONTH;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "month" -> Period.MONTH;
      case "quarter" -> Period.QUARTER;
      case "year" -> Period.YEAR;
      default ->
          throw ApiException.badRequest("period: '" + value + "'; use month, quarter or year");
    };
  }

  /* Searches move to the latest commit at most every REFRESH_MILLIS. A read-only ThemeIndex keeps
  the model it read when it was opened, so the model of the latest commit (which a reindex in
  another process changes) is read by opening the folder read-only for a moment. */
  private synchronized void maybeRefresh() throws IOException {
    long now = System.currentTimeMillis();
    if (now - refreshed >= REFRESH_MILLIS) {
      refreshed = now;
      index.refresh();
      try (ThemeIndex latest = ThemeIndex.openReadOnly(index.folder())) {
        model = latest.model();
        reindexPending = latest.reindexPending();
      }
    }
  }

  private static double round(double share) {
    return Math.round(share * 10_000) / 10_000.0;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
