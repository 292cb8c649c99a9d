package io.github.policythemes.features;

import io.github.policythemes.analysis.TermConsumer;

/**
 * Turns analysed terms into feature keys; the one definition of the feature set, shared by training
 * ({@link VocabularyBuilder}) and inference ({@link FeatureBuffer}).
 *
 * <p>Words chains: each term, and each pair of consecutive terms when bigrams are on. Character
 * chains ({@code BIGRAMS}): the char bigrams themselves, the first char of each (char unigrams),
 * pairs of overlapping bigrams within a word (char trigrams), and word-boundary grams: a marker
 * joined to the first bigram and to the first char of each word, and the last bigram and last char
 * of each word joined to an end marker. Together they are the character 1-3-grams within word
 * boundaries that were the most accurate features on Korean and Chinese news, computed from one
 * cheap token stream. Symbols ({@code % ↑ ₩ ...}), which tokenizers drop, are features of their own
 * in character chains.
 */
abstract class FeatureEmitter implements TermConsumer {
  /** The kinds of feature, so that a vocabulary builder can name them. */
  enum Kind {
    TERM,
    PAIR,
    FIRST_CHAR,
    START_TERM,
    START_CHAR,
    END_TERM,
    END_CHAR,
    SYMBOL
  }

  static final String START = "^";
  static final String END = "$";
  static final long START_KEY = TermKeys.of(START);
  static final long END_KEY = TermKeys.of(END);

  private boolean pairs;
  private boolean charGrams;
  private boolean havePrevious;
  private long previous;
  private long previousLastChar;
  private int previousStart;
  private int previousEnd;

  /** Receives one feature occurrence. */
  abstract void feature(Kind kind, long key, int start, int end);

  /** Sees the key of every term, in order, before its features; for keyword matching. */
  void observe(long key, int start, int end) {}

  void reset(boolean pairs, boolean charGrams) {
    this.pairs = pairs;
    this.charGrams = charGrams;
    this.havePrevious = false;
  }

  @Override
  public void term(char[] buffer, int length, int start, int end, int increment) {
    long key = TermKeys.of(buffer, length);
    observe(key, start, end);
    feature(Kind.TERM, key, start, end);
    if (!charGrams) {
      if (pairs && havePrevious && increment > 0) {
        feature(Kind.PAIR, TermKeys.bigram(previous, key), previousStart, end);
      }
    } else {
      boolean ideographic = buffer[0] >= 0x1100;
      long firstChar = ideographic ? TermKeys.of(buffer, 1) : 0;
      if (ideographic && length == 2) {
        feature(Kind.FIRST_CHAR, firstChar, start, start + 1);
      }
      boolean wordStart = !havePrevious || start != previousStart + 1;
      if (wordStart) {
        closeWord();
        feature(Kind.START_TERM, TermKeys.bigram(START_KEY, key), start, end);
        if (ideographic) {
          feature(Kind.START_CHAR, TermKeys.bigram(START_KEY, firstChar), start, start + 1);
        }
      } else if (pairs && increment > 0) {
        feature(Kind.PAIR, TermKeys.bigram(previous, key), previousStart, end);
      }
      previousLastChar = ideographic ? TermKeys.of(buffer[length - 1]) : 0;
    }
    previous = key;
    previousStart = start;
    previousEnd = end;
    havePrevious = true;
  }

  /** Emits the end-of-word features of the last word; call after the last term. */
  void finish(CharSequence text) {
    if (charGrams) {
      closeWord();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (isSymbol(c)) {
          feature(Kind.SYMBOL, TermKeys.of(c), i, i + 1);
        }
      }
    }
    havePrevious = false;
  }

  private void closeWord() {
    if (havePrevious) {
      feature(Kind.END_TERM, TermKeys.bigram(previous, END_KEY), previousStart, previousEnd);
      if (previousLastChar != 0) {
        feature(
            Kind.END_CHAR,
            TermKeys.bigram(previousLastChar, END_KEY),
            previousEnd - 1,
            previousEnd);
      }
    }
  }

  /**
   * Chars that tokenizers drop but that carry meaning in headlines: question and exclamation marks,
   * %, arrows, currency signs.
   */
  static boolean isSymbol(char c) {
    return (SYMBOLS[c >>> 6] & (1L << c)) != 0;
  }

  /** {@link #isSymbol} of every char, one bit each: the scan of every char stays cheap. */
  private static final long[] SYMBOLS = symbols();

  private static long[] symbols() {
    long[] bits = new long[(Character.MAX_VALUE + 1) >>> 6];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      int type = Character.getType(c);
      if (c == '%'
          || c == '?'
          || c == '!'
          || type == Character.MATH_SYMBOL
          || type == Character.OTHER_SYMBOL
          || type == Character.CURRENCY_SYMBOL) {
        bits[c >>> 6] |= 1L << c;
      }
    }
    return bits;
  }
}
