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

  private Calibrated(double[] scale, double[] shift, double[] thresholds, boolean softmax) {
    this.scale = scale;
    this.shift = shift;
    this.thresholds = thresholds;
    this.softmax = softmax;
  }

  static Calibrated identity(int classes, boolean softmax) {
    double[] ones = new double[classes];
    Arrays.fill(ones, 1);
    double[] half = new double[classes];
    Arrays.fill(half, 0.5);
    return new Calibrated(ones, new double[classes], half, softmax);
  }

  static Calibrated softmax(double[][] raw, int[] label) {
    int classes = raw[0].length;
    double[] scale = new double[classes];
    Arrays.fill(scale, Calibration.temperature(raw, label));
    double[] half = new double[classes];
    Arrays.fill(half, 0.5);
    return new Calibrated(scale, new double[classes], half, true);
  }

  static Calibrated sigmoid(double[][] raw, boolean[][] positive) {
    int classes = raw[0].length;
    double[] scale = new double[classes];
    double[] shift = new double[classes];
    double[] thresholds = new double[classes];
    double[] column = new double[raw.length];
    boolean[] truth = new boolean[raw.length];
    double[] probabilities = new double[raw.length];
    for (int t = 0; t < classes; t++) {
      for (int i = 0; i < raw.length; i++) {
        column[i] = raw[i][t];
        truth[i] = positive[i][t];
      }
      double[] ab = Calibration.platt(column, truth);
      scale[t] = ab[0];
      shift[t] = ab[1];
      for (int i = 0; i < raw.length; i++) {
        probabilities[i] = Calibration.sigmoid(ab[0] * column[i] + ab[1]);
      }
      thresholds[t] = Calibration.threshold(probabilities, truth);
    }
    return new Calibrated(scale, shift, thresholds, false);
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
      for (int t = 0; t < raw.length; t++) {
        if (Calibration.sigmoid(scale[t] * raw[t] + shift[t]) >= thresholds[t]) {
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
    int themes = weights.length;
    int features = extractor.vocabulary().size();
    float[] matrix = new float[features * themes];
    float[] bias = new float[themes];
    for (int t = 0; t < themes; t++) {
      for (int f = 0; f < features; f++) {
        matrix[f * themes + t] = (float) (scale[t] * weights[t][f]);
      }
      bias[t] = (float) (scale[t] * weights[t][features] + shift[t]);
    }
    return LinearThemeClassifier.of(
        taxonomy,
        extractor,
        matrix,
        bias,
        thresholds,
        singleLabel ? LinearThemeClassifier.Output.SOFTMAX : LinearThemeClassifier.Output.SIGMOID,
        metadata);
  }

  String describe() {
    if (softmax) {
      return String.format(Locale.ROOT, "softmax, temperature %.4f", 1 / scale[0]);
    }
    return "platt sigmoid per theme, F1-optimal thresholds";
  }
}
