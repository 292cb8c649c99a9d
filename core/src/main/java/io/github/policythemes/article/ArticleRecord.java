package io.github.policythemes.article;

import static io.github.policythemes.internal.Checks.requireArgument;

import java.util.List;
import java.util.Objects;

/**
 * An article read from an input, with where it was found, its labels and the input's other fields.
 *
 * @param article the article; its id is the record's id, or {@code <source>:<line>} when the record
 *     had none
 * @param source the file name or another name of the input
 * @param line the 1-based line where the record starts, 0 for a whole file
 * @param meta the record's other fields as the text of a JSON object, or null when they were not
 *     asked for (see {@link ReadOptions#keepFields()}) or there were none
 * @param labels the record's labels (theme ids) in their order, without repeats; empty when it has
 *     none or labels were not asked for (see {@link ReadOptions#labels()})
 */
public record ArticleRecord(
    Article article, String source, long line, String meta, List<String> labels)
    implements InputRecord {
  /**
   * Validates the record and copies the labels.
   *
   * @throws NullPointerException if article, source or labels is null
   * @throws IllegalArgumentException if line is negative
   */
  public ArticleRecord {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(source, "source");
    requireArgument(line >= 0, "line is %s", line);
    labels = List.copyOf(labels);
  }

  /**
   * Makes a record without labels.
   *
   * @param article the article
   * @param source the file name or another name of the input
   * @param line the 1-based line where the record starts, 0 for a whole file
   * @param meta the record's other fields as JSON text, or null
   */
  public ArticleRecord(Article article, String source, long line, String meta) {
    this(article, source, line, meta, List.of());
  }
}
