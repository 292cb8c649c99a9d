package io.github.policythemes.training;

import java.util.stream.IntStream;

/**
 * Multinomial naive Bayes with additive smoothing, over the tf-idf feature values; one model per
 * theme against the rest for multi-label data.
 *
 * <p>The log posterior of a multinomial model is linear in the feature values, {@code log P(c|x) =
 * log π_c + Σ x_j log θ_cj − log Z(x)}, so the model is exported as weights {@code log θ_cj} and
 * bias {@code log π_c}, exactly. (Smile's {@code DiscreteNaiveBayes} computes the same model but
 * does not expose θ; the tests check that both predict the same classes.)
 */
final class NaiveBayes implements Learner {
  @Override
  public double[][] fitOneVsRest(
      SparseRows x, int[] rows, boolean[][] positive, int classes, double c, long seed) {
    return IntStream.range(0, classes)
        .parallel()
        .mapToObj(
            k -> {
              int[] label = new int[x.rows()];
              for (int row : rows) {
                label[row] = positive[row][k] ? 1 : 0;
              }
              double[][] both = fit(x, rows, label, 2, c);
              double[] logOdds = new double[x.columns + 1];
              for (int j = 0; j <= x.columns; j++) {
                logOdds[j] = both[1][j] - both[0][j];
              }
              return logOdds;
            })
        .toArray(double[][]::new);
  }

  @Override
  public double[][] fitMulticlass(
      SparseRows x, int[] rows, int[] label, int classes, double c, long seed) {
    return fit(x, rows, label, classes, c);
  }

  /** Weights log θ_cj and, in the last column, log π_c; c is the smoothing α. */
  static double[][] fit(SparseRows x, int[] rows, int[] label, int classes, double alpha) {
    double[][] weights = new double[classes][x.columns + 1];
    double[] documents = new double[classes];
    for (int row : rows) {
      int k = label[row];
      documents[k]++;
      for (int j = 0; j < x.indices[row].length; j++) {
        weights[k][x.indices[row][j]] += x.values[row][j];
      }
    }
    for (int k = 0; k < classes; k++) {
      double total = alpha * x.columns;
      for (int j = 0; j < x.columns; j++) {
        total += weights[k][j];
      }
      double logTotal = Math.log(total);
      for (int j = 0; j < x.columns; j++) {
        weights[k][j] = Math.log(weights[k][j] + alpha) - logTotal;
      }
      // Laplace-smoothed prior, so an absent class keeps a finite weight
      weights[k][x.columns] = Math.log((documents[k] + 1) / (rows.length + classes));
    }
    return weights;
  }

  @Override
  public String toString() {
    return "naive-bayes";
  }
}
