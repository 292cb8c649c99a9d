package io.github.policythemes.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import smile.classification.DiscreteNaiveBayes;
import smile.util.IntSet;

class NaiveBayesTest {

  @Test
  void fit_predictsTheSameClassesAsSmilesMultinomialNaiveBayes() {
    Random random = new Random(5);
    int documents = 300;
    int features = 40;
    int classes = 3;
    int[][] indices = new int[documents][];
    float[][] values = new float[documents][];
    int[] label = new int[documents];
    int[][] counts = new int[documents][features];
    for (int d = 0; d < documents; d++) {
      label[d] = d % classes;
      for (int w = 0; w < 12; w++) {
        // each class prefers its own third of the vocabulary
        int feature =
            random.nextDouble() < 0.6
                ? label[d] * (features / classes) + random.nextInt(features / classes)
                : random.nextInt(features);
        counts[d][feature]++;
      }
      int[] row = counts[d];
      indices[d] = IntStream.range(0, features).filter(f -> row[f] > 0).toArray();
      values[d] = new float[indices[d].length];
      for (int j = 0; j < indices[d].length; j++) {
        values[d][j] = counts[d][indices[d][j]];
      }
    }
    SparseRows x = new SparseRows(indices, values, features);
    int[] all = IntStream.range(0, documents).toArray();
    double[][] weights = NaiveBayes.fit(x, all, label, classes, 1.0);

    double[] priors = new double[classes];
    for (int k = 0; k < classes; k++) {
      priors[k] = (documents / classes + 1.0) / (documents + classes);
    }
    DiscreteNaiveBayes smile =
        new DiscreteNaiveBayes(
            DiscreteNaiveBayes.Model.MULTINOMIAL, priors, features, 1.0, IntSet.of(classes));
    smile.update(counts, label);
    int agree = 0;
    for (int d = 0; d < documents; d++) {
      int ours = 0;
      for (int k = 1; k < classes; k++) {
        if (x.dot(d, weights[k]) > x.dot(d, weights[ours])) {
          ours = k;
        }
      }
      if (ours == smile.predict(counts[d])) {
        agree++;
      }
    }
    assertThat(agree).isEqualTo(documents);
  }
}
