package io.github.policythemes.topics;

/** Log-gamma, and Minka's fixed-point update of an asymmetric Dirichlet prior. */
final class Dirichlet {
  /*
   * logGamma: Lanczos approximation (g = 7, n = 9; Numerical Recipes 3rd ed., sect. 6.1), relative
   * error below 1e-14 for x > 0, with the reflection formula below 0.5.
   *
   * optimize: Minka's fixed-point iteration for the maximum-likelihood Dirichlet given counts
   * (T. Minka, "Estimating a Dirichlet distribution", 2000, eq. 55), written with count
   * histograms as in H. Wallach, "Structured Topic Models for Language", PhD thesis, 2008,
   * sect. 2.3.5: psi(n + a) - psi(a) = sum_{i < n} 1 / (a + i), summed once per distinct count.
   */
  private static final double[] LANCZOS = {
    0.99999999999980993,
    676.5203681218851,
    -1259.1392167224028,
    771.32342877765313,
    -176.61502916214059,
    12.507343278686905,
    -0.13857109526572012,
    9.9843695780195716e-6,
    1.5056327351493116e-7
  };

  private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

  /** The smallest value an optimised concentration may take. */
  static final double MIN_ALPHA = 1e-5;

  private Dirichlet() {}

  static double logGamma(double x) {
    if (x < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    double y = x - 1;
    double sum = LANCZOS[0];
    double t = y + 7.5;
    for (int i = 1; i < LANCZOS.length; i++) {
      sum += LANCZOS[i] / (y + i);
    }
    return HALF_LOG_TWO_PI + (y + 0.5) * Math.log(t) - t + Math.log(sum);
  }

  /**
   * Updates {@code alpha} in place by Minka's fixed point.
   *
   * @param alpha the concentration per component, updated
   * @param countHistogram {@code countHistogram[k][n]}: how many documents have count n in
   *     component k (n >= 1)
   * @param lengthHistogram {@code lengthHistogram[n]}: how many documents have total count n
   * @param rounds how many fixed-point rounds to run
   */
  static void optimize(double[] alpha, int[][] countHistogram, int[] lengthHistogram, int rounds) {
    for (int round = 0; round < rounds; round++) {
      double alphaSum = 0;
      for (double a : alpha) {
        alphaSum += a;
      }
      double denominator = 0;
      double partial = 0;
      for (int n = 1; n < lengthHistogram.length; n++) {
        partial += 1 / (alphaSum + n - 1);
        denominator += lengthHistogram[n] * partial;
      }
      if (denominator <= 0) {
        return;
      }
      for (int k = 0; k < alpha.length; k++) {
        int[] histogram = countHistogram[k];
        double numerator = 0;
        partial = 0;
        for (int n = 1; n < histogram.length; n++) {
          partial += 1 / (alpha[k] + n - 1);
          numerator += histogram[n] * partial;
        }
        alpha[k] = Math.max(MIN_ALPHA, alpha[k] * numerator / denominator);
      }
    }
  }
}
