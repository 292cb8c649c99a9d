package io.github.policythemes.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTest {

  @Test
  void of_singleLabel_givesAccuracyPerLabelMetricsAndConfusion() {
    List<String> labels = List.of("a", "b", "c");
    List<List<String>> gold = List.of(List.of("a"), List.of("a"), List.of("b"), List.of("c"));
    List<List<String>> predicted = List.of(List.of("a"), List.of("b"), List.of("b"), List.of("a"));
    Evaluation evaluation = Evaluation.of(labels, gold, predicted, false);
    assertThat(evaluation.documents()).isEqualTo(4);
    assertThat(evaluation.accuracy()).isEqualTo(0.5);
    // a: P 1/2 R 1/2 F1 1/2; b: P 1/2 R 1 F1 2/3; c: P 0 R 0 F1 0
    assertThat(evaluation.labels().get(0)).isEqualTo(new LabelMetrics("a", 0.5, 0.5, 0.5, 2));
    assertThat(evaluation.labels().get(1).f1()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(evaluation.labels().get(2)).isEqualTo(new LabelMetrics("c", 0, 0, 0, 1));
    assertThat(evaluation.macroF1()).isCloseTo((0.5 + 2.0 / 3) / 3, within(1e-12));
    assertThat(evaluation.microF1()).isEqualTo(0.5);
    assertThat(evaluation.confusion())
        .containsExactly(List.of(1, 1, 0), List.of(0, 1, 0), List.of(1, 0, 0));
  }

  @Test
  void of_multiLabel_givesSubsetAccuracyAndHammingLoss() {
    List<String> labels = List.of("x", "y");
    List<List<String>> gold = List.of(List.of("x", "y"), List.of(), List.of("y"));
    List<List<String>> predicted = List.of(List.of("x"), List.of(), List.of("y"));
    Evaluation evaluation = Evaluation.of(labels, gold, predicted, true);
    assertThat(evaluation.subsetAccuracy()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(evaluation.accuracy()).isEqualTo(evaluation.subsetAccuracy());
    assertThat(evaluation.hammingLoss()).isCloseTo(1.0 / 6, within(1e-12));
    // micro: tp 2, fp 0, fn 1 -> P 1, R 2/3, F1 0.8
    assertThat(evaluation.microF1()).isCloseTo(0.8, within(1e-12));
    assertThat(evaluation.confusion()).isEmpty();
    assertThat(evaluation.summary()).containsKeys("accuracy", "macroF1", "microF1", "hammingLoss");
  }

  @Test
  void of_multiLabel_countsNoLabelDocumentsGivenALabel() {
    List<String> labels = List.of("x", "y");
    List<List<String>> gold = List.of(List.of(), List.of(), List.of(), List.of("x"), List.of());
    List<List<String>> predicted =
        List.of(List.of("y"), List.of(), List.of("x", "y"), List.of(), List.of());
    Evaluation evaluation = Evaluation.of(labels, gold, predicted, true);
    assertThat(evaluation.noneDocuments()).isEqualTo(4);
    assertThat(evaluation.noneFalsePositiveRate()).isEqualTo(0.5);
    assertThat(evaluation.summary()).containsEntry("noneFalsePositiveRate", 0.5);
  }

  @Test
  void of_noDocumentWithoutLabels_hasRateZeroAndLeavesItOutOfTheSummary() {
    Evaluation evaluation =
        Evaluation.of(List.of("x"), List.of(List.of("x")), List.of(List.of("x")), true);
    assertThat(evaluation.noneDocuments()).isZero();
    assertThat(evaluation.noneFalsePositiveRate()).isZero();
    assertThat(evaluation.summary()).doesNotContainKey("noneFalsePositiveRate");
  }

  @Test
  void of_mismatchedOrUnknownLabels_areRejected() {
    assertThatThrownBy(() -> Evaluation.of(List.of("a"), List.of(List.of("a")), List.of(), false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> Evaluation.of(List.of("a"), List.of(List.of("z")), List.of(List.of("a")), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'z'");
  }
}
