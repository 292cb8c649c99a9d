package io.github.policythemes.batch;

import io.github.policythemes.article.ArticleRecord;
import io.github.policythemes.classify.Classification;
import io.github.policythemes.classify.Explanation;
import java.util.Objects;

/**
 * A classified record: the record as read, its classification and, when asked for, the explanation.
 *
 * @param record the record as read
 * @param classification the classification
 * @param explanation the explanation, or null when the run did not ask for one
 */
public record BatchResult(
    ArticleRecord record, Classification classification, Explanation explanation) {
  /**
   * Validates the result.
   *
   * @throws NullPointerException if record or classification is null
   */
  public BatchResult {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(classification, "classification");
  }
}
