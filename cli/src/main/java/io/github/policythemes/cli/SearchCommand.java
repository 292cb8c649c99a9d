package io.github.policythemes.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policythemes.analysis.Language;
import io.github.policythemes.classify.ThemeScore;
import io.github.policythemes.index.FacetCount;
import io.github.policythemes.index.SearchHit;
import io.github.policythemes.index.SearchResult;
import io.github.policythemes.index.Snippet;
import io.github.policythemes.index.SortOrder;
import io.github.policythemes.index.ThemeIndex;
import io.github.policythemes.index.ThemeMatch;
import io.github.policythemes.index.ThemeQuery;
import io.github.policythemes.trends.Period;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code policy-themes search}: finds articles in an archive by words, theme, date, language. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    header = "Search an archive by words, themes, dates and languages.",
    description = {
      "Search an archive that 'policy-themes index' made: words in any language (each"
          + " language's own analysis: 메가시티 finds 동남권메가시티; \"quoted words\" are a"
          + " phrase), themes, scores, dates and languages.",
      "Prints the hits with their passages, then the counts per theme, language, year and"
          + " quarter of every match. Reads the last commit, also while an index run is writing."
    })
final class SearchCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @ParentCommand Main main;

  @Mixin Verbosity verbosity;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "The archive.")
  java.nio.file.Path index;

  @Option(
      names = "--theme",
      paramLabel = "T",
      description =
          "Articles with this theme; repeat for several (any of them); default: any theme.")
  List<String> themes;

  @Option(names = "--all-themes", description = "With several --theme: articles with all of them.")
  boolean allThemes;

  @Option(
      names = "--min-score",
      paramLabel = "S",
      description =
          "Themes by score >= S (assigned or not) instead of by assignment; default: assigned.")
  Double minScore;

  @Option(
      names = "--from",
      paramLabel = "D",
      description = "From this day: 2024, 2024-03, 2024-03-15; default: the first article.")
  String from;

  @Option(
      names = "--to",
      paramLabel = "D",
      description = "Up to this day (inclusive), same forms; default: the last article.")
  String to;

  @Option(
      names = "--lang",
      paramLabel = "L",
      description = "Articles in this language; repeatable; default: every language.")
  List<String> languages;

  @Option(
      names = "--sort",
      defaultValue = "relevance",
      description = "relevance (newest without words), newest, oldest, score[:THEME].")
  String sort;

  @Option(names = "--limit", defaultValue = "10", description = "Hits to show (default 10).")
  int limit;

  @Option(names = "--offset", defaultValue = "0", description = "Hits to pass over (paging).")
  int offset;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, or jsonl: one line per hit, then one with total, facets and trend.")
  String format;

  @Option(
      names = "--by",
      defaultValue = "month",
      description = "Period of the trend counts in jsonl: month, quarter or year.")
  String by;

  @Parameters(paramLabel = "QUERY", description = "Words; none for every article.")
  List<String> words;

  @Override
  public Integer call() throws IOException {
    verbosity.check();
    if (!format.equals("table") && !format.equals("jsonl")) {
      throw new UsageException("--format is table or jsonl, not " + format);
    }
    ThemeQuery query = query();
    PrintWriter out = spec.commandLine().getOut();
    try (ThemeIndex archive = ThemeIndex.openReadOnly(index)) {
      SearchResult result = archive.search(query);
      if (format.equals("jsonl")) {
        for (SearchHit hit : result.hits()) {
          out.println(JSON.writeValueAsString(hit));
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("total", result.total());
        summary.put("offset", result.offset());
        summary.put("facets", result.facets());
        summary.put("trend", result.trend());
        out.println(JSON.writeValueAsString(summary));
      } else {
        table(out, result);
      }
    }
    out.flush();
    return Main.OK;
  }

  private ThemeQuery query() {
    ThemeQuery.Builder query = ThemeQuery.builder();
    if (words != null && !words.isEmpty()) {
      query.text(String.join(" ", words));
    }
    if (themes != null) {
      query.themes(themes);
    }
    if (allThemes) {
      query.themeMatch(ThemeMatch.ALL);
    }
    if (minScore != null) {
      query.minScore(minScore);
    }
    if (from != null) {
      try {
        query.from(from);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--from " + e.getMessage());
      }
    }
    if (to != null) {
      try {
        query.to(to);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--to " + e.getMessage());
      }
    }
    if (languages != null) {
      query.languages(languages.stream().map(Language::fromCode).toArray(Language[]::new));
    }
    sort(query);
    query.page(offset, limit);
    query.trendPeriod(Period.parse(by));
    return query.build();
  }

  private void sort(ThemeQuery.Builder query) {
    String value = sort.toLowerCase(Locale.ROOT);
    if (value.equals("score") || value.startsWith("score:")) {
      String theme = value.equals("score") ? null : sort.substring(6);
      if (theme == null && (themes == null || themes.isEmpty())) {
        throw new UsageException("--sort score needs a theme: --sort score:THEME or a --theme");
      }
      query.sortByScoreOf(theme != null ? theme : themes.get(0));
      return;
    }
    switch (value) {
      case "relevance" -> query.sort(SortOrder.RELEVANCE);
      case "newest" -> query.sort(SortOrder.NEWEST);
      case "oldest" -> query.sort(SortOrder.OLDEST);
      default ->
          throw new UsageException(
              "--sort is relevance, newest, oldest or score[:THEME], not " + sort);
    }
  }

  private static void table(PrintWriter out, SearchResult result) {
    int first = result.offset() + 1;
    int last = result.offset() + result.hits().size();
    out.printf(
        Locale.ROOT,
        "%,d articles match%s%n",
        result.total(),
        result.hits().isEmpty() ? "" : String.format(Locale.ROOT, "; %d-%d:", first, last));
    for (SearchHit hit : result.hits()) {
      out.printf(
          Locale.ROOT,
          "%n%-10s  %-3s  %s  %s%n",
          hit.date() == null ? "-" : hit.date(),
          hit.lang(),
          hit.id(),
          hit.title().isEmpty() ? "" : oneLine(hit.title()));
      out.println("                 " + themes(hit));
      for (Snippet snippet : hit.snippets()) {
        out.println("                 " + oneLine(snippet.marked("«", "»")));
      }
    }
    out.println();
    facet(out, "themes", result.facets().themes());
    facet(out, "languages", result.facets().languages());
    facet(out, "years", result.facets().years());
    facet(out, "quarters", result.facets().quarters());
  }

  private static String themes(SearchHit hit) {
    List<ThemeScore> assigned = hit.themes().stream().filter(ThemeScore::assigned).toList();
    List<ThemeScore> shown =
        assigned.isEmpty() ? hit.themes().stream().limit(1).toList() : assigned;
    String text =
        shown.stream()
            .map(t -> String.format(Locale.ROOT, "%s %.2f", t.themeId(), t.score()))
            .collect(Collectors.joining(", "));
    return assigned.isEmpty() ? "(" + text + ")" : text;
  }

  private static void facet(PrintWriter out, String name, List<FacetCount> counts) {
    if (counts.isEmpty()) {
      return;
    }
    out.printf(
        Locale.ROOT,
        "%-10s %s%n",
        name,
        counts.stream().map(c -> c.value() + " " + c.count()).collect(Collectors.joining(", ")));
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
