package io.github.policythemes.trends;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.policythemes.article.ErrorRecord;
import io.github.policythemes.keywords.KeyTerm;
import io.github.policythemes.keywords.KeywordJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Writes {@link ThemeTrends} to a folder: tables as CSV, everything as JSON, the charts as SVG and
 * PNG, and one self-contained {@code report.html} that embeds the charts (inline SVG) with the
 * tables.
 *
 * <p>Files: {@code counts.csv} (period, theme, count, share), {@code languages.csv}, {@code
 * cooccurrence.csv}, {@code keywords.csv}, {@code skipped.csv}, {@code trends.json}, {@code
 * shares.svg}/{@code .png}, {@code cooccurrence.svg}/{@code .png}, {@code keywords.svg}/{@code
 * .png}, {@code report.html}. Thread-safe (no state).
 */
public final class TrendReport {
  /** The chart files, without extension, in the order the report shows them. */
  public static final List<String> CHARTS = List.of("shares", "cooccurrence", "keywords");

  /** Keywords per theme drawn in the keywords chart. */
  static final int CHART_KEYWORDS = 8;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private TrendReport() {}

  /**
   * Writes every file of the report.
   *
   * @param trends the trends
   * @param dir the folder; created when missing
   * @return the files written
   * @throws IOException if a file cannot be written
   */
  public static List<Path> write(ThemeTrends trends, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    written.add(text(dir.resolve("counts.csv"), TrendTables.counts(trends)));
    written.add(text(dir.resolve("languages.csv"), TrendTables.languages(trends)));
    written.add(text(dir.resolve("cooccurrence.csv"), TrendTables.coOccurrence(trends)));
    written.add(text(dir.resolve("keywords.csv"), TrendTables.keywords(trends)));
    written.add(text(dir.resolve("skipped.csv"), TrendTables.skipped(trends)));
    written.add(text(dir.resolve("trends.json"), JSON.writeValueAsString(json(trends))));
    List<Chart> charts = charts(trends);
    List<String> svgs = new ArrayList<>();
    for (int i = 0; i < charts.size(); i++) {
      String svg = charts.get(i).svg();
      svgs.add(svg);
      written.add(text(dir.resolve(CHARTS.get(i) + ".svg"), svg));
      Path png = dir.resolve(CHARTS.get(i) + ".png");
      Files.write(png, charts.get(i).png());
      written.add(png);
    }
    written.add(text(dir.resolve("report.html"), TrendHtml.render(trends, svgs)));
    return written;
  }

  static List<Chart> charts(ThemeTrends trends) {
    return List.of(
        TrendCharts.shares(trends),
        TrendCharts.coOccurrence(trends),
        TrendCharts.keywords(trends, CHART_KEYWORDS));
  }

  private static Path text(Path file, String content) throws IOException {
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  static ObjectNode json(ThemeTrends trends) {
    ObjectNode root = JSON.createObjectNode();
    root.put("source", trends.source());
    root.put("period", trends.period().code());
    root.put("linesRead", trends.linesRead());
    root.put("used", trends.used());
    root.put("skipped", trends.skipped());
    root.put("textPresent", trends.textPresent());
    root.put("firstDate", Objects.toString(trends.firstDate(), null));
    root.put("lastDate", Objects.toString(trends.lastDate(), null));
    ArrayNode periods = root.putArray("periods");
    for (int p = 0; p < trends.periods().size(); p++) {
      periods
          .addObject()
          .put("period", trends.periods().get(p))
          .put("start", trends.periodStarts().get(p).toString())
          .put("articles", trends.articles().get(p))
          .put("partial", p == trends.periods().size() - 1 && trends.lastPeriodPartial());
    }
    ArrayNode themes = root.putArray("themes");
    for (ThemeSeries theme : trends.themes()) {
      ObjectNode node = themes.addObject();
      node.put("id", theme.themeId());
      node.put("label", theme.label());
      node.put("total", theme.total());
      ArrayNode counts = node.putArray("counts");
      theme.counts().forEach(counts::add);
      ArrayNode shares = node.putArray("shares");
      for (double share : theme.shares()) {
        if (Double.isNaN(share)) {
          shares.addNull();
        } else {
          shares.add(share);
        }
      }
      node.putObject("trend")
          .put("direction", theme.trend().direction().name().toLowerCase(Locale.ROOT))
          .put("periods", theme.trend().periods())
          .put("s", theme.trend().s())
          .put("z", theme.trend().z())
          .put("p", theme.trend().p())
          .put("slope", theme.trend().slope());
      node.set("keywords", keywords(trends.keywords().getOrDefault(theme.themeId(), List.of())));
      ObjectNode byPeriod = node.putObject("keywordsByPeriod");
      trends
          .keywordsByPeriod()
          .getOrDefault(theme.themeId(), Map.of())
          .forEach((period, terms) -> byPeriod.set(period, keywords(terms)));
    }
    ObjectNode languages = root.putObject("languages");
    trends
        .languages()
        .forEach(
            (code, series) -> {
              ObjectNode node = languages.putObject(code);
              ArrayNode articles = node.putArray("articles");
              series.articles().forEach(articles::add);
              ObjectNode counts = node.putObject("themes");
              series
                  .themeCounts()
                  .forEach(
                      (theme, values) -> {
                        ArrayNode array = counts.putArray(theme);
                        values.forEach(array::add);
                      });
            });
    ArrayNode matrix = root.putArray("coOccurrence");
    for (List<Integer> row : trends.coOccurrence()) {
      ArrayNode array = matrix.addArray();
      row.forEach(array::add);
    }
    ArrayNode skipped = root.putArray("skippedLines");
    for (ErrorRecord line : trends.skippedLines()) {
      skipped
          .addObject()
          .put("line", line.line())
          .put("id", Objects.requireNonNullElse(line.id(), ""))
          .put("reason", line.reason());
    }
    ArrayNode notes = root.putArray("notes");
    trends.notes().forEach(notes::add);
    return root;
  }

  /** The keywords as {@link KeywordJson} writes them everywhere, as a node of the tree. */
  private static JsonNode keywords(List<KeyTerm> terms) {
    try {
      return JSON.readTree(KeywordJson.terms(terms));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("KeywordJson wrote JSON that does not parse", e);
    }
  }
}
