package io.github.policythemes.eval;

import io.github.policythemes.article.Article;
import java.util.List;
import java.util.Objects;

/**
 * An article with the themes a person gave it.
 *
 * @param article the article
 * @param labels the theme ids; empty when it is about none of the themes
 * @param line the line (JSONL) or row (CSV) it was read from, 0 when not read from a file
 */
public record LabelledArticle(Article article, List<String> labels, long line) {
  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if a label repeats or is blank
   */
  public LabelledArticle {
    Objects.requireNonNull(article, "article");
    labels = List.copyOf(labels);
    if (labels.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("a label is blank");
    }
    if (labels.stream().distinct().count() != labels.size()) {
      throw new IllegalArgumentException("a label repeats: " + labels);
    }
  }
}
