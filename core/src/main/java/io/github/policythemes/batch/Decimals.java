package io.github.policythemes.batch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Writes numbers with four decimals (files) or two (tables for a person), never in exponent
 * notation. Thread-safe.
 */
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

  /** A score rounded to two decimals, as {@code explain} shows it (0.9793 is 0.98, not 0.97). */
  static String twoPlaces(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
