package io.github.policythemes.training;

/**
 * Complement naive Bayes: each class is scored by how badly the documents of all the other classes
 * explain the document, which is far steadier than multinomial naive Bayes when classes are many,
 * small and uneven. Over the tf-idf, length-normalised feature values, as in the "TWCNB" variant.
 *
 * <p>For one-vs-rest (multi-label) problems the complement of a class is the rest, so the model
 * equals multinomial naive Bayes and this learner delegates to it.
 */
final class ComplementNaiveBayes implements Learner {
  /*
   * Rennie, Shih, Teevan and Karger (2003), "Tackling the poor assumptions of naive Bayes text
   * classifiers", ICML: theta~_cj = (N~_cj + alpha) / (N~_c + alpha V) from the counts of every
   * class but c, and the prediction argmin_c sum_j x_j log theta~_cj. Exported as the weights
   * w_cj = -log theta~_cj with the weight normalisation of section 3.2 (each row divided by the
   * sum of its absolute values), so that the argmax of the linear scores is the prediction; no
   * class prior, as in the paper.
   */
  private final NaiveBayes binary = new NaiveBayes();

  @Override
  public double[][] fitOneVsRest(
      SparseRows x, int[] rows, boolean[][] positive, int classes, double c, long seed) {
    return binary.fitOneVsRest(x, rows, positive, classes, c, seed);
  }

  @Override
  public double[][] fitMulticlass(
      SparseRows x, int[] rows, int[] label, int classes, double alpha, long seed) {
    int columns = x.columns;
    double[][] counts = new double[classes][columns];
    double[] all = new double[columns];
    for (int row : rows) {
      double[] own = counts[label[row]];
      for (int j = 0; j < x.indices[row].length; j++) {
        own[x.indices[row][j]] += x.values[row][j];
        all[x.indices[row][j]] += x.values[row][j];
      }
    }
    double[][] weights = new double[classes][columns + 1];
    for (int k = 0; k < classes; k++) {
      double total = alpha * columns;
      for (int j = 0; j < columns; j++) {
        total += all[j] - counts[k][j];
      }
      double logTotal = Math.log(total);
      double norm = 0;
      for (int j = 0; j < columns; j++) {
        double logTheta = Math.log(Math.max(0, all[j] - counts[k][j]) + alpha) - logTotal;
        weights[k][j] = -logTheta;
        norm += Math.abs(logTheta);
      }
      for (int j = 0; j < columns; j++) {
        weights[k][j] /= norm;
      }
    }
    return weights;
  }

  @Override
  public String toString() {
    return "complement-naive-bayes";
  }
}
