package io.github.policythemes.classify;

import io.github.policythemes.article.Article;
import java.util.Objects;

/**
 * A sentence that carried evidence for a theme.
 *
 * @param text the sentence
 * @param start offset into {@link Article#content()}
 * @param end offset after the sentence's last char in {@link Article#content()}
 * @param weight the sum of the positive contributions of the sentence's terms
 */
public record EvidenceSentence(String text, int start, int end, double weight) {
  /**
   * Validates.
   *
   * @throws IllegalArgumentException if the offsets do not fit the text
   */
  public EvidenceSentence {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end - start != text.length()) {
      throw new IllegalArgumentException("offsets " + start + ".." + end + " do not fit the text");
    }
  }
}
