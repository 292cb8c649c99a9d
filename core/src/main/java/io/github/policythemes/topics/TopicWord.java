package io.github.policythemes.topics;

import java.util.Objects;

/**
 * One of the top words of a topic. Immutable and thread-safe.
 *
 * @param term the analysed term (lower-cased, stemmed, ...), as the model stores it
 * @param surface the way the term was most often written in the training corpus, for display
 * @param weight the probability of the term in the topic, in (0, 1]
 */
public record TopicWord(String term, String surface, double weight) {
  /**
   * Validates the word.
   *
   * @throws IllegalArgumentException if a string is empty or the weight is not in (0, 1]
   */
  public TopicWord {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(surface, "surface");
    if (term.isEmpty() || surface.isEmpty()) {
      throw new IllegalArgumentException("topic word term and surface must not be empty");
    }
    if (!(weight > 0 && weight <= 1)) {
      throw new IllegalArgumentException("topic word weight must be in (0, 1]: " + weight);
    }
  }
}
