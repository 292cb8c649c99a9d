package io.github.policythemes.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policythemes.classify.TermContribution;
import io.github.policythemes.classify.ThemeEvidence;
import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightsTest {
  static ThemeEvidence evidence(String theme, String... terms) {
    return new ThemeEvidence(
        theme,
        theme,
        0.9,
        java.util.Arrays.stream(terms).map(t -> new TermContribution(t, 1.0)).toList(),
        List.of());
  }

  @Test
  void latinTerms_matchWholeWordsWithoutRegardToCase() {
    String text = "City budget: the city's capacity. CITY hall";
    List<Highlights.Span> spans = Highlights.find(text, List.of(evidence("a", "city")));
    assertThat(spans)
        .extracting(s -> text.substring(s.start(), s.end()))
        .containsExactly("City", "city", "CITY");
  }

  @Test
  void koreanTerms_matchInsideWordsWithParticles() {
    String text = "지방재정이 어렵다. 지방재정을 늘린다.";
    List<Highlights.Span> spans = Highlights.find(text, List.of(evidence("a", "지방재정")));
    assertThat(spans).extracting(Highlights.Span::start).containsExactly(0, 11);
  }

  @Test
  void overlaps_keepTheLongest_andATermOfTwoThemesNamesBoth() {
    String text = "participatory budget and budget";
    List<Highlights.Span> spans =
        Highlights.find(
            text,
            List.of(
                evidence("citizen-participation", "participatory budget", "budget"),
                evidence("local-finance", "budget")));
    assertThat(spans)
        .extracting(s -> text.substring(s.start(), s.end()))
        .containsExactly("participatory budget", "budget");
    assertThat(spans.get(1).themes()).containsExactly("citizen-participation", "local-finance");
  }

  @Test
  void noEvidence_noSpans() {
    assertThat(Highlights.find("text", List.of())).isEmpty();
  }
}
