package io.github.policythemes.analysis;

import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Lucene's {@code StandardTokenizer} for text made only of common chars, straight from the {@code
 * String}: the same tokens, offsets and types, without the JFlex scanner's reader, buffer refills
 * and attribute state per token, which were most of the time of the English words chain and, with
 * one token per Han char, a fifth of classifying Chinese text.
 *
 * <p>It knows the Unicode word-break classes (UAX #29) of ASCII, Latin-1 and Latin Extended-A
 * letters, Hangul syllables, CJK ideographs, digits, and the spaces and punctuation of English,
 * Korean and Chinese news text (curly quotes, dashes, ideographic and fullwidth punctuation,
 * currency signs), and applies the rules that matter for them: letters and digits join (WB5,
 * WB8-WB10), underscores join them (WB13a-b), {@code : . '} and the curly apostrophes join letters
 * and {@code , ; . '} join digits when the same kind follows (WB6, WB7, WB11, WB12), every
 * ideograph is a token of its own (WB14). A token of Hangul syllables alone is {@code <HANGUL>}, of
 * digits and joiners alone {@code <NUM>}, any other word {@code <ALPHANUM>}, an ideograph {@code
 * <IDEOGRAPHIC>}. {@link #handles} says no to text with any other char, and to text with a word
 * over 255 chars (where {@code StandardTokenizer} splits): callers then run Lucene. {@code
 * PlainTextTokenizerTest} checks the equivalence on random text built from these chars and on the
 * seed corpus.
 *
 * <pre>{@code
 * if (PlainTextTokenizer.handles(text, false)) {
 *   tokenizer.tokenize(text, false, (buffer, length, start, end, type) -> ...);
 * }
 * }</pre>
 *
 * <p>Not thread-safe (one term buffer): one instance per thread.
 */
final class PlainTextTokenizer {
  /** Receives each token; the buffer is reused for the next one. */
  interface Sink {
    void token(char[] buffer, int length, int start, int end, int type);
  }

  static final int ALPHANUM = StandardTokenizer.ALPHANUM;
  static final int NUM = StandardTokenizer.NUM;
  static final int IDEOGRAPHIC = StandardTokenizer.IDEOGRAPHIC;
  static final int HANGUL = StandardTokenizer.HANGUL;

  /** StandardTokenizer's default maximum token length; longer words are split there. */
  static final int MAX_WORD =
      org.apache.lucene.analysis.standard.StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH;

  // word-break classes
  private static final byte UNKNOWN = 0; // not handled: the caller uses Lucene
  private static final byte OTHER = 1; // breaks, never part of a token
  private static final byte LETTER = 2; // ALetter
  private static final byte SYLLABLE = 3; // ALetter, Hangul syllable
  private static final byte DIGIT = 4; // Numeric
  private static final byte IDEOGRAPH = 5; // a token by itself
  private static final byte MID_LETTER = 6; // joins letters
  private static final byte MID_NUM_LET = 7; // joins letters, and digits (MidNumLet, Single_Quote)
  private static final byte MID_NUM = 8; // joins digits
  private static final byte EXTEND_NUM_LET = 9; // the underscore

  /** The class of every BMP char; middle dots are spaces in the bigram chain (see below). */
  private static final byte[] CLASSES = classes();

  /** The chars that {@link MiddleDotCharFilter} turns into spaces, and their class without it. */
  private static final String MIDDLE_DOTS = "\u00B7\u2027\u30FB\uFF65\u318D\u2022";

  private char[] term = new char[32];

  private static byte[] classes() {
    byte[] classes = new byte[0x10000];
    for (int c = 0; c < 0x80; c++) {
      classes[c] = Character.isLetter(c) ? LETTER : Character.isDigit(c) ? DIGIT : OTHER;
    }
    // Latin-1 and Latin Extended-A: letters, and the signs and spaces of news text
    for (int c = 0xC0; c <= 0x17F; c++) {
      classes[c] = Character.isLetter(c) ? LETTER : OTHER;
    }
    for (char c : "\u00AA\u00B5\u00BA".toCharArray()) {
      classes[c] = LETTER;
    }
    for (char c :
        "\u00A0\u00A1\u00A2\u00A3\u00A5\u00A7\u00AB\u00B0\u00B1\u00BB\u00BF".toCharArray()) {
      classes[c] = OTHER;
    }
    // general punctuation: dashes, quotes, bullet, ellipsis, per mille, primes; currency signs
    for (char c :
        "\u2010\u2011\u2012\u2013\u2014\u2015\u201C\u201D\u2020\u2021\u2022\u2026\u2030\u2032\u2033\u20A9\u20AC"
            .toCharArray()) {
      classes[c] = OTHER;
    }
    // CJK punctuation and brackets, the ideographic space, fullwidth punctuation
    for (int c = 0x3000; c <= 0x3003; c++) {
      classes[c] = OTHER;
    }
    for (int c = 0x3008; c <= 0x3011; c++) {
      classes[c] = OTHER;
    }
    for (char c : "\u3014\u3015\u301C\uFF01\uFF08\uFF09\uFF1F\uFF5E".toCharArray()) {
      classes[c] = OTHER;
    }
    // arrows, shapes and units of Korean press releases (none of them an emoji)
    for (char c :
        "\u2191\u2192\u2193\u2103\u223C\u25A1\u25B2\u25B3\u25CB\u339C\u339D\u339E\u33A1"
            .toCharArray()) {
      classes[c] = OTHER;
    }
    for (int c = ScriptCounts.HANGUL_SYLLABLES_FIRST;
        c <= ScriptCounts.HANGUL_SYLLABLES_LAST;
        c++) {
      classes[c] = SYLLABLE;
    }
    // ideographs of Unicode 8 and earlier, which every Lucene 9 grammar knows
    for (int c = 0x4E00; c <= 0x9FD5; c++) {
      classes[c] = IDEOGRAPH;
    }
    for (int c = 0x3400; c <= 0x4DB5; c++) {
      classes[c] = IDEOGRAPH;
    }
    classes[':'] = MID_LETTER;
    classes['\uFF1A'] = MID_LETTER;
    classes['.'] = MID_NUM_LET;
    classes['\''] = MID_NUM_LET;
    classes['\u2018'] = MID_NUM_LET;
    classes['\u2019'] = MID_NUM_LET;
    classes['\uFF0E'] = MID_NUM_LET;
    classes[','] = MID_NUM;
    classes[';'] = MID_NUM;
    classes['\uFF0C'] = MID_NUM;
    classes['\uFF1B'] = MID_NUM;
    classes['_'] = EXTEND_NUM_LET;
    // '#' and '*' start emoji keycap sequences, '©' and '®' are emoji: left to Lucene
    classes['#'] = UNKNOWN;
    classes['*'] = UNKNOWN;
    for (char c : MIDDLE_DOTS.toCharArray()) {
      classes[c] = c == '\u2022' ? OTHER : UNKNOWN;
    }
    return classes;
  }

  private static byte classOf(char c, boolean middleDotsAreSpaces) {
    byte kind = CLASSES[c];
    if (kind == UNKNOWN && middleDotsAreSpaces && MIDDLE_DOTS.indexOf(c) >= 0) {
      return OTHER;
    }
    return kind;
  }

  /**
   * Tells whether this tokenizer gives the text's tokens: every char has a known class and no word
   * is longer than {@value #MAX_WORD} chars.
   *
   * @param text the text
   * @param middleDotsAreSpaces true when {@link MiddleDotCharFilter} runs before the tokenizer
   * @return true if {@link #tokenize} gives StandardTokenizer's tokens
   */
  static boolean handles(String text, boolean middleDotsAreSpaces) {
    int run = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      byte kind = CLASSES[text.charAt(i)];
      if (kind == UNKNOWN) {
        if (!middleDotsAreSpaces || MIDDLE_DOTS.indexOf(text.charAt(i)) < 0) {
          return false;
        }
        kind = OTHER;
      }
      if (kind == OTHER || kind == IDEOGRAPH) {
        run = 0;
      } else if (++run > MAX_WORD) {
        return false;
      }
    }
    return true;
  }

  /**
   * Hands every token of a text that {@link #handles} accepts to a sink, in order.
   *
   * @param text the text
   * @param middleDotsAreSpaces as given to {@link #handles}
   * @param sink receives the tokens
   */
  void tokenize(String text, boolean middleDotsAreSpaces, Sink sink) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      byte kind = classOf(c, middleDotsAreSpaces);
      if (kind == IDEOGRAPH) {
        term[0] = c;
        sink.token(term, 1, i, i + 1, IDEOGRAPHIC);
        i++;
      } else if (kind == LETTER || kind == SYLLABLE || kind == DIGIT || kind == EXTEND_NUM_LET) {
        i = word(text, i, n, middleDotsAreSpaces, sink);
      } else {
        i++;
      }
    }
  }

  /* One word segment from start: returns where the next segment starts. */
  private int word(String text, int start, int n, boolean middleDots, Sink sink) {
    boolean letters = false; // has a letter or syllable
    boolean onlySyllables = true;
    byte last = classOf(text.charAt(start), middleDots); // last char kept in the word
    int end = start + 1;
    letters = last == LETTER || last == SYLLABLE;
    onlySyllables = last == SYLLABLE;
    boolean contentSeen = last != EXTEND_NUM_LET;
    while (end < n) {
      byte next = classOf(text.charAt(end), middleDots);
      if (joins(last, next)) {
        end++;
      } else if (end + 1 < n
          && isMid(next)
          && joinsAcross(last, next, classOf(text.charAt(end + 1), middleDots))) {
        onlySyllables = false;
        end += 2;
        next = classOf(text.charAt(end - 1), middleDots);
      } else {
        break;
      }
      letters |= next == LETTER || next == SYLLABLE;
      onlySyllables &= next == SYLLABLE;
      contentSeen |= next != EXTEND_NUM_LET;
      last = next;
    }
    if (contentSeen) {
      int length = end - start;
      if (term.length < length) {
        term = new char[Math.max(length, 2 * term.length)];
      }
      text.getChars(start, end, term, 0);
      sink.token(term, length, start, end, onlySyllables ? HANGUL : letters ? ALPHANUM : NUM);
      return end;
    }
    // underscores alone: StandardTokenizer drops the first char and starts again after it
    return start + 1;
  }

  private static boolean isAlphabetic(byte kind) {
    return kind == LETTER || kind == SYLLABLE;
  }

  private static boolean isMid(byte kind) {
    return kind == MID_LETTER || kind == MID_NUM_LET || kind == MID_NUM;
  }

  /** Whether no break falls between two adjacent chars (WB5, WB8-10, WB13a-b). */
  private static boolean joins(byte left, byte right) {
    boolean leftWord = isAlphabetic(left) || left == DIGIT;
    boolean rightWord = isAlphabetic(right) || right == DIGIT;
    return (leftWord || left == EXTEND_NUM_LET) && (rightWord || right == EXTEND_NUM_LET);
  }

  /** Whether a joiner between two chars keeps them in one word (WB6-7, WB11-12). */
  private static boolean joinsAcross(byte left, byte mid, byte right) {
    if (isAlphabetic(left) && isAlphabetic(right)) {
      return mid == MID_LETTER || mid == MID_NUM_LET;
    }
    if (left == DIGIT && right == DIGIT) {
      return mid == MID_NUM || mid == MID_NUM_LET;
    }
    return false;
  }
}
