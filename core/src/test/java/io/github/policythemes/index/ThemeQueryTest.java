package io.github.policythemes.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policythemes.analysis.Language;
import io.github.policythemes.trends.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeQueryTest {
  @Test
  void build_defaults_firstPageByRelevance() {
    ThemeQuery query = ThemeQuery.all();
    assertThat(query.text()).isEmpty();
    assertThat(query.sort()).isEqualTo(SortOrder.RELEVANCE);
    assertThat(query.limit()).isEqualTo(ThemeQuery.DEFAULT_LIMIT);
    assertThat(query.trendPeriod()).isEqualTo(Period.MONTH);
  }

  @Test
  void fromAndTo_yearMonthOrDay_takeTheFirstAndLastDay() {
    assertThat(ThemeQuery.builder().from("2024").to("2024").build().fromDate())
        .contains(LocalDate.of(2024, 1, 1));
    assertThat(ThemeQuery.builder().from("2024").to("2024").build().toDate())
        .contains(LocalDate.of(2024, 12, 31));
    assertThat(ThemeQuery.builder().to("2024-02").build().toDate())
        .contains(LocalDate.of(2024, 2, 29));
    assertThat(ThemeQuery.builder().from("2024-02").build().fromDate())
        .contains(LocalDate.of(2024, 2, 1));
    assertThat(ThemeQuery.builder().from("2024-03-15").build().fromDate())
        .contains(LocalDate.of(2024, 3, 15));
    for (String bad : List.of("last-week", "2024-13", "24", "2024-02-30", "")) {
      assertThatThrownBy(() -> ThemeQuery.builder().from(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "'"
                  + bad
                  + "' is not a date: use a year, a month or a day (2024, 2024-03, 2024-03-15)");
    }
  }

  @Test
  void build_everything_roundTripsThroughJson() throws Exception {
    ThemeQuery query =
        ThemeQuery.builder()
            .text("메가시티 \"local finance\"")
            .themes("local-finance", "decentralization")
            .themeMatch(ThemeMatch.ALL)
            .minScore(0.4)
            .from(LocalDate.of(2024, 1, 1))
            .to(LocalDate.of(2024, 12, 31))
            .languages(Language.KO, Language.EN)
            .sortByScoreOf("local-finance")
            .page(20, 10)
            .snippets(1)
            .trendPeriod(Period.QUARTER)
            .build();
    ObjectMapper json = new ObjectMapper();
    String text = json.writeValueAsString(query);
    assertThat(text).contains("\"from\":\"2024-01-01\"").contains("\"languages\":[\"ko\",\"en\"]");
    assertThat(json.readValue(text, ThemeQuery.class)).isEqualTo(query);
    assertThat(query.fromDate()).contains(LocalDate.of(2024, 1, 1));
  }

  @Test
  void builder_badValues_failAtOnceNamingThem() {
    assertThatThrownBy(() -> ThemeQuery.builder().minScore(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minScore is 1.5");
    assertThatThrownBy(() -> ThemeQuery.builder().page(0, 5000))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ThemeQuery.builder().text("a").text("b"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("text was already set");
    assertThatThrownBy(() -> ThemeQuery.builder().trendPeriod(Period.WEEK))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                ThemeQuery.builder()
                    .from(LocalDate.of(2025, 1, 1))
                    .to(LocalDate.of(2024, 1, 1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is after");
    assertThatThrownBy(() -> ThemeQuery.builder().sort(SortOrder.THEME_SCORE))
        .hasMessageContaining("sortByScoreOf");
  }

  @Test
  void splitPhrases_quotedText_becomesPhrases() {
    List<String> phrases = new ArrayList<>();
    String rest = ArchiveQueries.splitPhrases("rail \"local finance\" reform \"open", phrases);
    assertThat(phrases).containsExactly("local finance");
    assertThat(rest).isEqualTo("rail   reform  open");
  }

  @Test
  void snippet_marked_wrapsEachHighlight() {
    Snippet snippet =
        new Snippet(
            "동남권메가시티 출범", 0, List.of(new Snippet.Highlight(3, 7), new Snippet.Highlight(8, 10)));
    assertThat(snippet.marked("<b>", "</b>")).isEqualTo("동남권<b>메가시티</b> <b>출범</b>");
    assertThatThrownBy(() -> new Snippet("short", 0, List.of(new Snippet.Highlight(2, 9))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
