package io.github.policythemes.training;

/**
 * Fits linear raw scores: one weight row of {@code columns + 1} (last = bias) per class. Raw scores
 * are margins or log-odds; {@link Calibration} turns them into probabilities.
 */
interface Learner {
  /**
   * Fits one binary problem per class (one-vs-rest).
   *
   * @param x the documents
   * @param rows which documents to train on
   * @param positive {@code positive[row][class]}
   * @param classes how many classes
   * @param c the inverse regularisation strength (larger = weaker)
   * @param seed for any random step
   * @return {@code classes} weight rows
   */
  double[][] fitOneVsRest(
      SparseRows x, int[] rows, boolean[][] positive, int classes, double c, long seed);

  /**
   * Fits a single-label problem.
   *
   * @param x the documents
   * @param rows which documents to train on
   * @param label the class of each document (indexed by document, not by position in rows)
   * @param classes how many classes
   * @param c the inverse regularisation strength
   * @param seed for any random step
   * @return {@code classes} weight rows whose argmax is the prediction
   */
  double[][] fitMulticlass(SparseRows x, int[] rows, int[] label, int classes, double c, long seed);
}
