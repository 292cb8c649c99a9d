package io.github.policythemes.trends;

import io.github.policythemes.keywords.KeyTerm;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** The self-contained HTML page of a trend report: inline SVG charts and the tables. */
final class TrendHtml {
  /** Skipped lines listed in the page; the CSV has all that were kept. */
  static final int SKIPPED_SHOWN = 50;

  /** Keywords per cell of the per-period keyword table. */
  static final int KEYWORDS_PER_PERIOD = 5;

  private static final String STYLE =
      "body{font-family:"
          + ChartFonts.svgStack("")
          + ";margin:24px;color:#222;max-width:1280px}\n"
          + ":lang(ko){font-family:"
          + ChartFonts.svgStack("한")
          + "}\n:lang(zh){font-family:"
          + ChartFonts.svgStack("中")
          + "}\n:lang(ja){font-family:"
          + ChartFonts.svgStack("か")
          + "}\n"
          + """
      h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:32px 0 8px;border-bottom:1px solid
      #ddd;padding-bottom:4px}p.meta{color:#666;margin:0 0 16px}
      .notes{background:#fff8e1;border-left:4px solid #f2b600;padding:8px 16px;margin:12px 0}
      table{border-collapse:collapse;font-size:13px;margin:8px 0}
      th,td{border:1px solid #ddd;padding:3px 8px;text-align:right}
      th{background:#f5f5f5}td.l,th.l{text-align:left}
      .rising{color:#1a7f37;font-weight:bold}.falling{color:#c62828;font-weight:bold}
      .steady,.untested{color:#666}
      .rising,.falling,.steady,.untested{white-space:nowrap}figure{margin:8px 0;overflow-x:auto}
      figure svg{max-width:100%;height:auto}
      .scroll{overflow-x:auto}table.counts td{white-space:nowrap}
      td.kw{min-width:9em}.t{white-space:nowrap}
      """;

  private TrendHtml() {}

  static String render(ThemeTrends trends, List<String> svgs) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>Theme trends</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<h1>Theme trends by ")
        .append(trends.period().code())
        .append("</h1>\n<p class=\"meta\">")
        .append(escape(trends.source()))
        .append(" · ")
        .append(trends.used())
        .append(" of ")
        .append(trends.linesRead())
        .append(" records counted, ")
        .append(trends.skipped())
        .append(" skipped");
    if (!trends.periods().isEmpty()) {
      html.append(" · ")
          .append(trends.periods().get(0))
          .append(" to ")
          .append(trends.periods().get(trends.periods().size() - 1));
      if (trends.lastPeriodPartial()) {
        html.append(" (partial: articles up to ").append(trends.lastDate()).append(')');
      }
    }
    html.append("</p>\n");
    if (!trends.notes().isEmpty()) {
      html.append("<div class=\"notes\"><ul>\n");
      trends.notes().forEach(n -> html.append("<li>").append(escape(n)).append("</li>\n"));
      html.append("</ul></div>\n");
    }
    html.append("<h2>Shares over time</h2>\n").append(figure(svgs.get(0)));
    trendTable(html, trends);
    countsTable(html, trends);
    html.append("<h2>Co-occurrence</h2>\n").append(figure(svgs.get(1)));
    html.append("<h2>Keywords</h2>\n").append(figure(svgs.get(2)));
    keywordTable(html, trends);
    languageTable(html, trends);
    skippedTable(html, trends);
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  private static String figure(String svg) {
    String inline = svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2) : svg;
    return "<figure>\n" + inline + "</figure>\n";
  }

  private static void trendTable(StringBuilder html, ThemeTrends trends) {
    String period = trends.period().code();
    html.append("<h3>Rising and falling themes</h3>\n<p class=\"meta\">Mann-Kendall test on the")
        .append(" share of articles per ")
        .append(period)
        .append(" (the bars above; periods without articles left out), two-sided, 5% level; at")
        .append(" least four periods are needed. The change is Sen's slope: the median change in")
        .append(" share between any two periods, in percentage points per ")
        .append(period)
        .append(".</p>\n")
        .append("<table>\n<tr><th class=\"l\">theme</th><th>articles</th><th>share, ")
        .append(trends.periods().isEmpty() ? "first" : escape(trends.periods().get(0)))
        .append("</th><th>share, ")
        .append(
            trends.periods().isEmpty()
                ? "last"
                : escape(TrendCharts.periodLabel(trends, trends.periods().size() - 1)))
        .append("</th><th>change per ")
        .append(period)
        .append("</th><th class=\"l\">trend</th><th>S</th><th>Z</th><th>p</th></tr>\n");
    for (ThemeSeries theme : trends.themes()) {
      TrendFlag flag = theme.trend();
      String direction = flag.direction().name().toLowerCase(Locale.ROOT);
      String arrow =
          switch (flag.direction()) {
            case RISING -> "▲ rising";
            case FALLING -> "▼ falling";
            case STEADY -> "steady";
            case UNTESTED -> "too few periods";
          };
      html.append("<tr><td class=\"l\">")
          .append(text(TrendCharts.label(theme)))
          .append("</td><td>")
          .append(theme.total())
          .append("</td><td>")
          .append(percent(firstDefined(theme.shares(), false)))
          .append("</td><td>")
          .append(percent(firstDefined(theme.shares(), true)))
          .append("</td><td>")
          .append(
              flag.direction() == TrendFlag.Direction.UNTESTED
                  ? "–"
                  : TrendCharts.points(flag.slope()))
          .append("</td><td class=\"l ")
          .append(direction)
          .append("\">")
          .append(arrow)
          .append("</td><td>")
          .append(String.format(Locale.ROOT, "%.0f", flag.s()))
          .append("</td><td>")
          .append(String.format(Locale.ROOT, "%.2f", flag.z()))
          .append("</td><td>")
          .append(String.format(Locale.ROOT, "%.3f", flag.p()))
          .append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  private static void countsTable(StringBuilder html, ThemeTrends trends) {
    html.append("<h3>Articles per theme and ")
        .append(trends.period().code())
        .append(" (share of the period's articles)</h3>\n<div class=\"scroll\"><table")
        .append(" class=\"counts\">\n<tr>")
        .append("<th class=\"l\">")
        .append(trends.period().code())
        .append("</th><th>articles</th>");
    trends.themes().forEach(t -> html.append("<th>").append(escape(t.themeId())).append("</th>"));
    html.append("</tr>\n");
    for (int p = 0; p < trends.periods().size(); p++) {
      html.append("<tr><td class=\"l\">")
          .append(escape(TrendCharts.periodLabel(trends, p)))
          .append("</td><td>")
          .append(trends.articles().get(p))
          .append("</td>");
      for (ThemeSeries theme : trends.themes()) {
        html.append("<td>").append(theme.counts().get(p));
        double share = theme.shares().get(p);
        if (!Double.isNaN(share)) {
          html.append(" <small>(").append(percent(share)).append(")</small>");
        }
        html.append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</table></div>\n");
  }

  private static void keywordTable(StringBuilder html, ThemeTrends trends) {
    if (!trends.textPresent()) {
      html.append("<p class=\"meta\">No keywords: the records carry no title or text. Run")
          .append(" <code>policy-themes classify --keep-text</code> to get them.</p>\n");
      return;
    }
    html.append("<h3>Distinctive keywords per theme and ")
        .append(trends.period().code())
        .append("</h3>\n<div class=\"scroll\"><table>\n<tr><th class=\"l\">theme</th>")
        .append("<th class=\"l\">all periods</th>");
    trends.periods().forEach(p -> html.append("<th class=\"l\">").append(p).append("</th>"));
    html.append("</tr>\n");
    for (ThemeSeries theme : trends.themes()) {
      html.append("<tr><td class=\"l\">")
          .append(escape(theme.themeId()))
          .append("</td><td class=\"l kw\">")
          .append(
              terms(
                  trends.keywords().getOrDefault(theme.themeId(), List.of()),
                  TrendReport.CHART_KEYWORDS))
          .append("</td>");
      Map<String, List<KeyTerm>> byPeriod =
          trends.keywordsByPeriod().getOrDefault(theme.themeId(), Map.of());
      for (String period : trends.periods()) {
        html.append("<td class=\"l kw\">")
            .append(terms(byPeriod.getOrDefault(period, List.of()), KEYWORDS_PER_PERIOD))
            .append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</table></div>\n");
  }

  private static String terms(List<KeyTerm> terms, int limit) {
    return terms.stream()
        .limit(limit)
        .map(t -> term(t.surface()))
        .collect(Collectors.joining(", "));
  }

  /** A keyword kept on one line, its language marked when it is CJK. */
  private static String term(String surface) {
    String lang = SvgCanvas.lang(surface);
    return "<span class=\"t\""
        + (lang == null ? "" : " lang=\"" + lang + "\"")
        + ">"
        + escape(surface)
        + "</span>";
  }

  private static void languageTable(StringBuilder html, ThemeTrends trends) {
    html.append("<h2>Languages</h2>\n<div class=\"scroll\"><table>\n<tr><th class=\"l\">")
        .append("language</th>");
    trends.periods().forEach(p -> html.append("<th>").append(p).append("</th>"));
    html.append("<th>total</th></tr>\n");
    trends
        .languages()
        .forEach(
            (code, series) -> {
              html.append("<tr><td class=\"l\">").append(escape(code)).append("</td>");
              series.articles().forEach(n -> html.append("<td>").append(n).append("</td>"));
              html.append("<td>")
                  .append(series.articles().stream().mapToInt(Integer::intValue).sum())
                  .append("</td></tr>\n");
            });
    html.append("</table></div>\n");
  }

  private static void skippedTable(StringBuilder html, ThemeTrends trends) {
    if (trends.skipped() == 0) {
      return;
    }
    html.append("<h2>Skipped records</h2>\n<p class=\"meta\">")
        .append(trends.skipped())
        .append(" records could not be counted")
        .append(
            trends.skipped() > SKIPPED_SHOWN
                ? "; the first " + SKIPPED_SHOWN + " are listed (all kept ones in skipped.csv)"
                : "")
        .append(".</p>\n<table>\n<tr><th>line</th><th class=\"l\">id</th>")
        .append("<th class=\"l\">reason</th></tr>\n");
    trends.skippedLines().stream()
        .limit(SKIPPED_SHOWN)
        .forEach(
            line ->
                html.append("<tr><td>")
                    .append(line.line())
                    .append("</td><td class=\"l\">")
                    .append(escape(Objects.requireNonNullElse(line.id(), "")))
                    .append("</td><td class=\"l\">")
                    .append(escape(line.reason()))
                    .append("</td></tr>\n"));
    html.append("</table>\n");
  }

  private static double firstDefined(List<Double> shares, boolean fromEnd) {
    for (int i = 0; i < shares.size(); i++) {
      double share = shares.get(fromEnd ? shares.size() - 1 - i : i);
      if (!Double.isNaN(share)) {
        return share;
      }
    }
    return Double.NaN;
  }

  private static String percent(double share) {
    return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  static String escape(String text) {
    return SvgCanvas.escape(text);
  }

  /** Escapes a text and marks its language when it is Korean, Chinese or Japanese (its fonts). */
  static String text(String text) {
    String lang = SvgCanvas.lang(text);
    return lang == null ? escape(text) : "<span lang=\"" + lang + "\">" + escape(text) + "</span>";
  }
}
