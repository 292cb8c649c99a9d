package io.github.policythemes.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MannKendallTest {
  @Test
  void test_strictlyRisingSeries_hasMaximalSAndSmallP() {
    MannKendall.Result result = MannKendall.test(new double[] {1, 2, 3, 4, 5, 6, 7, 8});
    assertThat(result.s()).isEqualTo(28);
    // Var(S) = 8 * 7 * 21 / 18 = 65.33; Z = 27 / 8.083 = 3.340; p = 0.00084
    assertThat(result.z()).isCloseTo(27 / Math.sqrt(8 * 7 * 21 / 18.0), within(1e-9));
    assertThat(result.p()).isCloseTo(0.000837, within(2e-5));
  }

  @Test
  void test_ties_reduceTheVariance() {
    MannKendall.Result result = MannKendall.test(new double[] {1, 1, 2, 2, 3});
    assertThat(result.s()).isEqualTo(8);
    double variance = (5 * 4 * 15 - 2 * (2 * 1 * 9)) / 18.0;
    assertThat(result.z()).isCloseTo(7 / Math.sqrt(variance), within(1e-9));
  }

  @Test
  void test_flatSeries_isNotATrend() {
    MannKendall.Result result = MannKendall.test(new double[] {2, 2, 2, 2, 2});
    assertThat(result.s()).isZero();
    assertThat(result.p()).isEqualTo(1);
  }

  @Test
  void erfc_knownValues_matchTheTable() {
    assertThat(MannKendall.erfc(0)).isCloseTo(1, within(1e-7));
    assertThat(MannKendall.erfc(1)).isCloseTo(0.157299207, within(1e-7));
    assertThat(MannKendall.erfc(-1)).isCloseTo(1.842700793, within(1e-7));
  }

  @Test
  void flag_fewPeriods_isUntested() {
    assertThat(TrendFlag.of(new double[] {0.1, 0.2, 0.3}).direction())
        .isEqualTo(TrendFlag.Direction.UNTESTED);
    assertThat(TrendFlag.of(new double[] {0.5, 0.4, 0.3, 0.2, 0.1, 0.05}).direction())
        .isEqualTo(TrendFlag.Direction.FALLING);
  }
}
