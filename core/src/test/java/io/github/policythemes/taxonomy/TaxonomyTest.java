package io.github.policythemes.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policythemes.analysis.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyTest {
  @TempDir Path dir;

  private static final String MINIMAL =
      """
      {"id": "mine", "version": "2", "languages": ["en", "ko"],
       "themes": [
         {"id": "housing", "label": {"en": "Housing", "ko": "주거"},
          "keywords": {"en": {"rent": 0.6, "public housing": 1.0}}},
         {"id": "transport", "label": {"en": "Transport"}}
       ]}
      """;

  private Path write(String json) throws IOException {
    Path file = dir.resolve("themes.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void builtIn_regionalGovernance_hasExactlyTheTenThemesWithRichKeywords() {
    Taxonomy taxonomy = Taxonomy.builtIn("regional-governance");
    assertThat(taxonomy.themeIds())
        .containsExactly(
            "decentralization",
            "local-finance",
            "metropolitan-integration",
            "balanced-development",
            "lagging-regions",
            "small-medium-cities",
            "intergovernmental-cooperation",
            "international-exchange",
            "citizen-participation",
            "regional-economy");
    assertThat(taxonomy.multiLabel()).isTrue();
    assertThat(taxonomy.languages()).containsExactly(Language.EN, Language.KO, Language.ZH);
    for (Theme theme : taxonomy.themes()) {
      assertThat(theme.keywords(Language.EN)).as(theme.id()).hasSizeGreaterThanOrEqualTo(30);
      assertThat(theme.keywords(Language.KO)).as(theme.id()).hasSizeGreaterThanOrEqualTo(30);
      assertThat(theme.keywords(Language.ZH)).as(theme.id()).hasSizeGreaterThanOrEqualTo(12);
      assertThat(theme.labels()).containsKeys(Language.EN, Language.KO, Language.ZH);
      assertThat(theme.definition()).hasSizeGreaterThan(100);
    }
    assertThat(taxonomy.theme("lagging-regions").orElseThrow().keywords(Language.KO))
        .extracting(Keyword::phrase)
        .contains("지방소멸대응기금");
  }

  @Test
  void builtIn_capMajorTopics_isSingleLabelWithTheCapCodes() {
    Taxonomy taxonomy = Taxonomy.builtIn("cap-major-topics");
    assertThat(taxonomy.multiLabel()).isFalse();
    assertThat(taxonomy.themeIds())
        .containsExactly(
            "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "12", "13", "14", "15", "16", "17",
            "18", "19", "20", "21", "23", "99");
    assertThat(taxonomy.theme("18").orElseThrow().label(Language.EN)).isEqualTo("Foreign Trade");
  }

  @Test
  void builtIn_unknownId_listsTheBuiltInIds() {
    assertThatThrownBy(() -> Taxonomy.builtIn("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("regional-governance, cap-major-topics");
    assertThat(Taxonomy.builtInIds()).startsWith(Taxonomy.DEFAULT_ID);
  }

  @Test
  void read_minimalFile_parsesThemesLabelsAndKeywords() throws IOException {
    Taxonomy taxonomy = Taxonomy.read(write(MINIMAL));
    assertThat(taxonomy.id()).isEqualTo("mine");
    assertThat(taxonomy.multiLabel()).isTrue();
    Theme housing = taxonomy.theme("housing").orElseThrow();
    assertThat(housing.label(Language.KO)).isEqualTo("주거");
    assertThat(housing.keywords(Language.EN))
        .containsExactly(new Keyword("rent", 0.6), new Keyword("public housing", 1.0));
    assertThat(taxonomy.theme("transport").orElseThrow().label(Language.ZH)).isEqualTo("Transport");
  }

  @Test
  void write_thenRead_roundTrips() throws IOException {
    Taxonomy original = Taxonomy.builtIn("regional-governance");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    original.write(out);
    Taxonomy copy = Taxonomy.read(write(out.toString(StandardCharsets.UTF_8)));
    assertThat(copy.themes()).isEqualTo(original.themes());
    assertThat(copy.name()).isEqualTo(original.name());
    assertThat(copy.version()).isEqualTo(original.version());
  }

  @Test
  void read_unknownField_namesFileAndPath() throws IOException {
    Path file =
        write(
            MINIMAL.replace(
                "\"label\": {\"en\": \"Transport\"}",
                "\"label\": {\"en\": \"Transport\"}, \"colour\": 1"));
    assertThatThrownBy(() -> Taxonomy.read(file))
        .isInstanceOf(TaxonomyFormatException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("$.themes[1]")
        .hasMessageContaining("unknown field 'colour'");
  }

  @Test
  void read_duplicateThemeId_isRejected() throws IOException {
    Path file = write(MINIMAL.replace("\"id\": \"transport\"", "\"id\": \"housing\""));
    assertThatThrownBy(() -> Taxonomy.read(file))
        .isInstanceOf(TaxonomyFormatException.class)
        .hasMessageContaining("$.themes[1].id")
        .hasMessageContaining("duplicate theme id 'housing'");
  }

  @Test
  void read_emptyLabel_isRejected() throws IOException {
    Path file = write(MINIMAL.replace("\"ko\": \"주거\"", "\"ko\": \"  \""));
    assertThatThrownBy(() -> Taxonomy.read(file))
        .isInstanceOf(TaxonomyFormatException.class)
        .hasMessageContaining("$.themes[0].label.ko")
        .hasMessageContaining("non-empty");
  }

  @Test
  void read_badWeights_areRejected() throws IOException {
    for (String weight : List.of("1.5", "0", "-0.2", "\"high\"")) {
      Path file = write(MINIMAL.replace("\"rent\": 0.6", "\"rent\": " + weight));
      assertThatThrownBy(() -> Taxonomy.read(file))
          .as(weight)
          .isInstanceOf(TaxonomyFormatException.class)
          .hasMessageContaining("$.themes[0].keywords.en['rent']")
          .hasMessageContaining("(0, 1]");
    }
  }

  @Test
  void read_duplicateJsonKey_isRejected() throws IOException {
    Path file = write(MINIMAL.replace("\"rent\": 0.6", "\"rent\": 0.6, \"rent\": 0.7"));
    assertThatThrownBy(() -> Taxonomy.read(file))
        .isInstanceOf(TaxonomyFormatException.class)
        .hasMessageContaining("Duplicate field 'rent'");
  }

  @Test
  void read_keywordLanguageNotListed_isRejected() throws IOException {
    Path file = write(MINIMAL.replace("\"keywords\": {\"en\"", "\"keywords\": {\"zh\""));
    assertThatThrownBy(() -> Taxonomy.read(file))
        .isInstanceOf(TaxonomyFormatException.class)
        .hasMessageContaining("$.themes[0].keywords.zh")
        .hasMessageContaining("not in $.languages");
  }

  @Test
  void read_notJson_namesTheFile() throws IOException {
    Path file = write("{\"id\": \"x\", ");
    assertThatThrownBy(() -> Taxonomy.read(file))
        .isInstanceOf(TaxonomyFormatException.class)
        .hasMessageStartingWith(file + ": not valid JSON");
  }

  @Test
  void read_missingThemes_isRejected() throws IOException {
    Path file =
        write("{\"id\": \"x\", \"version\": \"1\", \"languages\": [\"en\"], \"themes\": []}");
    assertThatThrownBy(() -> Taxonomy.read(file))
        .isInstanceOf(TaxonomyFormatException.class)
        .hasMessageContaining("$.themes: must be a non-empty array");
  }

  @Test
  void ofLabels_makesOneThemePerLabel() {
    Taxonomy taxonomy = Taxonomy.ofLabels("bbc", List.of("business", "sport"), false);
    assertThat(taxonomy.themeIds()).containsExactly("business", "sport");
    assertThat(taxonomy.multiLabel()).isFalse();
    assertThatThrownBy(() -> Taxonomy.ofLabels("x", List.of("a", "a"), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two themes with id 'a'");
  }

  @Test
  void resolve_acceptsBuiltInIdsAndFiles() throws IOException {
    assertThat(Taxonomy.resolve("cap-major-topics").id()).isEqualTo("cap-major-topics");
    assertThat(Taxonomy.resolve(write(MINIMAL).toString()).id()).isEqualTo("mine");
    assertThatThrownBy(() -> Taxonomy.resolve("no-such"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("neither a built-in taxonomy");
  }
}
