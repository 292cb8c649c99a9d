package io.github.policythemes.trends;

import static io.github.policythemes.trends.TrendCharts.INK;
import static io.github.policythemes.trends.TrendCharts.MUTED;

import io.github.policythemes.keywords.KeyTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Small multiples: per theme, bars of its most distinctive keywords. Panel titles wrap; the word
 * column is as wide as the widest keyword up to a limit, beyond which a keyword is shortened with
 * an ellipsis (the report's keyword table has it in full).
 */
final class KeywordsChart implements Chart {
  private static final int MARGIN = 12;
  private static final int ROW = 18;
  private static final int BARS = 190;
  private static final int GAP = 24;
  private static final double MAX_WORD_WIDTH = 220;
  private static final double TITLE_SIZE = 12;
  private static final int TITLE_LINE = 16;

  private final ThemeTrends trends;
  private final int perTheme;
  private final List<ThemeSeries> shown = new ArrayList<>();
  private final List<List<String>> titles = new ArrayList<>();
  private final int columns;
  private final double wordWidth;

  KeywordsChart(ThemeTrends trends, int perTheme) {
    this.trends = trends;
    this.perTheme = perTheme;
    double widest = 40;
    for (ThemeSeries theme : trends.themes()) {
      List<KeyTerm> terms = trends.keywords().getOrDefault(theme.themeId(), List.of());
      if (!terms.isEmpty() && shown.size() < 12) {
        shown.add(theme);
        for (KeyTerm term : terms.subList(0, Math.min(perTheme, terms.size()))) {
          widest = Math.max(widest, Canvas.textWidth(term.surface(), 11, false));
        }
      }
    }
    this.wordWidth = Math.min(MAX_WORD_WIDTH, widest + 10);
    this.columns = shown.size() <= 1 ? 1 : 2;
    for (ThemeSeries theme : shown) {
      titles.add(Canvas.wrap(theme.label(), TITLE_SIZE, true, panelWidth()));
    }
  }

  private double panelWidth() {
    return wordWidth + BARS + 40;
  }

  private int rows() {
    return Math.max(1, (shown.size() + columns - 1) / columns);
  }

  private int titleLines(int row) {
    int lines = 1;
    for (int i = row * columns; i < Math.min(titles.size(), (row + 1) * columns); i++) {
      lines = Math.max(lines, titles.get(i).size());
    }
    return lines;
  }

  private double rowHeight(int row) {
    return titleLines(row) * TITLE_LINE + 10 + perTheme * ROW + 14;
  }

  @Override
  public int width() {
    return (int) Math.ceil(2 * MARGIN + columns * panelWidth() + (columns - 1) * GAP);
  }

  @Override
  public int height() {
    double height = 60;
    for (int row = 0; row < rows(); row++) {
      height += rowHeight(row);
    }
    return (int) Math.ceil(height);
  }

  @Override
  public String title() {
    return "Top keywords per theme";
  }

  @Override
  public void draw(Canvas c) {
    c.text(MARGIN, 26, title(), 16, Canvas.Anchor.START, INK, true, 0);
    if (shown.isEmpty()) {
      c.text(
          MARGIN,
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
        MARGIN,
        44,
        "most distinctive against the rest of the corpus (log-likelihood G²)",
        11,
        Canvas.Anchor.START,
        MUTED,
        false,
        0);
    double y = 60;
    for (int row = 0; row < rows(); row++) {
      for (int col = 0; col < columns; col++) {
        int i = row * columns + col;
        if (i < shown.size()) {
          double x = MARGIN + col * (panelWidth() + GAP);
          panel(c, i, x, y, titleLines(row));
        }
      }
      y += rowHeight(row);
    }
  }

  private void panel(Canvas c, int i, double x, double y, int titleLines) {
    ThemeSeries theme = shown.get(i);
    List<String> title = titles.get(i);
    for (int k = 0; k < title.size(); k++) {
      c.text(
          x, y + 12 + k * TITLE_LINE, title.get(k), TITLE_SIZE, Canvas.Anchor.START, INK, true, 0);
    }
    int color = TrendCharts.color(trends.themes().indexOf(theme));
    List<KeyTerm> terms = trends.keywords().get(theme.themeId());
    double max = terms.get(0).logLikelihood();
    double rowsTop = y + titleLines * TITLE_LINE + 6;
    for (int k = 0; k < Math.min(perTheme, terms.size()); k++) {
      KeyTerm term = terms.get(k);
      double rowY = rowsTop + k * ROW;
      c.text(
          x + wordWidth - 6,
          rowY + 12,
          Canvas.fit(term.surface(), 11, wordWidth - 8),
          11,
          Canvas.Anchor.END,
          INK,
          false,
          0);
      double w = Math.max(1, BARS * term.logLikelihood() / max);
      c.rect(x + wordWidth, rowY + 3, w, ROW - 6, color);
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
