package io.github.policythemes.trends;

import static io.github.policythemes.internal.Checks.requireArgument;
import static io.github.policythemes.internal.Checks.requireState;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policythemes.analysis.Language;
import io.github.policythemes.keywords.GroupTermCounts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the JSONL that {@code policy-themes classify} writes and works out how themes move over
 * time: counts and shares per theme per period, per language, co-occurrence, distinctive keywords
 * (when the records carry {@code title}/{@code text}), and a rising/falling flag per theme.
 *
 * <p>Each line is one record: {@code id}, {@code lang}, {@code date} (ISO date, or a date-time
 * whose date part is taken), {@code assigned} (theme ids) and optionally {@code themes} (with
 * {@code id} and {@code label}), {@code title} and {@code text}. A record that cannot be used (not
 * JSON, no {@code assigned}, no or a bad date) is skipped and reported with its line number and the
 * reason; it never stops the analysis. Blank lines are ignored.
 *
 * <p>Immutable and thread-safe; memory grows with the number of periods, themes and distinct
 * keywords, not with the number of records.
 *
 * <pre>{@code
 * ThemeTrends trends = TrendAnalyzer.builder().period(Period.MONTH).build()
 *     .analyze(Path.of("classified.jsonl"));
 * TrendReport.write(trends, Path.of("trends"));
 * }</pre>
 */
public final class TrendAnalyzer {
  /** The default number of keywords per theme (and per theme and period). */
  public static final int DEFAULT_TOP_KEYWORDS = 10;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The default field that holds a record's themes. */
  public static final String DEFAULT_ASSIGNED_FIELD = "assigned";

  private final Period period;
  private final int topKeywords;
  private final String assignedField;

  private TrendAnalyzer(Period period, int topKeywords, String assignedField) {
    this.period = period;
    this.topKeywords = topKeywords;
    this.assignedField = assignedField;
  }

  /**
   * Starts a builder: by month, {@value #DEFAULT_TOP_KEYWORDS} keywords.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Analyses a classified JSONL file.
   *
   * @param file the file, UTF-8
   * @return the trends
   * @throws IOException if the file cannot be read or is not valid UTF-8
   */
  public ThemeTrends analyze(Path file) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return analyze(reader, file.toString());
    }
  }

  /**
   * Analyses classified JSONL from a reader.
   *
   * @param reader the lines; not closed
   * @param source the name to report
   * @return the trends
   * @throws IOException if reading fails, or the bytes behind the reader are not valid UTF-8 (the
   *     message names the source and the last good line)
   */
  public ThemeTrends analyze(Reader reader, String source) throws IOException {
    Objects.requireNonNull(source, "source");
    BufferedReader lines =
        reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader);
    Accumulator acc = new Accumulator();
    long number = 0;
    try {
      for (String line; (line = lines.readLine()) != null; ) {
        number++;
        if (!line.isBlank()) {
          acc.add(number, line);
        }
      }
    } catch (CharacterCodingException e) {
      throw new IOException(
          source + ": not valid UTF-8 (in the text after line " + number + "): save it as UTF-8",
          e);
    }
    return acc.finish(source);
  }

  /**
   * Parses the date of a record: an ISO date ({@code 2024-03-01}), or the date part of an ISO
   * date-time with an offset ({@code 2024-03-01T09:30:00+09:00}).
   *
   * @param text the date
   * @return the date
   * @throws DateTimeParseException if the text is neither
   */
  public static LocalDate parseDate(String text) {
    String trimmed = text.trim();
    try {
      return LocalDate.parse(trimmed);
    } catch (DateTimeParseException e) {
      return OffsetDateTime.parse(trimmed).toLocalDate();
    }
  }

  /** The running counts of one analysis. */
  private final class Accumulator {
    final TreeMap<LocalDate, Integer> articles = new TreeMap<>();
    final Map<String, TreeMap<LocalDate, Integer>> themeCounts = new LinkedHashMap<>();
    final Map<String, String> labels = new LinkedHashMap<>();
    final Map<String, TreeMap<LocalDate, Integer>> languageArticles = new TreeMap<>();
    final Map<String, Map<String, TreeMap<LocalDate, Integer>>> languageThemes = new TreeMap<>();
    final Map<String, Map<String, Integer>> pairs = new LinkedHashMap<>();
    final GroupTermCounts terms = new GroupTermCounts();
    final List<SkippedLine> skipped = new ArrayList<>();
    long read;
    long used;
    long skippedCount;
    long unassigned;
    boolean text;

    void add(long line, String content) {
      read++;
      JsonNode node;
      try {
        node = JSON.readTree(content);
      } catch (JsonProcessingException e) {
        skip(line, "", "not valid JSON (" + e.getOriginalMessage() + ")");
        return;
      }
      if (node == null || !node.isObject()) {
        skip(line, "", "not a JSON object");
        return;
      }
      String id = node.path("id").isValueNode() ? node.path("id").asText() : "";
      JsonNode assigned = node.get(assignedField);
      if (assigned == null || assigned.isNull()) {
        skip(
            line,
            id,
            "no '" + assignedField + "' field (is this the output of policy-themes classify?)");
        return;
      }
      if (!assigned.isArray()) {
        skip(line, id, "'" + assignedField + "' is not a list of theme ids");
        return;
      }
      Set<String> themes = new LinkedHashSet<>();
      for (JsonNode theme : assigned) {
        if (!theme.isTextual() || theme.asText().isBlank()) {
          skip(
              line, id, "'" + assignedField + "' holds something that is not a theme id: " + theme);
          return;
        }
        themes.add(theme.asText());
      }
      JsonNode dateNode = node.get("date");
      if (dateNode == null || dateNode.isNull() || dateNode.asText().isBlank()) {
        skip(line, id, "no date: cannot place it in a period");
        return;
      }
      LocalDate date;
      try {
        date = parseDate(dateNode.asText());
      } catch (DateTimeParseException e) {
        skip(line, id, "bad date '" + dateNode.asText() + "': use an ISO date such as 2024-03-01");
        return;
      }
      count(node, themes, period.start(date));
    }

    private void count(JsonNode node, Set<String> themes, LocalDate start) {
      used++;
      String language = node.path("lang").asText("");
      language = language.isBlank() ? "und" : language;
      articles.merge(start, 1, Integer::sum);
      languageArticles
          .computeIfAbsent(language, l -> new TreeMap<>())
          .merge(start, 1, Integer::sum);
      for (JsonNode score : node.path("themes")) {
        String themeId = score.path("id").asText("");
        String label = score.path("label").asText("");
        if (!themeId.isEmpty() && !label.isEmpty()) {
          labels.putIfAbsent(themeId, label);
        }
      }
      if (themes.isEmpty()) {
        unassigned++;
      }
      for (String theme : themes) {
        themeCounts.computeIfAbsent(theme, t -> new TreeMap<>()).merge(start, 1, Integer::sum);
        languageThemes
            .computeIfAbsent(language, l -> new LinkedHashMap<>())
            .computeIfAbsent(theme, t -> new TreeMap<>())
            .merge(start, 1, Integer::sum);
        for (String other : themes) {
          pairs.computeIfAbsent(theme, t -> new LinkedHashMap<>()).merge(other, 1, Integer::sum);
        }
      }
      String title = node.path("title").asText("");
      String body = node.path("text").asText("");
      if (!title.isBlank() || !body.isBlank()) {
        text = true;
        List<String> groups = new ArrayList<>();
        for (String theme : themes) {
          groups.add(theme);
          groups.add(theme + '\t' + period.label(start));
        }
        Language forced = languageOrNull(language);
        terms.add(groups, title.isBlank() ? body : title + "\n\n" + body, forced);
      }
    }

    private void skip(long line, String id, String reason) {
      skippedCount++;
      if (skipped.size() < ThemeTrends.MAX_SKIPPED_SHOWN) {
        skipped.add(new SkippedLine(line, id, reason));
      }
    }

    ThemeTrends finish(String source) {
      Counts counts =
          new Counts(
              articles,
              themeCounts,
              labels,
              languageArticles,
              languageThemes,
              pairs,
              terms,
              skipped,
              read,
              used,
              skippedCount,
              unassigned,
              text);
      return new TrendResults(period, topKeywords, counts).build(source);
    }
  }

  private static Language languageOrNull(String code) {
    try {
      return Language.fromCode(code);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** What the reading pass counted, for {@link TrendResults}. */
  record Counts(
      TreeMap<LocalDate, Integer> articles,
      Map<String, TreeMap<LocalDate, Integer>> themeCounts,
      Map<String, String> labels,
      Map<String, TreeMap<LocalDate, Integer>> languageArticles,
      Map<String, Map<String, TreeMap<LocalDate, Integer>>> languageThemes,
      Map<String, Map<String, Integer>> pairs,
      GroupTermCounts terms,
      List<SkippedLine> skipped,
      long read,
      long used,
      long skippedCount,
      long unassigned,
      boolean text) {}

  /**
   * Configures a {@link TrendAnalyzer}. Each setter validates at once and may be called once. Not
   * thread-safe.
   */
  public static final class Builder {
    private Period period;
    private Integer topKeywords;
    private String assignedField;

    private Builder() {}

    /**
     * Sets the period to count by.
     *
     * @param value week, month, quarter or year; default month
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder period(Period value) {
      requireState(period == null, "period was already set to %s", period);
      period = Objects.requireNonNull(value, "period");
      return this;
    }

    /**
     * Sets how many distinctive keywords to keep per theme and per theme and period.
     *
     * @param count at least 1; default {@value #DEFAULT_TOP_KEYWORDS}
     * @return this builder
     * @throws IllegalArgumentException if count is less than 1
     * @throws IllegalStateException if it was already set
     */
    public Builder topKeywords(int count) {
      requireState(topKeywords == null, "topKeywords was already set to %s", topKeywords);
      requireArgument(count >= 1, "topKeywords must be >= 1: %s", count);
      topKeywords = count;
      return this;
    }

    /**
     * Sets the field that lists a record's themes, for files that are not {@code classify} output,
     * e.g. {@code labels} in a labelled corpus.
     *
     * @param field a field name; default {@value #DEFAULT_ASSIGNED_FIELD}
     * @return this builder
     * @throws IllegalArgumentException if field is blank
     * @throws IllegalStateException if it was already set
     */
    public Builder assignedField(String field) {
      requireState(assignedField == null, "assignedField was already set to %s", assignedField);
      requireArgument(field != null && !field.isBlank(), "assignedField must not be blank");
      assignedField = field;
      return this;
    }

    /**
     * Returns the analyzer.
     *
     * @return an immutable analyzer
     */
    public TrendAnalyzer build() {
      return new TrendAnalyzer(
          period == null ? Period.MONTH : period,
          topKeywords == null ? DEFAULT_TOP_KEYWORDS : topKeywords,
          assignedField == null ? DEFAULT_ASSIGNED_FIELD : assignedField);
    }
  }
}
