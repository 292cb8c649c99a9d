package io.github.policythemes.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinearSvmTest {

  /** Four documents over three features: feature 0 means positive, feature 1 negative. */
  private static SparseRows rows() {
    return new SparseRows(
        new int[][] {{0}, {0, 2}, {1}, {1, 2}},
        new float[][] {{1f}, {0.7f, 0.7f}, {1f}, {0.7f, 0.7f}},
        3);
  }

  @Test
  void binary_separableData_learnsTheSeparatingWeights() {
    boolean[] positive = {true, true, false, false};
    double[] w = LinearSvm.binary(rows(), new int[] {0, 1, 2, 3}, positive, 1.0, 3L);
    assertThat(w[0]).isPositive();
    assertThat(w[1]).isNegative();
    SparseRows x = rows();
    for (int i = 0; i < 4; i++) {
      assertThat(x.dot(i, w) > 0).isEqualTo(positive[i]);
    }
  }

  @Test
  void fitMulticlass_bothVariantsSeparateAndAreRepeatable() {
    int[] label = {0, 0, 1, 1};
    for (boolean scaled : new boolean[] {false, true}) {
      LinearSvm svm = new LinearSvm(scaled);
      double[][] first = svm.fitMulticlass(rows(), new int[] {0, 1, 2, 3}, label, 2, 1.0, 9L);
      double[][] second = svm.fitMulticlass(rows(), new int[] {0, 1, 2, 3}, label, 2, 1.0, 9L);
      assertThat(first).isDeepEqualTo(second);
      SparseRows x = rows();
      for (int i = 0; i < 4; i++) {
        int predicted = x.dot(i, first[1]) > x.dot(i, first[0]) ? 1 : 0;
        assertThat(predicted).as("%s document %d", svm, i).isEqualTo(label[i]);
      }
    }
  }
}
