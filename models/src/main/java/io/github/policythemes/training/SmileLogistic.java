package io.github.policythemes.training;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import smile.classification.SparseLogisticRegression;
import smile.data.SparseDataset;
import smile.util.SparseArray;

/**
 * L2-regularised logistic regression on sparse features, by Smile's {@code
 * SparseLogisticRegression} (L-BFGS): binomial per class for one-vs-rest, multinomial for
 * single-label data. Smile keeps the intercept as the last coefficient, as we do.
 */
final class SmileLogistic implements Learner {
  private static final double TOLERANCE = 1e-5;
  private static final int MAX_ITERATIONS = 500;

  @Override
  public double[][] fitOneVsRest(
      SparseRows x, int[] rows, boolean[][] positive, int classes, double c, long seed) {
    SparseDataset data = dataset(x, rows);
    return IntStream.range(0, classes)
        .parallel()
        .mapToObj(
            k -> {
              int[] y = new int[rows.length];
              for (int i = 0; i < rows.length; i++) {
                y[i] = positive[rows[i]][k] ? 1 : 0;
              }
              if (allSame(y)) {
                return constant(x.columns, y[0] == 1 ? 10 : -10);
              }
              return SparseLogisticRegression.binomial(data, y, 1 / c, TOLERANCE, MAX_ITERATIONS)
                  .coefficients();
            })
        .toArray(double[][]::new);
  }

  @Override
  public double[][] fitMulticlass(
      SparseRows x, int[] rows, int[] label, int classes, double c, long seed) {
    int[] y = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      y[i] = label[rows[i]];
    }
    double[][] weights = new double[classes][x.columns + 1];
    if (IntStream.of(y).distinct().count() < 2) {
      weights[y[0]][x.columns] = 10;
      return weights;
    }
    double[][] fitted =
        SparseLogisticRegression.multinomial(dataset(x, rows), y, 1 / c, TOLERANCE, MAX_ITERATIONS)
            .coefficients();
    // Smile fits k - 1 rows against the last class, whose row stays zero.
    for (int k = 0; k < fitted.length; k++) {
      System.arraycopy(fitted[k], 0, weights[k], 0, x.columns + 1);
    }
    return weights;
  }

  @Override
  public String toString() {
    return "logistic";
  }

  static SparseDataset dataset(SparseRows x, int[] rows) {
    List<SparseArray> arrays = new ArrayList<>(rows.length);
    for (int row : rows) {
      SparseArray array = new SparseArray(x.indices[row].length);
      for (int j = 0; j < x.indices[row].length; j++) {
        array.append(x.indices[row][j], x.values[row][j]);
      }
      arrays.add(array);
    }
    return SparseDataset.of(arrays, x.columns);
  }

  private static boolean allSame(int[] y) {
    for (int value : y) {
      if (value != y[0]) {
        return false;
      }
    }
    return true;
  }

  private static double[] constant(int columns, double bias) {
    double[] w = new double[columns + 1];
    w[columns] = bias;
    return w;
  }
}
