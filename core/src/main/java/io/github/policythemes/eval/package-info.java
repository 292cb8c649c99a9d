/**
 * Evaluation: labelled data ({@link io.github.policythemes.eval.LabelledData}, read through {@code
 * article.RecordSource} with labels required, by the rules every command follows), metrics
 * (precision, recall, F1 per theme, macro and micro F1, confusion matrix, subset accuracy, Hamming
 * loss) and stratified k-fold splits.
 */
package io.github.policythemes.eval;
