package io.github.policythemes.analysis;

/**
 * Receives each term of an analysed text without a {@code String} being made for it.
 *
 * <p>The buffer belongs to the token stream and is overwritten by the next term: copy what you
 * keep. This is the hot-path form of {@link TextAnalyzer}; {@link TextAnalyzer#tokens} is the
 * convenient one.
 */
@FunctionalInterface
public interface TermConsumer {
  /**
   * Accepts one term.
   *
   * @param buffer the term's characters, valid only during this call
   * @param length how many characters of {@code buffer} make the term
   * @param startOffset offset of the term's first char in the original text
   * @param endOffset offset after the term's last char in the original text
   * @param positionIncrement 1 for the next position, 0 for a term stacked on the previous one
   *     (e.g. a Korean compound and its first part), more than 1 after removed stop words
   */
  void term(char[] buffer, int length, int startOffset, int endOffset, int positionIncrement);
}
