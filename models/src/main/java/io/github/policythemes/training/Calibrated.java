package io.github.policythemes.training;

import io.github.policythemes.classify.LinearThemeClassifier;
import io.github.policythemes.classify.ModelMetadata;
import io.github.policythemes.features.FeatureExtractor;
import io.github.policythemes.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A fitted calibration: per class {@code p = sigmoid(a * raw + b)} with a threshold (multi-label),
 * or {@code p = softmax(a * raw)} (single-label). Folded into the weights of the final model.
 */
final class Calibrated {
  final double[] scale;
  final double[] shift;
  final double[] thresholds;
  final boolean softmax;

  /** Whether the last column is the relevance ("has any theme") model. */
  final boolean relevance;

  private Calibrated(
      double[] scale, double[] shift, double[] thresholds, boolean softmax, boolean relevance) {
    this.scale = scale;
    this.shift = shift;
    this.thresholds = thresholds;
    this.softmax = softmax;
    this.relevance = relevance;
  }

  static Calibrated identity(int classes, boolean softmax) {
    double[] ones = new double[classes];
    Arrays.fill(ones, 1);
    double[] thresholds = new double[classes];
    Arrays.fill(thresholds, softmax ? 0 : 0.5);
    return new Calibrated(ones, new double[classes], thresholds, softmax, false);
  }

  static Calibrated softmax(double[][] raw, int[] label) {
    int classes = raw[0].length;
    double[] scale = new double[classes];
    Arrays.fill(scale, Calibration.temperature(raw, label));
    // a single-label model assigns its top theme whatever its score
    return new Calibrated(scale, new double[classes], new double[classes], true, false);
  }

  /**
   * Fits a Platt sigmoid per column; with relevance, a theme's score is its probability times the
   * relevance column's, and the thresholds are chosen on those products. With a no-theme share,
   * both fits weigh the articles without a theme to make up that share.
   */
  static Calibrated sigmoid(
      double[][] raw, boolean[][] positive, boolean relevance, double noThemeShare) {
    int columns = raw[0].length;
    int themes = relevance ? columns - 1 : columns;
    double[] scale = new double[columns];
    double[] shift = new double[columns];
    double[][] probability = new double[columns][raw.length];
    double[] column = new double[raw.length];
    boolean[] truth = new boolean[raw.length];
    double[] weight = streamWeights(positive, noThemeShare);
    for (int t = 0; t < columns; t++) {
      for (int i = 0; i < raw.length; i++) {
        column[i] = raw[i][t];
        truth[i] = positive[i][t];
      }
      double[] ab = Calibration.platt(column, truth, weight);
      scale[t] = ab[0];
      shift[t] = ab[1];
      for (int i = 0; i < raw.length; i++) {
        probability[t][i] = Calibration.sigmoid(ab[0] * column[i] + ab[1]);
      }
    }
    double[] thresholds = new double[themes];
    double[] score = new double[raw.length];
    for (int t = 0; t < themes; t++) {
      for (int i = 0; i < raw.length; i++) {
        truth[i] = positive[i][t];
        score[i] = probability[t][i] * (relevance ? probability[themes][i] : 1);
      }
      thresholds[t] = Calibration.threshold(score, truth, weight);
    }
    return new Calibrated(scale, shift, thresholds, false, relevance);
  }

  /**
   * Weights that give the articles without a theme (no positive column) the share {@code target} of
   * the total weight; all 1 when target is 0 or the data has only one kind.
   */
  static double[] streamWeights(boolean[][] positive, double target) {
    double[] weight = new double[positive.length];
    int none = 0;
    for (boolean[] row : positive) {
      boolean any = false;
      for (boolean p : row) {
        any |= p;
      }
      none += any ? 0 : 1;
    }
    double w = 1;
    if (target > 0 && none > 0 && none < positive.length) {
      double share = none / (double) positive.length;
      w = (target / (1 - target)) / (share / (1 - share));
    }
    for (int i = 0; i < positive.length; i++) {
      boolean any = false;
      for (boolean p : positive[i]) {
        any |= p;
      }
      weight[i] = any ? 1 : w;
    }
    return weight;
  }

  List<String> predict(double[] raw, List<String> ids) {
    List<String> predicted = new ArrayList<>();
    if (softmax) {
      int best = 0;
      for (int t = 1; t < raw.length; t++) {
        if (raw[t] > raw[best]) {
          best = t;
        }
      }
      predicted.add(ids.get(best));
    } else {
      int themes = thresholds.length;
      double gate =
          relevance ? Calibration.sigmoid(scale[themes] * raw[themes] + shift[themes]) : 1;
      for (int t = 0; t < themes; t++) {
        if (Calibration.sigmoid(scale[t] * raw[t] + shift[t]) * gate >= thresholds[t]) {
          predicted.add(ids.get(t));
        }
      }
    }
    return predicted;
  }

  LinearThemeClassifier fold(
      Taxonomy taxonomy,
      FeatureExtractor extractor,
      double[][] weights,
      ModelMetadata metadata,
      boolean singleLabel) {
    int columns = weights.length;
    int features = extractor.featureCount();
    float[] matrix = new float[features * columns];
    float[] bias = new float[columns];
    for (int t = 0; t < columns; t++) {
      for (int f = 0; f < features; f++) {
        matrix[f * columns + t] = (float) (scale[t] * weights[t][f]);
      }
      bias[t] = (float) (scale[t] * weights[t][features] + shift[t]);
    }
    LinearThemeClassifier.Output output =
        singleLabel
            ? LinearThemeClassifier.Output.SOFTMAX
            : relevance
                ? LinearThemeClassifier.Output.GATED_SIGMOID
                : LinearThemeClassifier.Output.SIGMOID;
    return LinearThemeClassifier.of(
        taxonomy, extractor, matrix, bias, thresholds, output, metadata);
  }

  String describe() {
    if (softmax) {
      return String.format(Locale.ROOT, "softmax, temperature %.4f", 1 / scale[0]);
    }
    return relevance
        ? "platt sigmoid per theme times a relevance sigmoid, F1-optimal thresholds"
        : "platt sigmoid per theme, F1-optimal thresholds";
  }
}
