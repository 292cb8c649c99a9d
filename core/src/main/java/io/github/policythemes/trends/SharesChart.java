package io.github.policythemes.trends;

import static io.github.policythemes.trends.TrendCharts.EMPTY;
import static io.github.policythemes.trends.TrendCharts.GRID;
import static io.github.policythemes.trends.TrendCharts.INK;
import static io.github.policythemes.trends.TrendCharts.MUTED;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Small multiples, one panel per theme: bars of the theme's share of each period's articles (the
 * series the trend test runs on), on one scale for every panel, under the theme's full label and
 * its trend flag. A period without articles is a grey band; the partial last period is lighter.
 */
final class SharesChart implements Chart {
  private static final int MARGIN = 16;
  private static final int PANEL_WIDTH = 360;
  private static final int GAP = 28;
  private static final int AXIS = 36;
  private static final int PLOT_HEIGHT = 84;
  private static final double TITLE_SIZE = 12;
  private static final int TITLE_LINE = 16;

  private final ThemeTrends trends;
  private final int columns;
  private final List<List<String>> titles = new ArrayList<>();
  private final List<String> header;
  private final double top;
  private final double scale;

  SharesChart(ThemeTrends trends) {
    this.trends = trends;
    int n = trends.themes().size();
    this.columns = n <= 1 ? 1 : n <= 4 ? 2 : 3;
    for (ThemeSeries theme : trends.themes()) {
      titles.add(Canvas.wrap(theme.label(), TITLE_SIZE, true, PANEL_WIDTH));
    }
    this.header = Canvas.wrap(explanation(), 11, false, width() - 2 * MARGIN);
    this.top = 48 + 15 * header.size();
    double max = 0;
    for (ThemeSeries theme : trends.themes()) {
      for (double share : theme.shares()) {
        if (!Double.isNaN(share)) {
          max = Math.max(max, share);
        }
      }
    }
    this.scale = niceMax(max);
  }

  private String explanation() {
    String period = trends.period().code();
    StringBuilder text =
        new StringBuilder("Bars: the share of each ")
            .append(period)
            .append("'s articles that were assigned the theme (an article may have several")
            .append(" themes). ▲ rising / ▼ falling: Mann-Kendall test on these shares, two-sided,")
            .append(" 5% level; the change is Sen's slope in percentage points per ")
            .append(period)
            .append('.');
    if (trends.lastPeriodPartial()) {
      text.append(" Lighter bars: ")
          .append(trends.periods().get(trends.periods().size() - 1))
          .append(" is partial (articles up to ")
          .append(trends.lastDate())
          .append(").");
    }
    if (trends.articles().contains(0)) {
      text.append(" Grey bands: no articles.");
    }
    return text.toString();
  }

  /** A round upper bound for the shared scale: 1%, 2%, 2.5%, 5%, 10%, 15%, ... 100%. */
  static double niceMax(double max) {
    double[] steps = {0.01, 0.02, 0.025, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.8, 1};
    for (double step : steps) {
      if (max <= step + 1e-9) {
        return step;
      }
    }
    return 1;
  }

  private int rows() {
    return Math.max(1, (trends.themes().size() + columns - 1) / columns);
  }

  private int titleLines(int row) {
    int lines = 1;
    for (int i = row * columns; i < Math.min(titles.size(), (row + 1) * columns); i++) {
      lines = Math.max(lines, titles.get(i).size());
    }
    return lines;
  }

  private double rowHeight(int row) {
    return titleLines(row) * TITLE_LINE + 18 + PLOT_HEIGHT + 34;
  }

  @Override
  public int width() {
    return 2 * MARGIN + columns * PANEL_WIDTH + (columns - 1) * GAP;
  }

  @Override
  public int height() {
    double height = top + 8;
    for (int row = 0; row < rows(); row++) {
      height += rowHeight(row);
    }
    return (int) Math.ceil(height);
  }

  @Override
  public String title() {
    return "Share of articles per theme, by " + trends.period().code();
  }

  @Override
  public void draw(Canvas c) {
    c.text(MARGIN, 26, title(), 16, Canvas.Anchor.START, INK, true, 0);
    for (int i = 0; i < header.size(); i++) {
      c.text(MARGIN, 46 + 15 * i, header.get(i), 11, Canvas.Anchor.START, MUTED, false, 0);
    }
    if (trends.themes().isEmpty()) {
      c.text(MARGIN, top + 20, "no themes assigned", 12, Canvas.Anchor.START, MUTED, false, 0);
      return;
    }
    double y = top + 8;
    for (int row = 0; row < rows(); row++) {
      for (int col = 0; col < columns; col++) {
        int t = row * columns + col;
        if (t < trends.themes().size()) {
          panel(c, t, MARGIN + col * (PANEL_WIDTH + GAP), y, titleLines(row));
        }
      }
      y += rowHeight(row);
    }
  }

  private void panel(Canvas c, int t, double x, double y, int titleLines) {
    ThemeSeries theme = trends.themes().get(t);
    List<String> title = titles.get(t);
    for (int i = 0; i < title.size(); i++) {
      c.text(
          x, y + 12 + i * TITLE_LINE, title.get(i), TITLE_SIZE, Canvas.Anchor.START, INK, true, 0);
    }
    double flagY = y + titleLines * TITLE_LINE + 12;
    c.text(
        x,
        flagY,
        TrendCharts.flag(theme.trend(), trends.period()),
        11,
        Canvas.Anchor.START,
        TrendCharts.flagColor(theme.trend()),
        false,
        0);
    double plotTop = flagY + 10;
    double plotLeft = x + AXIS;
    double plotWidth = PANEL_WIDTH - AXIS;
    double bottom = plotTop + PLOT_HEIGHT;
    for (double tick : new double[] {0, scale / 2, scale}) {
      double ty = bottom - PLOT_HEIGHT * tick / scale;
      c.line(plotLeft, ty, plotLeft + plotWidth, ty, GRID, 1);
      c.text(plotLeft - 4, ty + 3.5, percent(tick), 9.5, Canvas.Anchor.END, MUTED, false, 0);
    }
    int periods = trends.periods().size();
    double slot = plotWidth / Math.max(1, periods);
    double gap = slot >= 6 ? slot * 0.15 : 0;
    int color = TrendCharts.color(t);
    for (int p = 0; p < periods; p++) {
      double bx = plotLeft + p * slot + gap;
      double bw = Math.max(0.8, slot - 2 * gap);
      if (trends.articles().get(p) == 0) {
        c.rect(bx, plotTop, bw, PLOT_HEIGHT, EMPTY);
        continue;
      }
      double h = PLOT_HEIGHT * Math.min(1, theme.shares().get(p) / scale);
      boolean partial = p == periods - 1 && trends.lastPeriodPartial();
      if (h > 0) {
        c.rect(bx, bottom - h, bw, h, partial ? TrendCharts.blend(color, 0xFFFFFF, 0.6) : color);
      }
    }
    c.line(plotLeft, bottom, plotLeft + plotWidth, bottom, MUTED, 1);
    if (periods > 0) {
      c.text(
          plotLeft,
          bottom + 13,
          trends.periods().get(0),
          9.5,
          Canvas.Anchor.START,
          MUTED,
          false,
          0);
      if (periods > 1) {
        c.text(
            plotLeft + plotWidth,
            bottom + 13,
            TrendCharts.periodLabel(trends, periods - 1),
            9.5,
            Canvas.Anchor.END,
            MUTED,
            false,
            0);
      }
    }
  }

  private static String percent(double share) {
    double pct = 100 * share;
    return pct == Math.rint(pct)
        ? String.format(Locale.ROOT, "%.0f%%", pct)
        : String.format(Locale.ROOT, "%.1f%%", pct);
  }
}
