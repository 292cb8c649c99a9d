package io.github.policythemes.eval;

/**
 * Precision, recall and F1 of one label.
 *
 * @param label the label
 * @param precision true positives over predicted positives (0 when nothing was predicted)
 * @param recall true positives over actual positives (0 when there were none)
 * @param f1 the harmonic mean of precision and recall
 * @param support how many documents carry the label
 */
public record LabelMetrics(String label, double precision, double recall, double f1, int support) {}
