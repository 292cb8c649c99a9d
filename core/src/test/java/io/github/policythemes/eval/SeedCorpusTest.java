package io.github.policythemes.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policythemes.taxonomy.Taxonomy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed corpus in {@code seeds/}: the contract the default model is trained on. */
class SeedCorpusTest {
  private static final Path SEEDS = Path.of("..", "seeds");
  private static final Set<String> FIELDS =
      Set.of("id", "lang", "title", "text", "labels", "genre", "date");
  private static final Set<String> GENRES =
      Set.of("news", "headline", "press-release", "announcement", "minutes", "op-ed", "abstract");
  private static final List<JsonNode> ARTICLES = new ArrayList<>();

  @BeforeAll
  static void read() throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(SEEDS.resolve("corpus"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
        for (String line : Files.readAllLines(file)) {
          ARTICLES.add(json.readTree(line));
        }
      }
    }
  }

  private static long count(String lang) {
    return ARTICLES.stream().filter(a -> a.get("lang").asText().equals(lang)).count();
  }

  @Test
  void everyArticle_hasTheSchemaAndValidValues() {
    Set<String> ids = new HashSet<>();
    for (JsonNode article : ARTICLES) {
      Set<String> fields = new HashSet<>();
      article.fieldNames().forEachRemaining(fields::add);
      assertThat(fields).as(article.toString()).isEqualTo(FIELDS);
      assertThat(ids.add(article.get("id").asText())).as("unique id").isTrue();
      assertThat(article.get("lang").asText()).isIn("en", "ko", "zh");
      assertThat(article.get("genre").asText()).isIn(GENRES);
      assertThat(article.get("text").asText()).isNotBlank();
      LocalDate date = LocalDate.parse(article.get("date").asText());
      assertThat(date).isBetween(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31));
      assertThat(article.get("labels").isArray()).isTrue();
    }
  }

  @Test
  void labels_belongToTheDefaultTaxonomy() {
    Taxonomy taxonomy = Taxonomy.builtIn(Taxonomy.DEFAULT_ID);
    for (JsonNode article : ARTICLES) {
      article
          .get("labels")
          .forEach(
              label ->
                  assertThat(taxonomy.contains(label.asText()))
                      .as(article.get("id").asText())
                      .isTrue());
    }
  }

  @Test
  void counts_meetTheCorpusQuotas() {
    assertThat(ARTICLES.size()).isGreaterThanOrEqualTo(5500);
    assertThat(count("en")).isGreaterThanOrEqualTo(2000);
    assertThat(count("ko")).isGreaterThanOrEqualTo(2000);
    assertThat(count("zh")).isGreaterThanOrEqualTo(1300);
    Map<String, Integer> minimum = Map.of("en", 120, "ko", 120, "zh", 70);
    for (String theme : Taxonomy.builtIn(Taxonomy.DEFAULT_ID).themeIds()) {
      for (Map.Entry<String, Integer> language : minimum.entrySet()) {
        long labelled =
            ARTICLES.stream()
                .filter(a -> a.get("lang").asText().equals(language.getKey()))
                .filter(a -> a.get("labels").toString().contains("\"" + theme + "\""))
                .count();
        assertThat(labelled)
            .as(theme + " in " + language.getKey())
            .isGreaterThanOrEqualTo(language.getValue());
      }
    }
    // a realistic stream: nearly half without a theme, as many headlines as articles
    long none = ARTICLES.stream().filter(a -> a.get("labels").isEmpty()).count();
    long several = ARTICLES.stream().filter(a -> a.get("labels").size() >= 2).count();
    long headlines =
        ARTICLES.stream().filter(a -> a.get("genre").asText().equals("headline")).count();
    assertThat(none).isGreaterThanOrEqualTo(ARTICLES.size() * 45 / 100);
    assertThat(several).isGreaterThanOrEqualTo(ARTICLES.size() * 15 / 100);
    assertThat(headlines).isGreaterThanOrEqualTo(ARTICLES.size() / 2);
  }

  @Test
  void noTwoArticles_shareMoreThanHalfTheirWordFiveGrams() {
    List<Set<String>> grams = new ArrayList<>();
    Map<String, List<Integer>> index = new HashMap<>();
    for (int i = 0; i < ARTICLES.size(); i++) {
      JsonNode article = ARTICLES.get(i);
      Set<String> set =
          fiveGrams(
              article.get("lang").asText(),
              article.get("title").asText() + " " + article.get("text").asText());
      grams.add(set);
      for (String gram : set) {
        index.computeIfAbsent(gram, k -> new ArrayList<>()).add(i);
      }
    }
    for (int i = 0; i < grams.size(); i++) {
      Map<Integer, Integer> shared = new HashMap<>();
      for (String gram : grams.get(i)) {
        for (int other : index.get(gram)) {
          if (other > i) {
            shared.merge(other, 1, Integer::sum);
          }
        }
      }
      for (Map.Entry<Integer, Integer> entry : shared.entrySet()) {
        int smaller = Math.min(grams.get(i).size(), grams.get(entry.getKey()).size());
        assertThat(entry.getValue())
            .as("%s and %s", ARTICLES.get(i).get("id"), ARTICLES.get(entry.getKey()).get("id"))
            .isLessThanOrEqualTo(smaller / 2);
      }
    }
  }

  @Test
  void samples_coverTheThreeLanguages() throws IOException {
    try (Stream<Path> files = Files.list(SEEDS.resolve("samples"))) {
      List<String> names = files.map(p -> p.getFileName().toString()).toList();
      assertThat(names).hasSizeBetween(12, 20);
      for (String prefix : List.of("en-", "ko-", "zh-")) {
        assertThat(names.stream().filter(n -> n.startsWith(prefix)).count())
            .isGreaterThanOrEqualTo(4);
      }
    }
  }

  /** Word 5-grams; Chinese has no spaces, so its "words" are characters. */
  private static Set<String> fiveGrams(String lang, String text) {
    List<String> words = new ArrayList<>();
    if (lang.equals("zh")) {
      text.codePoints()
          .filter(Character::isLetterOrDigit)
          .forEach(cp -> words.add(Character.toString(cp)));
    } else {
      for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (!word.isEmpty()) {
          words.add(word);
        }
      }
    }
    Set<String> grams = new HashSet<>();
    for (int i = 0; i + 5 <= words.size(); i++) {
      grams.add(String.join(" ", words.subList(i, i + 5)));
    }
    return grams;
  }
}
