package io.github.policythemes.batch;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Writes numbers with four decimals and never in exponent notation. Thread-safe. */
final class Decimals {
  private Decimals() {}

  static String format(double value) {
    if (value >= 0 && value <= 1) {
      long scaled = Math.round(value * 10_000);
      if (scaled == 10_000) {
        return "1.0000";
      }
      String digits = Long.toString(scaled);
      return "0." + "0000".substring(digits.length()) + digits;
    }
    if (!Double.isFinite(value)) {
      return "0.0000";
    }
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).toPlainString();
  }
}
