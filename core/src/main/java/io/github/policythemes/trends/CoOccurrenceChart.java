package io.github.policythemes.trends;

import static io.github.policythemes.trends.TrendCharts.INK;
import static io.github.policythemes.trends.TrendCharts.MUTED;

import java.util.ArrayList;
import java.util.List;

/**
 * A heat map of how often two themes are assigned to the same article. Rows carry the number and
 * the full label of each theme (wrapped); columns carry the numbers only, so no label is turned,
 * cut or crowded.
 */
final class CoOccurrenceChart implements Chart {
  private static final int MARGIN = 16;
  private static final double LABEL_SIZE = 11;
  private static final int LINE = 13;
  private static final int NUMBER = 24;

  private final ThemeTrends trends;
  private final double labelWidth;
  private final List<List<String>> labels = new ArrayList<>();
  private final double cell;

  CoOccurrenceChart(ThemeTrends trends) {
    this.trends = trends;
    double widest = 0;
    for (ThemeSeries theme : trends.themes()) {
      widest = Math.max(widest, Canvas.textWidth(theme.label(), LABEL_SIZE, false));
    }
    this.labelWidth = Math.max(120, Math.min(260, widest + 4));
    int lines = 1;
    for (ThemeSeries theme : trends.themes()) {
      List<String> wrapped = Canvas.wrap(theme.label(), LABEL_SIZE, false, labelWidth);
      labels.add(wrapped);
      lines = Math.max(lines, wrapped.size());
    }
    int n = Math.max(1, trends.themes().size());
    this.cell = Math.max(Math.max(36, lines * LINE + 10), Math.min(56, 560.0 / n));
  }

  private double left() {
    return MARGIN + NUMBER + labelWidth + 10;
  }

  private static double top() {
    return 78;
  }

  @Override
  public int width() {
    return (int) Math.ceil(Math.max(left() + cell * trends.themes().size() + MARGIN, 480));
  }

  @Override
  public int height() {
    return (int) Math.ceil(top() + cell * trends.themes().size() + MARGIN);
  }

  @Override
  public String title() {
    return "Theme co-occurrence";
  }

  @Override
  public void draw(Canvas c) {
    c.text(MARGIN, 26, title(), 16, Canvas.Anchor.START, INK, true, 0);
    c.text(
        MARGIN,
        44,
        "articles assigned both themes, row and column (diagonal: the theme's articles)",
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
    double left = left();
    double top = top();
    for (int j = 0; j < themes.size(); j++) {
      c.text(
          left + j * cell + cell / 2,
          top - 8,
          Integer.toString(j + 1),
          11,
          Canvas.Anchor.MIDDLE,
          INK,
          true,
          0);
    }
    for (int i = 0; i < themes.size(); i++) {
      double rowTop = top + i * cell;
      List<String> lines = labels.get(i);
      double firstBaseline = rowTop + cell / 2 - (lines.size() - 1) * LINE / 2.0 + 4;
      c.text(MARGIN, firstBaseline, (i + 1) + "", 11, Canvas.Anchor.START, INK, true, 0);
      for (int k = 0; k < lines.size(); k++) {
        c.text(
            MARGIN + NUMBER,
            firstBaseline + k * LINE,
            lines.get(k),
            LABEL_SIZE,
            Canvas.Anchor.START,
            INK,
            false,
            0);
      }
      for (int j = 0; j < themes.size(); j++) {
        int count = trends.coOccurrence().get(i).get(j);
        double x = left + j * cell;
        int fill = i == j ? 0xE8E8E8 : TrendCharts.blend(0xFFFFFF, 0x08519C, count / (double) max);
        c.rect(x + 1, rowTop + 1, cell - 2, cell - 2, fill);
        boolean dark = i != j && count / (double) max > 0.55;
        c.text(
            x + cell / 2,
            rowTop + cell / 2 + 4,
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
