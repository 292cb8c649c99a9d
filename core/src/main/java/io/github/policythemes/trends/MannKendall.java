package io.github.policythemes.trends;

/** The Mann-Kendall trend test on a short series. */
final class MannKendall {
  /*
   * H. B. Mann, "Nonparametric tests against trend", Econometrica 13, 1945; M. G. Kendall, "Rank
   * Correlation Methods", 1975. S = sum_{i<j} sgn(x_j - x_i); under no trend S is about normal
   * with mean 0 and variance (n(n-1)(2n+5) - sum_ties t(t-1)(2t+5)) / 18; Z = (S - sgn S) / sd
   * (continuity correction); two-sided p = erfc(|Z| / sqrt 2). Sen's slope (P. K. Sen,
   * "Estimates of the regression coefficient based on Kendall's tau", JASA 63, 1968) is the median
   * of (x_j - x_i) / (t_j - t_i) over all pairs i < j. The normal approximation is rough
   * below n = 10, so the test is only run from MIN_PERIODS periods on and the p-value is reported
   * with the flag.
   *
   * erfc: W. H. Press et al., Numerical Recipes, 2nd ed., sect. 6.2 (erfcc, Chebyshev fit,
   * fractional error below 1.2e-7).
   */
  /** The fewest periods the test is run on. */
  static final int MIN_PERIODS = 4;

  private MannKendall() {}

  /** The statistic S, Z and the two-sided p-value of a series. */
  record Result(double s, double z, double p) {}

  static Result test(double[] series) {
    int n = series.length;
    double s = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        s += Math.signum(series[j] - series[i]);
      }
    }
    double variance = n * (n - 1.0) * (2 * n + 5);
    double[] sorted = series.clone();
    java.util.Arrays.sort(sorted);
    for (int i = 0; i < n; ) {
      int j = i;
      while (j < n && sorted[j] == sorted[i]) {
        j++;
      }
      double t = j - i;
      variance -= t * (t - 1) * (2 * t + 5);
      i = j;
    }
    variance /= 18;
    if (variance <= 0) {
      return new Result(s, 0, 1);
    }
    double z = s == 0 ? 0 : (s - Math.signum(s)) / Math.sqrt(variance);
    return new Result(s, z, erfc(Math.abs(z) / Math.sqrt(2)));
  }

  /** Sen's slope of values observed at the given times (strictly increasing). */
  static double senSlope(int[] time, double[] series) {
    int n = series.length;
    if (n < 2) {
      return 0;
    }
    double[] slopes = new double[n * (n - 1) / 2];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        slopes[k++] = (series[j] - series[i]) / (time[j] - time[i]);
      }
    }
    java.util.Arrays.sort(slopes);
    return k % 2 == 1 ? slopes[k / 2] : (slopes[k / 2 - 1] + slopes[k / 2]) / 2;
  }

  static double erfc(double x) {
    double z = Math.abs(x);
    double t = 1 / (1 + 0.5 * z);
    double r =
        t
            * Math.exp(
                -z * z
                    - 1.26551223
                    + t
                        * (1.00002368
                            + t
                                * (0.37409196
                                    + t
                                        * (0.09678418
                                            + t
                                                * (-0.18628806
                                                    + t
                                                        * (0.27886807
                                                            + t
                                                                * (-1.13520398
                                                                    + t
                                                                        * (1.48851587
                                                                            + t
                                                                                * (-0.82215223
                                                                                    + t
                                                                                        * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
  }
}
