package io.github.policythemes.trends;

import java.util.Locale;

/**
 * The charts of a trend report: the share of articles per theme and period (small multiples, with
 * each theme's trend flag), a co-occurrence heat map, top keywords. Labels are wrapped, never cut;
 * where a label must be shortened (a keyword wider than its column), the report's tables give it in
 * full.
 */
final class TrendCharts {
  /** Tableau 10, then a second set of 10 for taxonomies with more themes. */
  static final int[] PALETTE = {
    0x4E79A7, 0xF28E2B, 0xE15759, 0x76B7B2, 0x59A14F, 0xEDC948, 0xB07AA1, 0xFF9DA7, 0x9C755F,
    0xBAB0AC, 0xA0CBE8, 0xFFBE7D, 0x8CD17D, 0xB6992D, 0x499894, 0xD37295, 0xFABFD2, 0xD4A6C8,
    0x86BCB6, 0xF1CE63
  };

  static final int INK = 0x222222;
  static final int MUTED = 0x666666;
  static final int GRID = 0xDDDDDD;
  static final int EMPTY = 0xF0F0F0;
  static final int RISING = 0x1A7F37;
  static final int FALLING = 0xC62828;

  private TrendCharts() {}

  static int color(int index) {
    return PALETTE[index % PALETTE.length];
  }

  /** Small multiples: per theme, its share of each period's articles, and its trend flag. */
  static Chart shares(ThemeTrends trends) {
    return new SharesChart(trends);
  }

  /** A heat map of how often two themes are assigned to the same article. */
  static Chart coOccurrence(ThemeTrends trends) {
    return new CoOccurrenceChart(trends);
  }

  /** Small multiples: per theme, bars of its most distinctive keywords. */
  static Chart keywords(ThemeTrends trends, int perTheme) {
    return new KeywordsChart(trends, perTheme);
  }

  static String label(ThemeSeries theme) {
    return theme.label().equals(theme.themeId())
        ? theme.themeId()
        : theme.label() + " (" + theme.themeId() + ")";
  }

  /** The trend flag as the charts and the report say it, e.g. "▲ rising, +0.8 pts per quarter". */
  static String flag(TrendFlag flag, Period period) {
    String slope = points(flag.slope()) + " per " + period.code();
    String p = String.format(Locale.ROOT, "p = %.3f", flag.p());
    return switch (flag.direction()) {
      case RISING -> "▲ rising, " + slope + " (" + p + ")";
      case FALLING -> "▼ falling, " + slope + " (" + p + ")";
      case STEADY -> "steady, " + slope + " (" + p + ")";
      case UNTESTED -> "too few periods to test";
    };
  }

  /** A change in share as signed percentage points, e.g. "+0.72 pts" or "−1.3 pts". */
  static String points(double slope) {
    double pts = 100 * slope;
    if (Math.abs(pts) < 0.005) {
      return "0.00 pts";
    }
    String text =
        String.format(Locale.ROOT, Math.abs(pts) < 0.995 ? "%+.2f pts" : "%+.1f pts", pts);
    return text.replace('-', '−');
  }

  static int flagColor(TrendFlag flag) {
    return switch (flag.direction()) {
      case RISING -> RISING;
      case FALLING -> FALLING;
      case STEADY, UNTESTED -> MUTED;
    };
  }

  /** The period's label, marked when it is the partial last period. */
  static String periodLabel(ThemeTrends trends, int p) {
    String label = trends.periods().get(p);
    return p == trends.periods().size() - 1 && trends.lastPeriodPartial()
        ? label + " (partial)"
        : label;
  }

  static int blend(int from, int to, double amount) {
    double a = Math.max(0, Math.min(1, amount));
    int r = (int) Math.round(((from >> 16) & 0xFF) * (1 - a) + ((to >> 16) & 0xFF) * a);
    int g = (int) Math.round(((from >> 8) & 0xFF) * (1 - a) + ((to >> 8) & 0xFF) * a);
    int b = (int) Math.round((from & 0xFF) * (1 - a) + (to & 0xFF) * a);
    return (r << 16) | (g << 8) | b;
  }
}
