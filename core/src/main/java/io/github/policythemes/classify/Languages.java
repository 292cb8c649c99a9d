package io.github.policythemes.classify;

import io.github.policythemes.analysis.Language;
import io.github.policythemes.analysis.LanguageDetector;
import io.github.policythemes.article.Article;

/** Picks the language a classifier analyses an article as. Thread-safe (no state). */
final class Languages {
  private Languages() {}

  /**
   * Returns the article's own language, or the one detected in its content.
   *
   * @param article the article
   * @param content its {@link Article#content()}, which the classifier has already built
   * @return the language to analyse it as
   */
  static Language of(Article article, String content) {
    Language given = article.language();
    return given != null ? given : LanguageDetector.standard().detect(content);
  }
}
