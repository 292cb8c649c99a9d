package io.github.policythemes.analysis;

import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The {@link Chain#BIGRAMS} chain after its tokenizer, in one step: it receives {@code
 * StandardTokenizer}'s tokens and hands a {@link TermConsumer} exactly the terms, offsets and
 * position increments that Lucene's {@code CJKWidthFilter}, {@code LowerCaseFilter} and {@code
 * CJKBigramFilter} would produce from them, without the filters' per-token attribute copying
 * ({@code captureState}, {@code restoreState}, {@code clearAttributes}), which cost more than the
 * tokenizer itself on Chinese text, where every char is a token.
 *
 * <p>What the three filters do, and this class does too: fullwidth ASCII ({@code U+FF01-FF5E}) is
 * folded to ASCII; terms are lower-cased per code point; consecutive Han, Hiragana, Katakana and
 * Hangul tokens whose offsets touch form one run, and each pair of neighbouring code points in a
 * run is a term (increment 1) with the offsets of its two code points; a run of one code point is a
 * term by itself; other tokens pass through with their own increment. Halfwidth Katakana ({@code
 * U+FF65-FF9F}), which {@code CJKWidthFilter} maps through a table and may merge with a following
 * sound mark, is not handled: {@link #handles} tells callers to use the Lucene chain for text that
 * has it. {@code CjkBigramsTest} checks the equivalence on random text.
 *
 * <p>Not thread-safe: one instance per thread, reused from document to document.
 */
final class CjkBigrams {
  private static final String HAN = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC];
  private static final String HIRAGANA = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HIRAGANA];
  private static final String KATAKANA = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.KATAKANA];
  private static final String HANGUL = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HANGUL];

  private int[] codePoints = new int[64];
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private int count; // code points of the current run kept in the arrays
  private boolean single; // the run so far is one code point
  private int runEnd = -1; // end offset of the run's last token, -1 when there is no run
  private final char[] term = new char[4];
  private TermConsumer consumer;

  /** Tells whether the text can go through this class: it has no halfwidth Katakana. */
  static boolean handles(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= '\uFF65' && c <= '\uFF9F') {
        return false;
      }
    }
    return true;
  }

  /** Starts a document. */
  void start(TermConsumer consumer) {
    this.consumer = consumer;
    count = 0;
    single = false;
    runEnd = -1;
  }

  /**
   * Takes the next token of the tokenizer.
   *
   * @param buffer its chars, folded and lower-cased in place
   * @param length their number
   * @param start its start offset
   * @param end its end offset
   * @param increment its position increment
   * @param type its {@code StandardTokenizer} type (one of the interned {@code TOKEN_TYPES})
   */
  void token(char[] buffer, int length, int start, int end, int increment, String type) {
    normalize(buffer, length);
    if (type == HAN || type == HANGUL || type == HIRAGANA || type == KATAKANA) {
      if (start != runEnd) {
        flush();
      }
      append(buffer, length, start, end);
      runEnd = end;
    } else {
      flush();
      consumer.term(buffer, length, start, end, increment);
    }
  }

  /** Ends the document. */
  void finish() {
    flush();
    consumer = null;
  }

  private void append(char[] buffer, int length, int start, int end) {
    boolean ownOffsets = end - start == length;
    for (int i = 0; i < length; ) {
      char c = buffer[i];
      int codePoint = Character.isSurrogate(c) ? Character.codePointAt(buffer, i, length) : c;
      int chars = Character.charCount(codePoint);
      int from = ownOffsets ? start + i : start;
      int to = ownOffsets ? from + chars : end;
      i += chars;
      if (count == codePoints.length) {
        // only the last code point is needed to pair with the next one
        codePoints[0] = codePoints[count - 1];
        starts[0] = starts[count - 1];
        ends[0] = ends[count - 1];
        count = 1;
      }
      codePoints[count] = codePoint;
      starts[count] = from;
      ends[count] = to;
      count++;
      if (count == 1 && runEnd == -1) {
        single = true;
      } else {
        single = false;
        int first = put(codePoints[count - 2], 0);
        consumer.term(term, first + put(codePoint, first), starts[count - 2], to, 1);
      }
    }
  }

  /** Writes a code point into the term at a position; returns its length in chars. */
  private int put(int codePoint, int at) {
    if (codePoint < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
      term[at] = (char) codePoint;
      return 1;
    }
    return Character.toChars(codePoint, term, at);
  }

  private void flush() {
    if (single) {
      consumer.term(term, put(codePoints[0], 0), starts[0], ends[0], 1);
    }
    count = 0;
    single = false;
    runEnd = -1;
  }

  /** Folds fullwidth ASCII and lower-cases, as {@code CJKWidthFilter} and then LowerCaseFilter. */
  private static void normalize(char[] buffer, int length) {
    for (int i = 0; i < length; i++) {
      char c = buffer[i];
      if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') {
          buffer[i] = (char) (c | 0x20);
        }
      } else if (!CjkLowerCaseFilter.hasNoCase(c)) {
        for (int j = i; j < length; j++) {
          if (buffer[j] >= '\uFF01' && buffer[j] <= '\uFF5E') {
            buffer[j] -= 0xFEE0;
          }
        }
        CharacterUtils.toLowerCase(buffer, i, length);
        return;
      }
    }
  }
}
