package io.github.policythemes.keywords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.policythemes.analysis.Language;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeynessAnalyzerTest {
  @Test
  void logLikelihood_knownTable_matchesTheHandComputedValue() {
    // a = 10 in a group of 1,000, b = 10 in a rest of 10,000:
    // E1 = 1000 * 20 / 11000 = 1.818, E2 = 18.18; G2 = 2 (10 ln(10/1.818) + 10 ln(10/18.18))
    double expected =
        2 * (10 * Math.log(10 / (20000.0 / 11000)) + 10 * Math.log(10 / (200000.0 / 11000)));
    assertThat(KeynessAnalyzer.logLikelihood(10, 10, 1000, 10000))
        .isCloseTo(expected, within(1e-9));
    assertThat(KeynessAnalyzer.logLikelihood(5, 50, 100, 1000)).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void distinctive_groups_getTheirOwnTermsFirst() {
    GroupTermCounts counts = new GroupTermCounts();
    for (int i = 0; i < 5; i++) {
      counts.add(
          List.of("transport"), "Bus routes and rail lines for commuters; bus fares.", Language.EN);
      counts.add(
          List.of("housing"), "Rent and public housing for tenants; rent caps.", Language.EN);
      counts.add(List.of(), "The council met on Monday about budget matters.", Language.EN);
    }
    Map<String, List<KeyTerm>> terms = KeynessAnalyzer.builder().top(3).build().distinctive(counts);
    assertThat(terms.keySet()).containsExactly("transport", "housing");
    assertThat(terms.get("transport").get(0).term()).isEqualTo("bus");
    assertThat(KeynessAnalyzer.builder().top(10).build().distinctive(counts, "transport"))
        .anySatisfy(
            t -> {
              assertThat(t.term()).isEqualTo("route");
              assertThat(t.surface()).isEqualTo("routes");
            });
    assertThat(terms.get("housing").get(0).term()).isEqualTo("rent");
    assertThat(terms.get("housing")).allSatisfy(t -> assertThat(t.restCount()).isZero());
    assertThat(terms.get("housing")).allSatisfy(t -> assertThat(t.logRatio()).isGreaterThan(3));
  }

  @Test
  void distinctive_unknownGroup_isEmpty() {
    assertThat(KeynessAnalyzer.builder().build().distinctive(new GroupTermCounts(), "none"))
        .isEmpty();
  }

  @Test
  void addAll_twoHalves_equalsOneWhole() {
    GroupTermCounts whole = new GroupTermCounts();
    GroupTermCounts first = new GroupTermCounts();
    GroupTermCounts second = new GroupTermCounts();
    whole.add(List.of("a"), "grant grant tax", Language.EN);
    whole.add(List.of("b"), "tax road", Language.EN);
    first.add(List.of("a"), "grant grant tax", Language.EN);
    second.add(List.of("b"), "tax road", Language.EN);
    first.addAll(second);
    assertThat(first.corpusTokens()).isEqualTo(whole.corpusTokens()).isEqualTo(5);
    KeynessAnalyzer keyness = KeynessAnalyzer.builder().minFrequency(1).build();
    assertThat(keyness.distinctive(first)).isEqualTo(keyness.distinctive(whole));
  }
}
