package io.github.policythemes.analysis;

import java.util.Objects;

/**
 * One analysed term with its place in the original text.
 *
 * @param term the normalised term (lower-cased, stemmed, read as Hangul, ...)
 * @param start offset of the first char in the original text
 * @param end offset after the last char in the original text
 */
public record Token(String term, int start, int end) {
  /**
   * Validates the token.
   *
   * @throws IllegalArgumentException if the term is empty or the offsets are negative or reversed
   */
  public Token {
    Objects.requireNonNull(term, "term");
    if (term.isEmpty()) {
      throw new IllegalArgumentException("term is empty");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets start=" + start + " end=" + end);
    }
  }

  /**
   * Returns the words of the original text that this term was made from, for display.
   *
   * @param original the text that was analysed
   * @return {@code original.substring(start, end)}
   * @throws IndexOutOfBoundsException if the text is not the one that was analysed
   */
  public String surface(CharSequence original) {
    return original.subSequence(start, end).toString();
  }
}
