package io.github.policythemes.article;

import java.util.Objects;

/**
 * An article read from an input, with where it was found and the input's other fields.
 *
 * @param article the article; its id is the record's id, or {@code <source>:<line>} when the record
 *     had none
 * @param source the file name or another name of the input
 * @param line the 1-based line where the record starts, 0 for a whole file
 * @param meta the record's other fields as the text of a JSON object, or null when they were not
 *     asked for (see {@link ReadOptions#keepFields()}) or there were none
 */
public record ArticleRecord(Article article, String source, long line, String meta)
    implements InputRecord {
  /**
   * Validates the record.
   *
   * @throws NullPointerException if article or source is null
   * @throws IllegalArgumentException if line is negative
   */
  public ArticleRecord {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(source, "source");
    if (line < 0) {
      throw new IllegalArgumentException("line is " + line);
    }
  }
}
