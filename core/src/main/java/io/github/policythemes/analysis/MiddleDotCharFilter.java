package io.github.policythemes.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Replaces the middle dots that Korean, Chinese and Japanese writing uses between listed words with
 * spaces, so that a word tokenizer breaks there.
 *
 * <p>Unicode word-break rules treat U+00B7 MIDDLE DOT as a letter joiner, so {@code
 * StandardTokenizer} reads "대구·경북" (Daegu and Gyeongbuk) as one word, and {@code CJKBigramFilter}
 * then leaves it whole. The replacement is one char for one char, so offsets need no correction.
 *
 * <pre>{@code
 * Reader in = new MiddleDotCharFilter(new StringReader("대구·경북 행정통합"));
 * // reads "대구 경북 행정통합"
 * }</pre>
 */
final class MiddleDotCharFilter extends CharFilter {

  MiddleDotCharFilter(Reader input) {
    super(input);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int read = input.read(buffer, offset, length);
    for (int i = offset, end = offset + Math.max(read, 0); i < end; i++) {
      if (isMiddleDot(buffer[i])) {
        buffer[i] = ' ';
      }
    }
    return read;
  }

  @Override
  protected int correct(int currentOffset) {
    return currentOffset;
  }

  static boolean isMiddleDot(char c) {
    return c == '\u00B7' // MIDDLE DOT
        || c == '\u2027' // HYPHENATION POINT
        || c == '\u30FB' // KATAKANA MIDDLE DOT
        || c == '\uFF65' // HALFWIDTH KATAKANA MIDDLE DOT
        || c == '\u318D' // HANGUL LETTER ARAEA, typed as a middle dot in Korean
        || c == '\u2022'; // BULLET
  }
}
