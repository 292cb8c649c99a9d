package io.github.policythemes.trends;

import io.github.policythemes.keywords.KeyTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The charts of a trend report: stacked theme shares, a co-occurrence heat map, top keywords. */
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

  private TrendCharts() {}

  static int color(int index) {
    return PALETTE[index % PALETTE.length];
  }

  /** Stacked bars: per period, each theme's share of the theme assignments. */
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

  private static final class SharesChart implements Chart {
    private static final int LEFT = 56;
    private static final int TOP = 48;
    private static final int PLOT_HEIGHT = 300;
    private static final int LEGEND = 320;
    private final ThemeTrends trends;
    private final double slot;
    private final int plotWidth;

    SharesChart(ThemeTrends trends) {
      this.trends = trends;
      int periods = Math.max(1, trends.periods().size());
      this.slot = Math.max(8, Math.min(44, 640.0 / periods));
      this.plotWidth = (int) Math.ceil(slot * periods);
    }

    @Override
    public int width() {
      return LEFT + plotWidth + 24 + LEGEND;
    }

    @Override
    public int height() {
      return TOP + PLOT_HEIGHT + 80;
    }

    @Override
    public String title() {
      return "Theme shares by " + trends.period().code();
    }

    @Override
    public void draw(Canvas c) {
      c.text(LEFT, 24, title(), 16, Canvas.Anchor.START, INK, true, 0);
      c.text(
          LEFT,
          40,
          "share of theme assignments per " + trends.period().code(),
          11,
          Canvas.Anchor.START,
          MUTED,
          false,
          0);
      for (int pct = 0; pct <= 100; pct += 25) {
        double y = TOP + PLOT_HEIGHT * (1 - pct / 100.0);
        c.line(LEFT, y, LEFT + plotWidth, y, GRID, 1);
        c.text(LEFT - 6, y + 4, pct + "%", 11, Canvas.Anchor.END, MUTED, false, 0);
      }
      List<ThemeSeries> themes = trends.themes();
      boolean anyEmpty = false;
      double labelWidth = 0;
      for (String label : trends.periods()) {
        labelWidth = Math.max(labelWidth, Canvas.textWidth(label, 10, false));
      }
      boolean rotate = labelWidth + 4 > slot;
      int every = rotate ? (int) Math.ceil(14 / slot) : 1;
      for (int p = 0; p < trends.periods().size(); p++) {
        // Narrow bars touch, so a long series reads as a stacked area.
        double gap = slot >= 12 ? slot * 0.1 : 0;
        double x = LEFT + p * slot + gap;
        double w = slot - 2 * gap;
        int total = 0;
        for (ThemeSeries theme : themes) {
          total += theme.counts().get(p);
        }
        if (total == 0) {
          anyEmpty = true;
          c.rect(x, TOP, w, PLOT_HEIGHT, EMPTY);
        } else {
          double y = TOP + PLOT_HEIGHT;
          for (int t = 0; t < themes.size(); t++) {
            double h = PLOT_HEIGHT * themes.get(t).counts().get(p) / (double) total;
            if (h > 0) {
              c.rect(x, y - h, w, h, color(t));
              y -= h;
            }
          }
        }
        if (p % every == 0) {
          double lx = LEFT + p * slot + slot / 2;
          if (rotate) {
            c.text(
                lx + 3,
                TOP + PLOT_HEIGHT + 12,
                trends.periods().get(p),
                10,
                Canvas.Anchor.END,
                MUTED,
                false,
                -45);
          } else {
            c.text(
                lx,
                TOP + PLOT_HEIGHT + 16,
                trends.periods().get(p),
                10,
                Canvas.Anchor.MIDDLE,
                MUTED,
                false,
                0);
          }
        }
      }
      c.line(LEFT, TOP + PLOT_HEIGHT, LEFT + plotWidth, TOP + PLOT_HEIGHT, MUTED, 1);
      legend(c, themes, anyEmpty);
    }

    private void legend(Canvas c, List<ThemeSeries> themes, boolean anyEmpty) {
      double x = LEFT + plotWidth + 24;
      double y = TOP;
      for (int t = themes.size() - 1; t >= 0; t--) {
        c.rect(x, y, 12, 12, color(t));
        c.text(
            x + 18,
            y + 10,
            Canvas.fit(themes.get(t).label(), 11, LEGEND - 24),
            11,
            Canvas.Anchor.START,
            INK,
            false,
            0);
        y += 18;
      }
      if (anyEmpty) {
        c.rect(x, y, 12, 12, EMPTY);
        c.text(x + 18, y + 10, "no articles", 11, Canvas.Anchor.START, MUTED, false, 0);
      }
    }
  }

  private static final class CoOccurrenceChart implements Chart {
    private final ThemeTrends trends;
    private final double cell;
    private final double labelWidth;

    CoOccurrenceChart(ThemeTrends trends) {
      this.trends = trends;
      int n = Math.max(1, trends.themes().size());
      this.cell = Math.max(30, Math.min(60, 560.0 / n));
      double widest = 0;
      for (ThemeSeries theme : trends.themes()) {
        widest = Math.max(widest, Canvas.textWidth(theme.label(), 11, false));
      }
      this.labelWidth = Math.min(240, widest + 12);
    }

    private double top() {
      return 56 + Math.min(150, labelWidth * 0.7);
    }

    @Override
    public int width() {
      return (int)
          Math.ceil(labelWidth + 12 + cell * trends.themes().size() + labelWidth * 0.72 + 12);
    }

    @Override
    public int height() {
      return (int) Math.ceil(top() + cell * trends.themes().size() + 40);
    }

    @Override
    public String title() {
      return "Theme co-occurrence";
    }

    @Override
    public void draw(Canvas c) {
      c.text(12, 24, title(), 16, Canvas.Anchor.START, INK, true, 0);
      c.text(
          12,
          40,
          "articles assigned both themes (diagonal: the theme's total)",
          11,
          Canvas.Anchor.START,
          MUTED,
          false,
          0);
      List<ThemeSeries> themes = trends.themes();
      int max = 1;
      for (int i = 0; i < themes.size(); i++) {
        for (int j = 0; j < themes.size(); j++) {
          if (i != j) {
            max = Math.max(max, trends.coOccurrence().get(i).get(j));
          }
        }
      }
      double left = labelWidth + 12;
      double top = top();
      for (int i = 0; i < themes.size(); i++) {
        String name = Canvas.fit(themes.get(i).label(), 11, labelWidth - 12);
        c.text(left - 6, top + i * cell + cell / 2 + 4, name, 11, Canvas.Anchor.END, INK, false, 0);
        c.text(
            left + i * cell + cell / 2 + 4,
            top - 6,
            name,
            11,
            Canvas.Anchor.START,
            INK,
            false,
            -45);
        for (int j = 0; j < themes.size(); j++) {
          int count = trends.coOccurrence().get(i).get(j);
          double x = left + j * cell;
          double y = top + i * cell;
          int fill = i == j ? 0xE8E8E8 : blend(0xFFFFFF, 0x08519C, count / (double) max);
          c.rect(x + 1, y + 1, cell - 2, cell - 2, fill);
          boolean dark = i != j && count / (double) max > 0.55;
          c.text(
              x + cell / 2,
              y + cell / 2 + 4,
              Integer.toString(count),
              Math.min(12, cell / 3),
              Canvas.Anchor.MIDDLE,
              dark ? 0xFFFFFF : INK,
              i == j,
              0);
        }
      }
    }
  }

  private static final class KeywordsChart implements Chart {
    private static final int PANEL_WIDTH = 360;
    private static final int ROW = 18;
    private final ThemeTrends trends;
    private final int perTheme;
    private final List<ThemeSeries> shown = new ArrayList<>();
    private final int columns;

    KeywordsChart(ThemeTrends trends, int perTheme) {
      this.trends = trends;
      this.perTheme = perTheme;
      for (ThemeSeries theme : trends.themes()) {
        if (!trends.keywords().getOrDefault(theme.themeId(), List.of()).isEmpty()
            && shown.size() < 12) {
          shown.add(theme);
        }
      }
      this.columns = shown.size() <= 1 ? 1 : 2;
    }

    private int panelHeight() {
      return 34 + perTheme * ROW;
    }

    @Override
    public int width() {
      return 24 + columns * (PANEL_WIDTH + 16);
    }

    @Override
    public int height() {
      int rows = Math.max(1, (shown.size() + columns - 1) / columns);
      return 56 + rows * (panelHeight() + 12);
    }

    @Override
    public String title() {
      return "Top keywords per theme";
    }

    @Override
    public void draw(Canvas c) {
      c.text(12, 24, title(), 16, Canvas.Anchor.START, INK, true, 0);
      if (shown.isEmpty()) {
        c.text(
            12,
            60,
            trends.textPresent()
                ? "no theme has distinctive keywords"
                : "no keywords: the records carry no text (classify with --keep-text)",
            12,
            Canvas.Anchor.START,
            MUTED,
            false,
            0);
        return;
      }
      c.text(
          12,
          40,
          "most distinctive against the rest of the corpus (log-likelihood G2)",
          11,
          Canvas.Anchor.START,
          MUTED,
          false,
          0);
      for (int i = 0; i < shown.size(); i++) {
        double x = 12 + (i % columns) * (PANEL_WIDTH + 16);
        double y = 56 + (i / columns) * (panelHeight() + 12);
        panel(c, shown.get(i), trends.themes().indexOf(shown.get(i)), x, y);
      }
    }

    private void panel(Canvas c, ThemeSeries theme, int index, double x, double y) {
      c.text(
          x,
          y + 14,
          Canvas.fit(theme.label(), 12, PANEL_WIDTH),
          12,
          Canvas.Anchor.START,
          INK,
          true,
          0);
      List<KeyTerm> terms = trends.keywords().get(theme.themeId());
      double max = terms.get(0).logLikelihood();
      double wordWidth = 120;
      double barMax = PANEL_WIDTH - wordWidth - 50;
      for (int k = 0; k < Math.min(perTheme, terms.size()); k++) {
        KeyTerm term = terms.get(k);
        double rowY = y + 26 + k * ROW;
        c.text(
            x + wordWidth - 6,
            rowY + 12,
            Canvas.fit(term.surface(), 11, wordWidth - 8),
            11,
            Canvas.Anchor.END,
            INK,
            false,
            0);
        double w = Math.max(1, barMax * term.logLikelihood() / max);
        c.rect(x + wordWidth, rowY + 3, w, ROW - 6, color(index));
        c.text(
            x + wordWidth + w + 4,
            rowY + 12,
            String.format(Locale.ROOT, "%.0f", term.logLikelihood()),
            10,
            Canvas.Anchor.START,
            MUTED,
            false,
            0);
      }
    }
  }

  static int blend(int from, int to, double amount) {
    double a = Math.max(0, Math.min(1, amount));
    int r = (int) Math.round(((from >> 16) & 0xFF) * (1 - a) + ((to >> 16) & 0xFF) * a);
    int g = (int) Math.round(((from >> 8) & 0xFF) * (1 - a) + ((to >> 8) & 0xFF) * a);
    int b = (int) Math.round((from & 0xFF) * (1 - a) + (to & 0xFF) * a);
    return (r << 16) | (g << 8) | b;
  }
}
