package io.github.policythemes.analysis;

import java.util.Objects;

/**
 * A sentence of a text, with its offsets into that text.
 *
 * @param text the sentence, exactly {@code original.substring(start, end)}
 * @param start offset of the first char
 * @param end offset after the last char
 */
public record Sentence(String text, int start, int end) {
  /**
   * Validates the sentence.
   *
   * @throws IllegalArgumentException if the offsets do not match the text's length
   */
  public Sentence {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end - start != text.length()) {
      throw new IllegalArgumentException(
          "offsets "
              + start
              + ".."
              + end
              + " do not fit a sentence of "
              + text.length()
              + " chars");
    }
  }
}
