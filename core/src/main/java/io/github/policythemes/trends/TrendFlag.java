package io.github.policythemes.trends;

import java.util.Arrays;
import java.util.Objects;

/**
 * Whether a theme's share of articles rises or falls over the periods, by the Mann-Kendall trend
 * test on the share per period (the series the shares chart draws; periods without articles left
 * out), two-sided at the 5% level, with Sen's slope as the size of the change. Immutable and
 * thread-safe.
 *
 * @param direction the verdict
 * @param periods how many periods the test saw
 * @param s the Mann-Kendall statistic S (concordant minus discordant pairs); 0 when untested
 * @param z the normal score of S with continuity correction; 0 when untested
 * @param p the two-sided p-value; 1 when untested
 * @param slope Sen's slope: the median, over every pair of tested periods, of the change in share
 *     per period (0.01 is one percentage point per period); 0 when untested
 */
public record TrendFlag(
    Direction direction, int periods, double s, double z, double p, double slope) {
  /** The significance level of the test. */
  public static final double LEVEL = 0.05;

  /** The verdict of the test. */
  public enum Direction {
    /** The share rises (p &lt; 0.05, S &gt; 0). */
    RISING,
    /** The share falls (p &lt; 0.05, S &lt; 0). */
    FALLING,
    /** No significant trend. */
    STEADY,
    /** Too few periods with articles to test (fewer than four). */
    UNTESTED
  }

  /**
   * Validates the flag.
   *
   * @throws IllegalArgumentException if periods is negative, p is not in [0, 1] or the slope is not
   *     finite
   */
  public TrendFlag {
    Objects.requireNonNull(direction, "direction");
    if (periods < 0 || !(p >= 0 && p <= 1) || !Double.isFinite(slope)) {
      throw new IllegalArgumentException(
          "bad trend flag: " + periods + " periods, p=" + p + ", slope=" + slope);
    }
  }

  /** Tests consecutive periods. */
  static TrendFlag of(double[] shares) {
    int[] index = new int[shares.length];
    Arrays.setAll(index, i -> i);
    return of(index, shares);
  }

  /**
   * Tests a series.
   *
   * @param index each value's period number (gaps where periods had no articles)
   * @param shares the values, in period order
   */
  static TrendFlag of(int[] index, double[] shares) {
    if (shares.length < MannKendall.MIN_PERIODS) {
      return new TrendFlag(Direction.UNTESTED, shares.length, 0, 0, 1, 0);
    }
    MannKendall.Result result = MannKendall.test(shares);
    Direction direction =
        result.p() >= LEVEL || result.s() == 0
            ? Direction.STEADY
            : result.s() > 0 ? Direction.RISING : Direction.FALLING;
    return new TrendFlag(
        direction,
        shares.length,
        result.s(),
        result.z(),
        Math.min(1, Math.max(0, result.p())),
        MannKendall.senSlope(index, shares));
  }
}
