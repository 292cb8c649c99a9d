package io.github.policythemes.batch;

import io.github.policythemes.taxonomy.Taxonomy;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes classified records, one line each: JSONL, CSV or an aligned table.
 *
 * <p>JSONL: <code>{"id", "lang", "date" (when known), "themes": [{"id", "label", "score",
 * "assigned"}, ...] (ranked, at most {@link OutputOptions#top()}), "assigned": [theme ids],
 * "explanation": [{"theme", "label", "score", "terms": [{"term", "contribution"}], "sentences":
 * [{"text", "start", "end", "weight"}]}] (when explained), "title" and "text" (with {@link
 * OutputOptions#keepText()}), "meta" (the record's other fields, when kept)}</code>. Scores have
 * four decimals.
 *
 * <p>CSV: {@code id,lang,top_theme,<one score column per theme of the taxonomy>,assigned}, the
 * assigned theme ids joined by {@code ;}; with evidence, an {@code evidence} column: per assigned
 * theme {@code theme: term, term, term: "the sentence with most evidence"}, joined by {@code " |
 * "}.
 *
 * <p>Each line is handed to the underlying writer whole. Not thread-safe: one thread writes. {@link
 * #close()} closes the underlying writer.
 */
public interface ResultWriter extends Flushable, Closeable {
  /**
   * Writes one result as one line.
   *
   * @param result the result
   * @throws IOException if the underlying writer fails
   */
  void write(BatchResult result) throws IOException;

  /**
   * Makes a JSONL writer.
   *
   * @param out where to write
   * @param options how many themes, whether to repeat the text
   * @return the writer
   */
  static ResultWriter jsonl(Writer out, OutputOptions options) {
    return new JsonlResultWriter(out, options);
  }

  /**
   * Makes a CSV writer.
   *
   * @param out where to write
   * @param taxonomy the classifier's taxonomy: one score column per theme, in its order
   * @param header whether to write the header row first (not when appending to a file that has one)
   * @return the writer
   * @throws IOException if the header cannot be written
   */
  static ResultWriter csv(Writer out, Taxonomy taxonomy, boolean header) throws IOException {
    return new CsvResultWriter(out, taxonomy, header);
  }

  /**
   * Makes a CSV writer with an {@code evidence} column, for results with explanations.
   *
   * @param out where to write
   * @param taxonomy the classifier's taxonomy: one score column per theme, in its order
   * @param header whether to write the header row first
   * @param evidence whether to add the {@code evidence} column (empty for a result without an
   *     explanation)
   * @return the writer
   * @throws IOException if the header cannot be written
   */
  static ResultWriter csv(Writer out, Taxonomy taxonomy, boolean header, boolean evidence)
      throws IOException {
    return new CsvResultWriter(out, taxonomy, header, evidence);
  }

  /**
   * Makes a writer of aligned columns for a person: id, language, and the assigned themes with
   * their scores (at most {@link OutputOptions#top()}).
   *
   * @param out where to write
   * @param options how many themes to show
   * @param header whether to write the column names first
   * @return the writer
   * @throws IOException if the header cannot be written
   */
  static ResultWriter table(Writer out, OutputOptions options, boolean header) throws IOException {
    return new TableResultWriter(out, options, header);
  }

  /**
   * Makes a writer of the given format.
   *
   * @param format the format
   * @param out where to write
   * @param taxonomy the classifier's taxonomy (for the CSV columns)
   * @param options what to include
   * @param header whether to write a header (CSV, table)
   * @return the writer
   * @throws IOException if the header cannot be written
   */
  static ResultWriter of(
      OutputFormat format, Writer out, Taxonomy taxonomy, OutputOptions options, boolean header)
      throws IOException {
    return switch (format) {
      case JSONL -> jsonl(out, options);
      case CSV -> csv(out, taxonomy, header);
      case TABLE -> table(out, options, header);
    };
  }
}
