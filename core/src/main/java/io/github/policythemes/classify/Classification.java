package io.github.policythemes.classify;

import io.github.policythemes.analysis.Language;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The themes of one article: every theme of the model with its score, best first.
 *
 * @param articleId the article's id
 * @param language the language the article was analysed as (detected or forced)
 * @param scores every theme, ranked by descending score
 */
public record Classification(String articleId, Language language, List<ThemeScore> scores) {
  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if the scores are not ranked
   */
  public Classification {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(language, "language");
    scores = List.copyOf(scores);
    for (int i = 1; i < scores.size(); i++) {
      if (scores.get(i).score() > scores.get(i - 1).score()) {
        throw new IllegalArgumentException("scores are not ranked at position " + i);
      }
    }
  }

  /**
   * Returns the themes given to the article, best first.
   *
   * @return the assigned themes; empty when the article is about none of them
   */
  public List<ThemeScore> assigned() {
    return scores.stream().filter(ThemeScore::assigned).toList();
  }

  /**
   * Returns the ids of the themes given to the article, best first.
   *
   * @return the assigned theme ids
   */
  public List<String> assignedIds() {
    return scores.stream().filter(ThemeScore::assigned).map(ThemeScore::themeId).toList();
  }

  /**
   * Returns the best-scoring theme, assigned or not.
   *
   * @return the top theme, empty only for a model without themes
   */
  public Optional<ThemeScore> top() {
    return scores.isEmpty() ? Optional.empty() : Optional.of(scores.get(0));
  }

  /**
   * Returns the score of one theme.
   *
   * @param themeId the theme id
   * @return the score, or empty if the model has no such theme
   */
  public Optional<ThemeScore> score(String themeId) {
    return scores.stream().filter(s -> s.themeId().equals(themeId)).findFirst();
  }
}
