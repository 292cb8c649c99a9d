package io.github.policythemes.training;

import java.util.Random;
import java.util.stream.IntStream;

/**
 * L2-regularised squared-hinge linear SVM trained by dual coordinate descent; multi-class as one
 * versus rest. The bias is a regularised constant feature, as in LIBLINEAR with {@code -B 1}.
 * Optionally each binary problem first scales the features by their naive Bayes log-count ratio
 * (NB-SVM), which helps on short texts such as headlines.
 */
final class LinearSvm implements Learner {
  /*
   * Hsieh, Chang, Lin, Keerthi, Sundararajan (2008), "A Dual Coordinate Descent Method for
   * Large-scale Linear SVM", ICML. For the squared hinge loss the dual is
   *   min 1/2 a'(Q + D)a - e'a,  a >= 0,  Q_ij = y_i y_j x_i.x_j,  D_ii = 1/(2C),
   * and each coordinate step has the closed form a_i <- max(a_i - G/Qbar_ii, 0) with the gradient
   * G = y_i w.x_i - 1 + D_ii a_i, keeping w = sum a_i y_i x_i up to date. We stop when the
   * projected gradients span less than EPSILON (LIBLINEAR's default for the dual) or after
   * MAX_EPOCHS passes over the data in a seeded random order.
   */
  /*
   * Wang and Manning (2012), "Baselines and Bigrams: Simple, Good Sentiment and Topic
   * Classification", ACL: the log-count ratio r = log((p / |p|1) / (q / |q|1)), with p and q the
   * smoothed feature sums over positive and negative documents, scales each feature before the
   * SVM sees it; the exported weight of feature j is then w_j r_j, so inference stays one linear
   * model. We use the paper's variant without interpolation (beta = 1) on tf-idf features.
   */
  private static final double EPSILON = 0.1;
  private static final int MAX_EPOCHS = 200;
  private static final double SMOOTHING = 1.0;

  private final boolean nbScaling;

  LinearSvm(boolean nbScaling) {
    this.nbScaling = nbScaling;
  }

  @Override
  public String toString() {
    return nbScaling ? "nb-svm" : "svm";
  }

  @Override
  public double[][] fitOneVsRest(
      SparseRows x, int[] rows, boolean[][] positive, int classes, double c, long seed) {
    return oneVsRest(x, rows, classes, c, seed, (row, k) -> positive[row][k]);
  }

  @Override
  public double[][] fitMulticlass(
      SparseRows x, int[] rows, int[] label, int classes, double c, long seed) {
    return oneVsRest(x, rows, classes, c, seed, (row, k) -> label[row] == k);
  }

  /** One binary problem per class, in parallel; each has its own seed, so results repeat. */
  private double[][] oneVsRest(
      SparseRows x, int[] rows, int classes, double c, long seed, Membership member) {
    return IntStream.range(0, classes)
        .parallel()
        .mapToObj(
            k -> {
              boolean[] y = new boolean[x.rows()];
              for (int row : rows) {
                y[row] = member.test(row, k);
              }
              return train(x, rows, y, c, seed + 31L * k);
            })
        .toArray(double[][]::new);
  }

  /** Whether a document belongs to a class. */
  @FunctionalInterface
  private interface Membership {
    boolean test(int row, int k);
  }

  private double[] train(SparseRows x, int[] rows, boolean[] positive, double c, long seed) {
    if (!nbScaling) {
      return binary(x, rows, positive, c, seed);
    }
    double[] ratio = logCountRatio(x, rows, positive);
    double[] w = binary(x.scaled(rows, ratio), rows, positive, c, seed);
    for (int j = 0; j < x.columns; j++) {
      w[j] *= ratio[j];
    }
    return w;
  }

  private static double[] logCountRatio(SparseRows x, int[] rows, boolean[] positive) {
    double[] p = new double[x.columns];
    double[] q = new double[x.columns];
    java.util.Arrays.fill(p, SMOOTHING);
    java.util.Arrays.fill(q, SMOOTHING);
    for (int row : rows) {
      double[] sums = positive[row] ? p : q;
      for (int j = 0; j < x.indices[row].length; j++) {
        sums[x.indices[row][j]] += x.values[row][j];
      }
    }
    double pTotal = 0;
    double qTotal = 0;
    for (int j = 0; j < x.columns; j++) {
      pTotal += p[j];
      qTotal += q[j];
    }
    double[] ratio = new double[x.columns];
    for (int j = 0; j < x.columns; j++) {
      ratio[j] = Math.log((p[j] / pTotal) / (q[j] / qTotal));
    }
    return ratio;
  }

  static double[] binary(SparseRows x, int[] rows, boolean[] positive, double c, long seed) {
    double[] w = new double[x.columns + 1];
    double[] alpha = new double[rows.length];
    double[] qbar = new double[rows.length];
    double diagonal = 1 / (2 * c);
    for (int i = 0; i < rows.length; i++) {
      qbar[i] = x.squaredNorm(rows[i]) + diagonal;
    }
    int[] order = new int[rows.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(seed);
    for (int epoch = 0; epoch < MAX_EPOCHS; epoch++) {
      shuffle(order, random);
      double maxGradient = Double.NEGATIVE_INFINITY;
      double minGradient = Double.POSITIVE_INFINITY;
      for (int i : order) {
        int row = rows[i];
        double y = positive[row] ? 1 : -1;
        double gradient = y * x.dot(row, w) - 1 + diagonal * alpha[i];
        double projected = alpha[i] == 0 ? Math.min(gradient, 0) : gradient;
        maxGradient = Math.max(maxGradient, projected);
        minGradient = Math.min(minGradient, projected);
        if (Math.abs(projected) > 1e-12) {
          double old = alpha[i];
          alpha[i] = Math.max(old - gradient / qbar[i], 0);
          x.add(row, (alpha[i] - old) * y, w);
        }
      }
      if (maxGradient - minGradient < EPSILON) {
        break;
      }
    }
    return w;
  }

  private static void shuffle(int[] order, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
  }
}
