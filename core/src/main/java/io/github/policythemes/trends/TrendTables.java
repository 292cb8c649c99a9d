package io.github.policythemes.trends;

import io.github.policythemes.article.ErrorRecord;
import io.github.policythemes.keywords.KeyTerm;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** The CSV tables of a trend report. */
final class TrendTables {
  private TrendTables() {}

  static String counts(ThemeTrends trends) {
    StringBuilder csv = new StringBuilder("period,period_start,theme,label,count,share,articles\n");
    for (ThemeSeries theme : trends.themes()) {
      for (int p = 0; p < trends.periods().size(); p++) {
        double share = theme.shares().get(p);
        row(
            csv,
            trends.periods().get(p),
            trends.periodStarts().get(p).toString(),
            theme.themeId(),
            theme.label(),
            Integer.toString(theme.counts().get(p)),
            Double.isNaN(share) ? "" : String.format(Locale.ROOT, "%.4f", share),
            Integer.toString(trends.articles().get(p)));
      }
    }
    return csv.toString();
  }

  static String languages(ThemeTrends trends) {
    StringBuilder csv = new StringBuilder("language,period,theme,count,articles\n");
    trends
        .languages()
        .forEach(
            (code, series) -> {
              for (int p = 0; p < trends.periods().size(); p++) {
                String articles = Integer.toString(series.articles().get(p));
                row(csv, code, trends.periods().get(p), "", articles, articles);
                for (Map.Entry<String, List<Integer>> theme : series.themeCounts().entrySet()) {
                  row(
                      csv,
                      code,
                      trends.periods().get(p),
                      theme.getKey(),
                      Integer.toString(theme.getValue().get(p)),
                      articles);
                }
              }
            });
    return csv.toString();
  }

  static String coOccurrence(ThemeTrends trends) {
    StringBuilder csv = new StringBuilder("theme");
    for (ThemeSeries theme : trends.themes()) {
      csv.append(',').append(cell(theme.themeId()));
    }
    csv.append('\n');
    for (int i = 0; i < trends.themes().size(); i++) {
      csv.append(cell(trends.themes().get(i).themeId()));
      for (int count : trends.coOccurrence().get(i)) {
        csv.append(',').append(count);
      }
      csv.append('\n');
    }
    return csv.toString();
  }

  static String keywords(ThemeTrends trends) {
    StringBuilder csv =
        new StringBuilder(
            "theme,period,rank,keyword,term,count,rest_count,log_likelihood,log_ratio\n");
    trends.keywords().forEach((theme, terms) -> keywordRows(csv, theme, "all", terms));
    trends
        .keywordsByPeriod()
        .forEach(
            (theme, periods) -> periods.forEach((p, terms) -> keywordRows(csv, theme, p, terms)));
    return csv.toString();
  }

  private static void keywordRows(
      StringBuilder csv, String theme, String period, List<KeyTerm> terms) {
    for (int k = 0; k < terms.size(); k++) {
      KeyTerm term = terms.get(k);
      row(
          csv,
          theme,
          period,
          Integer.toString(k + 1),
          term.surface(),
          term.term(),
          Integer.toString(term.groupCount()),
          Integer.toString(term.restCount()),
          String.format(Locale.ROOT, "%.2f", term.logLikelihood()),
          String.format(Locale.ROOT, "%.3f", term.logRatio()));
    }
  }

  static String skipped(ThemeTrends trends) {
    StringBuilder csv = new StringBuilder("line,id,reason\n");
    for (ErrorRecord line : trends.skippedLines()) {
      row(
          csv,
          Long.toString(line.line()),
          Objects.requireNonNullElse(line.id(), ""),
          line.reason());
    }
    return csv.toString();
  }

  private static void row(StringBuilder csv, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(cell(cells[i]));
    }
    csv.append('\n');
  }

  static String cell(String value) {
    boolean quote =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
