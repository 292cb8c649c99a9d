package io.github.policythemes.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalibrationTest {

  @Test
  void platt_ordersProbabilitiesLikeTheScores() {
    double[] scores = {-2, -1.5, -1, -0.2, 0.1, 0.8, 1.2, 2};
    boolean[] positive = {false, false, false, true, false, true, true, true};
    double[] ab = Calibration.platt(scores, positive);
    assertThat(ab[0]).isPositive();
    assertThat(Calibration.sigmoid(ab[0] * 2 + ab[1])).isGreaterThan(0.8);
    assertThat(Calibration.sigmoid(ab[0] * -2 + ab[1])).isLessThan(0.2);
  }

  @Test
  void threshold_maximisesF1() {
    double[] probabilities = {0.1, 0.2, 0.35, 0.4, 0.7, 0.9};
    boolean[] positive = {false, false, true, true, true, true};
    double threshold = Calibration.threshold(probabilities, positive);
    assertThat(threshold).isBetween(0.21, 0.35);
  }

  @Test
  void threshold_noPositives_isOneHalf() {
    assertThat(Calibration.threshold(new double[] {0.2, 0.7}, new boolean[2])).isEqualTo(0.5);
  }

  @Test
  void temperature_sharpensUnderconfidentScores() {
    double[][] scores = {{0.2, 0}, {0, 0.2}, {0.3, 0}, {0, 0.3}};
    int[] label = {0, 1, 0, 1};
    assertThat(Calibration.temperature(scores, label)).isGreaterThan(1);
  }
}
