package io.github.policythemes.training;

/**
 * Turns raw scores into probabilities fitted on out-of-fold predictions: a Platt sigmoid per class
 * for multi-label models, one softmax temperature for single-label models, and the per-class
 * thresholds that maximise F1.
 */
final class Calibration {
  /*
   * Platt (1999), "Probabilistic outputs for support vector machines", with the target smoothing
   * and the Newton iteration with backtracking of Lin, Lin and Weng (2007), "A note on Platt's
   * probabilistic outputs for support vector machines".
   */
  private static final int NEWTON_STEPS = 100;

  private Calibration() {}

  /** Returns {A, B} so that sigmoid(A * score + B) fits the labels. */
  static double[] platt(double[] scores, boolean[] positive) {
    double[] ones = new double[scores.length];
    java.util.Arrays.fill(ones, 1);
    return platt(scores, positive, ones);
  }

  /** Returns {A, B} so that sigmoid(A * score + B) fits the labels, each example weighted. */
  static double[] platt(double[] scores, boolean[] positive, double[] weight) {
    int n = scores.length;
    double prior1 = 0;
    double prior0 = 0;
    for (int i = 0; i < n; i++) {
      if (positive[i]) {
        prior1 += weight[i];
      } else {
        prior0 += weight[i];
      }
    }
    double hi = (prior1 + 1) / (prior1 + 2);
    double lo = 1 / (prior0 + 2);
    double[] target = new double[n];
    for (int i = 0; i < n; i++) {
      target[i] = positive[i] ? hi : lo;
    }
    double a = 1;
    double b = Math.log((prior0 + 1) / (prior1 + 1));
    double value = loss(scores, target, weight, a, b);
    for (int step = 0; step < NEWTON_STEPS; step++) {
      double h11 = 1e-12;
      double h22 = 1e-12;
      double h21 = 0;
      double g1 = 0;
      double g2 = 0;
      for (int i = 0; i < n; i++) {
        double p = sigmoid(a * scores[i] + b);
        double d1 = weight[i] * (p - target[i]);
        double d2 = weight[i] * p * (1 - p);
        h11 += scores[i] * scores[i] * d2;
        h22 += d2;
        h21 += scores[i] * d2;
        g1 += scores[i] * d1;
        g2 += d1;
      }
      if (Math.abs(g1) < 1e-5 && Math.abs(g2) < 1e-5) {
        break;
      }
      double det = h11 * h22 - h21 * h21;
      double da = -(h22 * g1 - h21 * g2) / det;
      double db = -(-h21 * g1 + h11 * g2) / det;
      double gd = g1 * da + g2 * db;
      double stepSize = 1;
      while (stepSize >= 1e-10) {
        double newA = a + stepSize * da;
        double newB = b + stepSize * db;
        double newValue = loss(scores, target, weight, newA, newB);
        if (newValue < value + 1e-4 * stepSize * gd) {
          a = newA;
          b = newB;
          value = newValue;
          break;
        }
        stepSize /= 2;
      }
      if (stepSize < 1e-10) {
        break;
      }
    }
    return new double[] {a, b};
  }

  private static double loss(
      double[] scores, double[] target, double[] weight, double a, double b) {
    double sum = 0;
    for (int i = 0; i < scores.length; i++) {
      double z = a * scores[i] + b;
      // log(1 + e^z) - t z, computed without overflow
      sum +=
          weight[i]
              * ((z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - target[i] * z);
    }
    return sum;
  }

  static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  /** Returns the scale of raw scores that minimises the softmax cross-entropy. */
  static double temperature(double[][] scores, int[] label) {
    double bestScale = 1;
    double best = Double.POSITIVE_INFINITY;
    for (double log = -3; log <= 3.0001; log += 0.05) {
      double scale = Math.exp(log);
      double loss = crossEntropy(scores, label, scale);
      if (loss < best) {
        best = loss;
        bestScale = scale;
      }
    }
    return bestScale;
  }

  private static double crossEntropy(double[][] scores, int[] label, double scale) {
    double sum = 0;
    for (int i = 0; i < scores.length; i++) {
      double max = Double.NEGATIVE_INFINITY;
      for (double s : scores[i]) {
        max = Math.max(max, s * scale);
      }
      double z = 0;
      for (double s : scores[i]) {
        z += Math.exp(s * scale - max);
      }
      sum += max + Math.log(z) - scores[i][label[i]] * scale;
    }
    return sum;
  }

  /**
   * Returns the threshold in [0.1, 0.9] that maximises F1 of {@code probability >= threshold}; 0.5
   * when the class has no positive example.
   */
  static double threshold(double[] probabilities, boolean[] positive) {
    double[] ones = new double[probabilities.length];
    java.util.Arrays.fill(ones, 1);
    return threshold(probabilities, positive, ones);
  }

  /**
   * {@link #threshold(double[], boolean[])} with each example weighted, and F1 smoothed over the
   * neighbouring thresholds (a window of +-0.06): the choice then depends on the shape of the F1
   * curve rather than on the few examples that sit at one step of the grid, and moves less from one
   * fold assignment to the next.
   */
  static double threshold(double[] probabilities, boolean[] positive, double[] weight) {
    int lowest = 10;
    int highest = 90;
    double[] f1 = new double[highest + 1];
    for (int step = lowest; step <= highest; step++) {
      double threshold = step / 100.0;
      double tp = 0;
      double fp = 0;
      double fn = 0;
      for (int i = 0; i < probabilities.length; i++) {
        boolean predicted = probabilities[i] >= threshold;
        if (predicted && positive[i]) {
          tp += weight[i];
        } else if (predicted) {
          fp += weight[i];
        } else if (positive[i]) {
          fn += weight[i];
        }
      }
      f1[step] = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
    double best = 0.5;
    double bestF1 = -1;
    for (int step = lowest; step <= highest; step++) {
      double sum = 0;
      int count = 0;
      for (int near = Math.max(lowest, step - SMOOTHING);
          near <= Math.min(highest, step + SMOOTHING);
          near++) {
        sum += f1[near];
        count++;
      }
      double smoothed = sum / count;
      double threshold = step / 100.0;
      // prefer the threshold closest to 0.5 among equals
      if (smoothed > bestF1 + 1e-12
          || (Math.abs(smoothed - bestF1) <= 1e-12
              && Math.abs(threshold - 0.5) < Math.abs(best - 0.5))) {
        bestF1 = smoothed;
        best = threshold;
      }
    }
    return bestF1 <= 0 ? 0.5 : best;
  }

  /** Grid steps on each side that the F1 of a threshold is averaged over. */
  static final int SMOOTHING = 6;
}
