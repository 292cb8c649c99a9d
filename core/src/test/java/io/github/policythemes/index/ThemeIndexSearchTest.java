package io.github.policythemes.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policythemes.analysis.Language;
import io.github.policythemes.article.RecordSource;
import io.github.policythemes.trends.Period;
import io.github.policythemes.trends.ThemeSeries;
import io.github.policythemes.trends.ThemeTrends;
import io.github.policythemes.trends.TrendAnalyzer;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Searches over the seed corpus and samples: words per language, filters, sorts, facets. */
class ThemeIndexSearchTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static SeedArchive seeds;
  private static List<JsonNode> records;

  @BeforeAll
  static void index() throws IOException {
    seeds = SeedArchive.get();
    records = new ArrayList<>();
    for (String line : seeds.classifiedLines()) {
      records.add(JSON.readTree(line));
    }
  }

  @Test
  void addAll_seeds_indexesEveryRecordOnce() throws IOException {
    assertThat(seeds.report.read()).isEqualTo(1205);
    assertThat(seeds.report.indexed()).isEqualTo(1205);
    assertThat(seeds.report.failed()).isZero();
    assertThat(seeds.index.size()).isEqualTo(1205);
    assertThat(seeds.index.ids()).hasSize(1205).contains("ko-a-0001", "zh-0001", "en-b-0001");
  }

  @Test
  void search_koreanCompoundPart_findsTheLongerWord() throws IOException {
    // 특별자치도 inside 강원특별자치도, 전북특별자치도, 제주특별자치도: Nori splits the compounds
    Set<String> expected = ids(r -> content(r).contains("특별자치도"));
    assertThat(expected).hasSizeGreaterThan(3);
    Set<String> found = allIds(ThemeQuery.builder().text("특별자치도"));
    assertThat(found).containsAll(expected);
    assertThat(found).allMatch(id -> record(id).path("lang").asText().equals("ko"));
  }

  @Test
  void search_chineseWord_findsArticlesWithIt() throws IOException {
    Set<String> found = allIds(ThemeQuery.builder().text("铁路"));
    assertThat(found).contains("zh-02-metro-commuting-rail.txt");
    assertThat(found).allMatch(id -> content(record(id)).contains("铁路"));
    assertThat(found.size()).isGreaterThanOrEqualTo(ids(r -> content(r).contains("铁路")).size() / 2);
  }

  @Test
  void search_englishPlural_findsTheSingular() throws IOException {
    Pattern singular = Pattern.compile("\\b[Cc]ouncil\\b(?!s)");
    Pattern plural = Pattern.compile("\\b[Cc]ouncils\\b");
    Set<String> onlySingular =
        ids(r -> singular.matcher(content(r)).find() && !plural.matcher(content(r)).find());
    assertThat(onlySingular).isNotEmpty();
    assertThat(allIds(ThemeQuery.builder().text("councils"))).containsAll(onlySingular);
  }

  @Test
  void search_phrase_needsTheWordsInOrder() throws IOException {
    SearchResult result =
        seeds.index.search(ThemeQuery.builder().text("\"local governments\"").page(0, 50).build());
    assertThat(result.total()).isPositive();
    for (SearchHit hit : result.hits()) {
      assertThat(content(record(hit.id())).toLowerCase()).containsPattern("local[- ]governments?");
    }
  }

  @Test
  void search_snippets_markTheMatchedWords() throws IOException {
    SearchHit hit =
        seeds.index.search(ThemeQuery.builder().text("铁路").page(0, 1).build()).hits().get(0);
    Snippet snippet = hit.snippets().get(0);
    assertThat(snippet.highlights()).isNotEmpty();
    Snippet.Highlight first = snippet.highlights().get(0);
    assertThat(snippet.text().substring(first.start(), first.end())).isEqualTo("铁路");
    assertThat(snippet.marked("[", "]")).contains("[铁路]");
    String content = content(record(hit.id()));
    assertThat(content.substring(snippet.start())).startsWith(snippet.text());
  }

  @Test
  void search_themeAndDates_filterExactly() throws IOException {
    LocalDate from = LocalDate.of(2024, 1, 1);
    LocalDate to = LocalDate.of(2024, 12, 31);
    Set<String> expected = ids(r -> assigned(r).contains("local-finance") && between(r, from, to));
    ThemeQuery.Builder query =
        ThemeQuery.builder().themes("local-finance").from(from).to(to).sort(SortOrder.OLDEST);
    SearchResult result = seeds.index.search(query.page(0, 1000).build());
    assertThat(result.total()).isEqualTo(expected.size());
    assertThat(result.hits().stream().map(SearchHit::id))
        .containsExactlyInAnyOrderElementsOf(expected);
    List<String> dates = result.hits().stream().map(SearchHit::date).toList();
    assertThat(dates).isSorted();
    assertThat(result.facets().years()).containsExactly(new FacetCount("2024", expected.size()));
  }

  @Test
  void search_allThemes_needsEveryTheme() throws IOException {
    Set<String> expected =
        ids(
            r ->
                assigned(r)
                    .containsAll(List.of("metropolitan-integration", "balanced-development")));
    Set<String> any =
        ids(
            r ->
                assigned(r).contains("metropolitan-integration")
                    || assigned(r).contains("balanced-development"));
    assertThat(
            allIds(
                ThemeQuery.builder()
                    .themes("metropolitan-integration", "balanced-development")
                    .themeMatch(ThemeMatch.ALL)))
        .isEqualTo(expected);
    assertThat(
            allIds(ThemeQuery.builder().themes("metropolitan-integration", "balanced-development")))
        .isEqualTo(any);
  }

  @Test
  void search_minScore_usesTheScoreNotTheAssignment() throws IOException {
    // classify's JSONL rounds scores to 4 decimals; the index keeps them whole
    Set<String> found = allIds(ThemeQuery.builder().themes("citizen-participation").minScore(0.3));
    assertThat(found).containsAll(ids(r -> score(r, "citizen-participation") >= 0.3001));
    assertThat(ids(r -> score(r, "citizen-participation") >= 0.2999)).containsAll(found);
    assertThat(found).isNotEmpty();
  }

  @Test
  void search_languages_keepsOnlyThose() throws IOException {
    SearchResult result =
        seeds.index.search(
            ThemeQuery.builder().languages(Language.ZH, Language.EN).page(0, 0).build());
    long expected = ids(r -> !r.path("lang").asText().equals("ko")).size();
    assertThat(result.total()).isEqualTo(expected);
    assertThat(result.facets().languages()).extracting(FacetCount::value).containsOnly("en", "zh");
  }

  @Test
  void search_sortByThemeScore_ranksByThatScore() throws IOException {
    SearchResult result =
        seeds.index.search(ThemeQuery.builder().sortByScoreOf("local-finance").page(0, 20).build());
    List<Double> scores =
        result.hits().stream().map(h -> score(record(h.id()), "local-finance")).toList();
    // FeatureField keeps about 3 significant digits: allow ties within that
    for (int i = 1; i < scores.size(); i++) {
      assertThat(scores.get(i)).isLessThanOrEqualTo(scores.get(i - 1) * 1.01);
    }
    double best = records.stream().mapToDouble(r -> score(r, "local-finance")).max().orElseThrow();
    assertThat(scores.get(0)).isGreaterThan(best * 0.99);
    assertThat(result.total()).isEqualTo(1205);
  }

  @Test
  void search_newest_sortsByDateThenPages() throws IOException {
    ThemeQuery first = ThemeQuery.builder().sort(SortOrder.NEWEST).page(0, 10).build();
    ThemeQuery second = ThemeQuery.builder().sort(SortOrder.NEWEST).page(10, 10).build();
    ThemeQuery both = ThemeQuery.builder().sort(SortOrder.NEWEST).page(0, 20).build();
    List<String> paged = new ArrayList<>();
    seeds.index.search(first).hits().forEach(h -> paged.add(h.id()));
    seeds.index.search(second).hits().forEach(h -> paged.add(h.id()));
    List<SearchHit> all = seeds.index.search(both).hits();
    assertThat(paged).isEqualTo(all.stream().map(SearchHit::id).toList());
    List<String> dates = all.stream().map(SearchHit::date).filter(d -> d != null).toList();
    assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void search_facets_countTheWholeMatchSet() throws IOException {
    SearchResult result = seeds.index.search(ThemeQuery.builder().page(0, 1).build());
    assertThat(result.total()).isEqualTo(1205);
    Map<String, Long> themes = new LinkedHashMap<>();
    records.forEach(r -> assigned(r).forEach(t -> themes.merge(t, 1L, Long::sum)));
    assertThat(result.facets().themes())
        .allSatisfy(f -> assertThat(f.count()).isEqualTo(themes.get(f.value())));
    assertThat(result.facets().themes()).hasSize(themes.size());
    Map<String, Long> languages =
        records.stream()
            .collect(Collectors.groupingBy(r -> r.path("lang").asText(), Collectors.counting()));
    assertThat(result.facets().languages())
        .allSatisfy(f -> assertThat(f.count()).isEqualTo(languages.get(f.value())));
    long months = result.facets().months().stream().mapToLong(FacetCount::count).sum();
    long quarters = result.facets().quarters().stream().mapToLong(FacetCount::count).sum();
    long dated = records.stream().filter(r -> r.hasNonNull("date")).count();
    assertThat(months).isEqualTo(dated);
    assertThat(quarters).isEqualTo(dated);
  }

  @Test
  void search_trendCounts_equalTheTrendsOfClassifyOutput() throws IOException {
    ThemeTrends trends =
        TrendAnalyzer.builder().period(Period.QUARTER).build().analyze(seeds.classified);
    TrendCounts counts =
        seeds
            .index
            .search(ThemeQuery.builder().trendPeriod(Period.QUARTER).page(0, 0).build())
            .trend();
    assertThat(counts.periods()).isEqualTo(trends.periods());
    assertThat(counts.articles())
        .isEqualTo(trends.articles().stream().map(Integer::longValue).toList());
    Map<String, List<Long>> fromTrends = new LinkedHashMap<>();
    for (ThemeSeries series : trends.themes()) {
      if (series.total() > 0) {
        fromTrends.put(series.themeId(), series.counts().stream().map(Integer::longValue).toList());
      }
    }
    Map<String, List<Long>> fromIndex = new LinkedHashMap<>();
    counts.themes().forEach(t -> fromIndex.put(t.themeId(), t.counts()));
    assertThat(fromIndex).isEqualTo(fromTrends);
  }

  @Test
  void classifiedJsonl_all_isWhatClassifyWrites() throws IOException {
    List<String> exported;
    try (BufferedReader lines = new BufferedReader(seeds.index.classifiedJsonl(ThemeQuery.all()))) {
      exported = lines.lines().toList();
    }
    assertThat(exported).isEqualTo(seeds.classifiedLines());
  }

  @Test
  void classifiedJsonl_trendAnalyzer_givesTheSameTrendsAsTheJsonl() throws IOException {
    TrendAnalyzer analyzer = TrendAnalyzer.builder().period(Period.MONTH).build();
    ThemeTrends fromFile = analyzer.analyze(seeds.classified);
    ThemeTrends fromIndex;
    try (Reader reader = seeds.index.classifiedJsonl(ThemeQuery.all())) {
      StringWriter text = new StringWriter();
      reader.transferTo(text);
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      fromIndex =
          analyzer.analyze(
              RecordSource.stream(
                  new ByteArrayInputStream(bytes),
                  seeds.classified.toString(),
                  TrendAnalyzer.readOptions("assigned").build()),
              seeds.classified.toString());
    }
    assertThat(fromIndex).isEqualTo(fromFile);
    assertThat(fromIndex.keywords()).isNotEmpty();
  }

  private static Set<String> allIds(ThemeQuery.Builder query) throws IOException {
    SearchResult result = seeds.index.search(query.page(0, ThemeQuery.MAX_LIMIT).build());
    assertThat(result.total()).isLessThanOrEqualTo(ThemeQuery.MAX_LIMIT);
    Set<String> ids = new HashSet<>();
    result.hits().forEach(h -> ids.add(h.id()));
    assertThat(ids).hasSize((int) result.total());
    return ids;
  }

  private static Set<String> ids(Predicate<JsonNode> test) {
    return records.stream()
        .filter(test)
        .map(r -> r.path("id").asText())
        .collect(Collectors.toSet());
  }

  private static JsonNode record(String id) {
    return records.stream().filter(r -> r.path("id").asText().equals(id)).findFirst().orElseThrow();
  }

  private static String content(JsonNode record) {
    String title = record.path("title").asText();
    String text = record.path("text").asText();
    return title.isEmpty() ? text : text.isEmpty() ? title : title + "\n\n" + text;
  }

  private static List<String> assigned(JsonNode record) {
    List<String> themes = new ArrayList<>();
    record.path("assigned").forEach(t -> themes.add(t.asText()));
    return themes;
  }

  private static double score(JsonNode record, String theme) {
    for (JsonNode score : record.path("themes")) {
      if (score.path("id").asText().equals(theme)) {
        return score.path("score").asDouble();
      }
    }
    return 0;
  }

  private static boolean between(JsonNode record, LocalDate from, LocalDate to) {
    if (!record.hasNonNull("date")) {
      return false;
    }
    LocalDate date = LocalDate.parse(record.path("date").asText());
    return !date.isBefore(from) && !date.isAfter(to);
  }
}
