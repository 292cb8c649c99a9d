package io.github.policythemes.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CoherenceTest {
  /** Four documents over words 0..3: 0 and 1 always together, 2 alone, 3 with 0 once. */
  private static final int[] WORDS = {0, 1, 0, 1, 3, 2, 0, 1, 2};

  private static final int[] DOC_START = {0, 2, 5, 6, 9};

  @Test
  void measure_handComputedPairs_matchUMassAndNpmi() {
    double[][] result = Coherence.measure(new int[][] {{0, 1}, {0, 2}}, WORDS, DOC_START, 4);
    // D(0) = 3, D(1) = 3, D(0, 1) = 3: UMass log(4/3); NPMI log(0.75 / 0.5625) / -log 0.75 = 1
    assertThat(result[0][0]).isCloseTo(Math.log(4.0 / 3), within(1e-12));
    assertThat(result[1][0]).isCloseTo(1.0, within(1e-12));
    // D(2) = 2, D(0, 2) = 1: UMass log(2/3); NPMI log(0.25 / (0.75 * 0.5)) / -log 0.25
    assertThat(result[0][1]).isCloseTo(Math.log(2.0 / 3), within(1e-12));
    assertThat(result[1][1])
        .isCloseTo(Math.log(0.25 / (0.75 * 0.5)) / -Math.log(0.25), within(1e-12));
  }

  @Test
  void npmi_neverTogether_isMinusOne() {
    assertThat(Coherence.npmi(2, 2, 0, 10)).isEqualTo(-1);
    assertThat(Coherence.npmi(10, 10, 10, 10)).isEqualTo(1);
  }

  @Test
  void coherence_onACorpus_checksItsTerms() {
    TopicCorpus corpus =
        TopicCorpus.builder()
            .maxDocumentFraction(1.0)
            .build(new SyntheticCorpus(2, 5, 20, 20, 4).articles);
    TopicCoherence coherence = corpus.coherence(java.util.List.of("t0w0", "t0w1", "t0w2"));
    assertThat(coherence.npmi()).isBetween(-1.0, 1.0);
    assertThat(coherence.umass()).isLessThanOrEqualTo(0.0);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> corpus.coherence(java.util.List.of("t0w0", "nope")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nope' is not in the vocabulary");
  }
}
