package io.github.policythemes.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DirichletTest {
  @Test
  void logGamma_knownValues_areExact() {
    assertThat(Dirichlet.logGamma(1)).isCloseTo(0, within(1e-12));
    assertThat(Dirichlet.logGamma(0.5)).isCloseTo(Math.log(Math.sqrt(Math.PI)), within(1e-12));
    assertThat(Dirichlet.logGamma(10)).isCloseTo(Math.log(362880), within(1e-10));
    assertThat(Dirichlet.logGamma(0.01)).isCloseTo(4.599479878042021, within(1e-10));
  }

  @Test
  void optimize_countsDrawnFromAKnownDirichlet_recoverIt() {
    double[] truth = {0.2, 0.8, 2.0};
    SplittableRandom random = new SplittableRandom(1);
    int documents = 4000;
    int length = 60;
    int[] lengthHistogram = new int[length + 1];
    int[][] countHistogram = new int[truth.length][length + 1];
    for (int d = 0; d < documents; d++) {
      double[] theta = dirichlet(truth, random);
      int[] counts = new int[truth.length];
      for (int i = 0; i < length; i++) {
        double u = random.nextDouble();
        int k = 0;
        while (k < truth.length - 1 && (u -= theta[k]) > 0) {
          k++;
        }
        counts[k]++;
      }
      lengthHistogram[length]++;
      for (int k = 0; k < truth.length; k++) {
        countHistogram[k][counts[k]]++;
      }
    }
    double[] alpha = {1, 1, 1};
    Dirichlet.optimize(alpha, countHistogram, lengthHistogram, 200);
    for (int k = 0; k < truth.length; k++) {
      assertThat(alpha[k]).isCloseTo(truth[k], within(truth[k] * 0.1));
    }
  }

  /** A Dirichlet draw from gamma draws (Marsaglia and Tsang, boosted for shape below 1). */
  private static double[] dirichlet(double[] alpha, SplittableRandom random) {
    double[] x = new double[alpha.length];
    double sum = 0;
    for (int k = 0; k < alpha.length; k++) {
      x[k] = gamma(alpha[k], random);
      sum += x[k];
    }
    for (int k = 0; k < alpha.length; k++) {
      x[k] /= sum;
    }
    return x;
  }

  private static double gamma(double shape, SplittableRandom random) {
    if (shape < 1) {
      return gamma(shape + 1, random) * Math.pow(random.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double z = normal(random);
      double v = Math.pow(1 + c * z, 3);
      if (v > 0 && Math.log(random.nextDouble()) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }

  private static double normal(SplittableRandom random) {
    return Math.sqrt(-2 * Math.log(1 - random.nextDouble()))
        * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
