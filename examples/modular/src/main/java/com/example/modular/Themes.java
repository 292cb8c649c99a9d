package com.example.modular;

import io.github.policythemes.article.Article;
import io.github.policythemes.classify.ThemeClassifier;
import java.util.List;

/** The themes the default model assigns to a text. */
public final class Themes {
  private Themes() {}

  /**
   * Classifies a text with the default model.
   *
   * @param text the text
   * @return the assigned theme ids
   */
  public static List<String> of(String text) {
    return ThemeClassifier.defaultModel().classify(Article.of(text)).assignedIds();
  }
}
