package io.github.policythemes.trends;

import static io.github.policythemes.internal.Checks.requireArgument;
import static io.github.policythemes.internal.Checks.requireState;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policythemes.Progress;
import io.github.policythemes.ProgressListener;
import io.github.policythemes.article.Article;
import io.github.policythemes.article.ArticleRecord;
import io.github.policythemes.article.ErrorRecord;
import io.github.policythemes.article.InputRecord;
import io.github.policythemes.article.ReadOptions;
import io.github.policythemes.article.RecordSource;
import io.github.policythemes.keywords.GroupTermCounts;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the records that {@code policy-themes classify} writes and works out how themes move over
 * time: counts and shares per theme per period, per language, co-occurrence, distinctive keywords
 * (when the records carry {@code title}/{@code text}), and a rising/falling flag per theme.
 *
 * <p>Records are read through {@link RecordSource} by the rules of every reader ({@link
 * #readOptions(String)}): {@code id}, {@code lang}, {@code date} (ISO date, or a date-time whose
 * date part is taken), the assigned theme ids as the record's labels ({@code assigned} by default,
 * e.g. {@code labels} for a labelled corpus), and optionally {@code themes} (with {@code id} and
 * {@code label}), {@code title} and {@code text}. A record that cannot be used (not readable, no
 * assigned themes, no or a bad date) is skipped and reported with its line and the reason; it never
 * stops the analysis.
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
  private final ProgressListener progress;

  private TrendAnalyzer(Period period, int topKeywords, ProgressListener progress) {
    this.period = period;
    this.topKeywords = topKeywords;
    this.progress = progress;
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
   * Starts the read options a trend analysis needs: the assigned themes read as each record's
   * labels (required), the other fields kept (the theme labels in {@code themes}), and text
   * optional (classified output carries it only when asked to). Add the field mapping, language or
   * format of the input, then build.
   *
   * @param assignedField the field that lists a record's themes, e.g. {@value
   *     #DEFAULT_ASSIGNED_FIELD} or {@code labels}
   * @return a builder with those three set
   * @throws IllegalArgumentException if the field name is blank
   */
  public static ReadOptions.Builder readOptions(String assignedField) {
    return ReadOptions.builder()
        .labels(ReadOptions.Labels.REQUIRED)
        .labelsField(assignedField)
        .keepFields(true)
        .allowMissingText(true);
  }

  /**
   * Analyses a classified file (JSONL, or any format {@link RecordSource} reads), its themes in
   * {@value #DEFAULT_ASSIGNED_FIELD}.
   *
   * @param file the file
   * @return the trends
   * @throws IOException if the file cannot be read at all (a bad record is skipped, not thrown)
   */
  public ThemeTrends analyze(Path file) throws IOException {
    ReadOptions options = readOptions(DEFAULT_ASSIGNED_FIELD).build();
    return analyze(RecordSource.files(List.of(file), options), file.toString());
  }

  /**
   * Analyses classified records. Read them with {@link #readOptions(String)}: a record's labels are
   * its assigned themes.
   *
   * @param records the records; closed when read
   * @param source the name to report, e.g. the file name
   * @return the trends
   * @throws IOException if reading cannot go on at all (a bad record is skipped, not thrown)
   */
  public ThemeTrends analyze(RecordSource records, String source) throws IOException {
    Objects.requireNonNull(source, "source");
    Accumulator acc = new Accumulator();
    long started = System.nanoTime();
    long count = 0;
    try (records) {
      for (InputRecord record = records.next(); record != null; record = records.next()) {
        acc.add(record);
        if (++count % 1000 == 0) {
          report(records, count, started);
        }
      }
      report(records, count, started);
    }
    return acc.finish(source);
  }

  /** The running counts of one analysis. */
  private void report(RecordSource records, long count, long started) {
    long total = records.bytesTotal();
    long read = records.bytesRead();
    String counted = String.format(Locale.ROOT, "%,d records", count);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
    progress.onProgress(
        total > 0 && read >= 0
            ? new Progress("trends", counted, Math.min(read, total), total, "bytes", elapsed, "")
            : new Progress("trends", "", count, -1, "records", elapsed, ""));
  }

  private final class Accumulator {
    final TreeMap<LocalDate, Integer> articles = new TreeMap<>();
    final Map<String, TreeMap<LocalDate, Integer>> themeCounts = new LinkedHashMap<>();
    final Map<String, String> labels = new LinkedHashMap<>();
    final Map<String, TreeMap<LocalDate, Integer>> languageArticles = new TreeMap<>();
    final Map<String, Map<String, TreeMap<LocalDate, Integer>>> languageThemes = new TreeMap<>();
    final Map<String, Map<String, Integer>> pairs = new LinkedHashMap<>();
    final GroupTermCounts terms = new GroupTermCounts();
    final List<ErrorRecord> skipped = new ArrayList<>();
    LocalDate firstDate;
    LocalDate lastDate;
    long read;
    long used;
    long skippedCount;
    long unassigned;
    boolean text;

    void add(InputRecord record) {
      read++;
      if (record instanceof ErrorRecord error) {
        skip(error);
        return;
      }
      ArticleRecord articleRecord = (ArticleRecord) record;
      Article article = articleRecord.article();
      if (article.date() == null) {
        skip(
            new ErrorRecord(
                record.source(),
                record.line(),
                article.id(),
                "no date: cannot place it in a period"));
        return;
      }
      if (firstDate == null || article.date().isBefore(firstDate)) {
        firstDate = article.date();
      }
      if (lastDate == null || article.date().isAfter(lastDate)) {
        lastDate = article.date();
      }
      count(articleRecord, period.start(article.date()));
    }

    private void count(ArticleRecord record, LocalDate start) {
      used++;
      Article article = record.article();
      Set<String> themes = new LinkedHashSet<>(record.labels());
      String language = article.language() == null ? "und" : article.language().code();
      articles.merge(start, 1, Integer::sum);
      languageArticles
          .computeIfAbsent(language, l -> new TreeMap<>())
          .merge(start, 1, Integer::sum);
      themeLabels(record.meta());
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
      if (!article.content().isBlank()) {
        text = true;
        List<String> groups = new ArrayList<>();
        for (String theme : themes) {
          groups.add(theme);
          groups.add(theme + '\t' + period.label(start));
        }
        terms.add(groups, article);
      }
    }

    /** Takes the label of each theme from the record's {@code themes}, as classify writes them. */
    private void themeLabels(String meta) {
      if (meta == null) {
        return;
      }
      JsonNode scores;
      try {
        scores = JSON.readTree(meta).path("themes");
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("the reader wrote meta that is not JSON: " + meta, e);
      }
      for (JsonNode score : scores) {
        String themeId = score.path("id").asText("");
        String label = score.path("label").asText("");
        if (!themeId.isEmpty() && !label.isEmpty()) {
          labels.putIfAbsent(themeId, label);
        }
      }
    }

    private void skip(ErrorRecord error) {
      skippedCount++;
      if (skipped.size() < ThemeTrends.MAX_SKIPPED_SHOWN) {
        skipped.add(error);
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
              firstDate,
              lastDate,
              read,
              used,
              skippedCount,
              unassigned,
              text);
      return new TrendResults(period, topKeywords, counts).build(source);
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
      List<ErrorRecord> skipped,
      LocalDate firstDate,
      LocalDate lastDate,
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
    private ProgressListener progress;

    private Builder() {}

    /**
     * Hears how far reading has come, every 1,000 records and at the end (default: nobody).
     *
     * @param listener the listener, called from the thread that analyses
     * @return this builder
     * @throws NullPointerException if listener is null
     * @throws IllegalStateException if it was already set
     */
    public Builder progressListener(ProgressListener listener) {
      requireState(progress == null, "progressListener was already set");
      progress = Objects.requireNonNull(listener, "listener");
      return this;
    }

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
     * Returns the analyzer.
     *
     * @return an immutable analyzer
     */
    public TrendAnalyzer build() {
      return new TrendAnalyzer(
          period == null ? Period.MONTH : period,
          topKeywords == null ? DEFAULT_TOP_KEYWORDS : topKeywords,
          progress == null ? ProgressListener.none() : progress);
    }
  }
}
