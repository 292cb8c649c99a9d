package io.github.policythemes.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Metrics of predicted labels against gold labels: accuracy, per-label precision, recall and F1,
 * macro and micro F1; for single-label data a confusion matrix, for multi-label data subset
 * accuracy and Hamming loss.
 *
 * <p>For single-label data {@code accuracy} is the share of documents whose one predicted label is
 * right; for multi-label data it equals {@code subsetAccuracy}, the share whose predicted set
 * equals the gold set exactly (both empty counts as right).
 *
 * @param documents how many documents
 * @param multiLabel whether the data is multi-label
 * @param accuracy see above
 * @param macroF1 the mean F1 over labels
 * @param microF1 F1 of the pooled true/false positives and negatives
 * @param subsetAccuracy share of exact set matches
 * @param hammingLoss share of wrong label decisions over documents x labels
 * @param noneDocuments how many documents have no gold label
 * @param noneFalsePositiveRate the share of those that were given at least one label (0 when there
 *     are none): how often a realistic stream's off-topic items get a theme
 * @param labels metrics per label, in label order
 * @param confusion for single-label data, {@code confusion.get(gold).get(predicted)} counts; empty
 *     for multi-label data
 */
public record Evaluation(
    int documents,
    boolean multiLabel,
    double accuracy,
    double macroF1,
    double microF1,
    double subsetAccuracy,
    double hammingLoss,
    int noneDocuments,
    double noneFalsePositiveRate,
    List<LabelMetrics> labels,
    List<List<Integer>> confusion) {

  /** Validates and copies. */
  public Evaluation {
    labels = List.copyOf(labels);
    confusion = confusion.stream().map(List::copyOf).toList();
  }

  /**
   * Computes the metrics.
   *
   * @param labelSet every label, in the order to report them
   * @param gold the gold labels of each document
   * @param predicted the predicted labels of each document, same order
   * @param multiLabel whether documents may carry several labels
   * @return the metrics
   * @throws IllegalArgumentException if the lists differ in length or name an unknown label
   */
  public static Evaluation of(
      List<String> labelSet,
      List<List<String>> gold,
      List<List<String>> predicted,
      boolean multiLabel) {
    Objects.requireNonNull(labelSet, "labelSet");
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(
          gold.size() + " gold label sets but " + predicted.size() + " predictions");
    }
    Map<String, Integer> index = new HashMap<>();
    for (String label : labelSet) {
      index.put(label, index.size());
    }
    int k = labelSet.size();
    long[] tp = new long[k];
    long[] fp = new long[k];
    long[] fn = new long[k];
    int[][] confusion = new int[multiLabel ? 0 : k][multiLabel ? 0 : k];
    int exact = 0;
    long wrongDecisions = 0;
    int none = 0;
    int noneGivenLabel = 0;
    for (int d = 0; d < gold.size(); d++) {
      boolean[] g = membership(gold.get(d), index);
      boolean[] p = membership(predicted.get(d), index);
      boolean same = true;
      for (int l = 0; l < k; l++) {
        if (g[l] && p[l]) {
          tp[l]++;
        } else if (p[l]) {
          fp[l]++;
        } else if (g[l]) {
          fn[l]++;
        }
        if (g[l] != p[l]) {
          same = false;
          wrongDecisions++;
        }
      }
      if (same) {
        exact++;
      }
      if (gold.get(d).isEmpty()) {
        none++;
        if (!predicted.get(d).isEmpty()) {
          noneGivenLabel++;
        }
      }
      if (!multiLabel && gold.get(d).size() == 1 && predicted.get(d).size() == 1) {
        confusion[index.get(gold.get(d).get(0))][index.get(predicted.get(d).get(0))]++;
      }
    }
    List<LabelMetrics> perLabel = new ArrayList<>();
    double macro = 0;
    long allTp = 0;
    long allFp = 0;
    long allFn = 0;
    for (int l = 0; l < k; l++) {
      double precision = ratio(tp[l], tp[l] + fp[l]);
      double recall = ratio(tp[l], tp[l] + fn[l]);
      double f1 = f1(precision, recall);
      perLabel.add(new LabelMetrics(labelSet.get(l), precision, recall, f1, (int) (tp[l] + fn[l])));
      macro += f1;
      allTp += tp[l];
      allFp += fp[l];
      allFn += fn[l];
    }
    int n = gold.size();
    double subset = ratio(exact, n);
    double micro = f1(ratio(allTp, allTp + allFp), ratio(allTp, allTp + allFn));
    List<List<Integer>> matrix = new ArrayList<>();
    for (int[] row : confusion) {
      matrix.add(java.util.Arrays.stream(row).boxed().toList());
    }
    return new Evaluation(
        n,
        multiLabel,
        subset,
        k == 0 ? 0 : macro / k,
        micro,
        subset,
        ratio(wrongDecisions, (long) n * k),
        none,
        ratio(noneGivenLabel, none),
        perLabel,
        matrix);
  }

  private static boolean[] membership(List<String> labels, Map<String, Integer> index) {
    boolean[] member = new boolean[index.size()];
    for (String label : labels) {
      Integer i = index.get(label);
      if (i == null) {
        throw new IllegalArgumentException("label '" + label + "' is not in the label set");
      }
      member[i] = true;
    }
    return member;
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  /**
   * Returns the headline metrics by name, for a model's manifest.
   *
   * @return accuracy, macroF1, microF1 and, for multi-label data, hammingLoss and, when some
   *     documents have no label, noneFalsePositiveRate
   */
  public Map<String, Double> summary() {
    Map<String, Double> summary = new java.util.LinkedHashMap<>();
    summary.put("accuracy", accuracy);
    summary.put("macroF1", macroF1);
    summary.put("microF1", microF1);
    if (multiLabel) {
      summary.put("hammingLoss", hammingLoss);
      if (noneDocuments > 0) {
        summary.put("noneFalsePositiveRate", noneFalsePositiveRate);
      }
    }
    return summary;
  }
}
