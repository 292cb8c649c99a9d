package io.github.policythemes.benchmarks;

import io.github.policythemes.article.Article;

/**
 * Text in, a category out: what {@code ClassifyBenchmark} times for policy-themes and for each
 * peer. Peers read only {@link Article#text()} (the benchmark's articles have no title) and detect
 * nothing but what they need. Not thread-safe: one per benchmark thread.
 */
interface DocumentClassifier {
  /**
   * Classifies one article.
   *
   * @param article the article
   * @return the result in the classifier's own form
   */
  Object classify(Article article);
}
