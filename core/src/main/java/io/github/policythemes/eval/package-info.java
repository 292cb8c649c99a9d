/**
 * Evaluation: labelled data, metrics (precision, recall, F1 per theme, macro and micro F1,
 * confusion matrix, subset accuracy, Hamming loss) and stratified k-fold splits.
 */
package io.github.policythemes.eval;
