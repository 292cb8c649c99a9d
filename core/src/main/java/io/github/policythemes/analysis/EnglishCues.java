package io.github.policythemes.analysis;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;

/** Tells English from other Latin-script text by its function words, without a model. */
final class EnglishCues {
  private static final List<String> WORDS =
      List.of(
          "the", "of", "and", "to", "in", "is", "for", "on", "that", "with", "by", "as", "at",
          "from", "are", "was", "be", "this", "it", "an", "has", "will", "its", "have", "which",
          "were", "their", "after", "over", "into", "than", "been", "but", "not", "or", "would",
          "could", "should", "says", "said", "how", "what", "why", "who", "new");

  /** The function words, matched ignoring case (Unicode case folding, for non-ASCII words). */
  private static final CharArraySet FUNCTION_WORDS = new CharArraySet(WORDS, true);

  /** Longer words are not looked up. */
  private static final int MAX_LENGTH = 8;

  /**
   * The function words packed into longs (8 bits per char, so every ASCII word of up to 8 letters
   * has its own long) in an open-addressing table: all-ASCII words are looked up without case
   * folding or hashing of chars.
   */
  private static final long[] PACKED = packedTable();

  private static final int PACKED_MASK = PACKED.length - 1;

  /** Words read in the sample. */
  final int words;

  /** English function words among them. */
  final int hits;

  private final int nonAsciiLetters;
  private final int length;

  private EnglishCues(int words, int hits, int nonAsciiLetters, int length) {
    this.words = words;
    this.hits = hits;
    this.nonAsciiLetters = nonAsciiLetters;
    this.length = length;
  }

  static EnglishCues of(CharSequence text, int limit) {
    int end = Math.min(text.length(), limit);
    char[] word = new char[MAX_LENGTH];
    int wordLength = 0;
    long packed = 0;
    boolean asciiWord = true;
    int words = 0;
    int hits = 0;
    int nonAscii = 0;
    for (int i = 0; i <= end; i++) {
      char c = i < end ? text.charAt(i) : ' ';
      boolean letter;
      if (c < 0x80) {
        letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        if (letter) {
          c = (char) (c | 0x20); // lower-cased: ASCII words need no Unicode case folding
        }
      } else {
        letter = Character.isLetter(c);
        if (letter) {
          nonAscii++;
          asciiWord = false;
        }
      }
      if (letter) {
        if (wordLength < MAX_LENGTH) {
          word[wordLength] = c;
          packed = packed << 8 | c;
        }
        wordLength++;
      } else if (wordLength > 0) {
        words++;
        if (wordLength <= MAX_LENGTH
            && (asciiWord ? isPacked(packed) : FUNCTION_WORDS.contains(word, 0, wordLength))) {
          hits++;
        }
        wordLength = 0;
        packed = 0;
        asciiWord = true;
      }
    }
    return new EnglishCues(words, hits, nonAscii, end);
  }

  private static boolean isPacked(long packed) {
    for (int i = slot(packed, PACKED_MASK); PACKED[i] != 0; i = (i + 1) & PACKED_MASK) {
      if (PACKED[i] == packed) {
        return true;
      }
    }
    return false;
  }

  private static int slot(long packed, int mask) {
    return (int) ((packed * 0x9E3779B97F4A7C15L) >>> 32) & mask;
  }

  private static long[] packedTable() {
    long[] table = new long[Integer.highestOneBit(WORDS.size()) * 4];
    for (String function : WORDS) {
      long packed = 0;
      for (int i = 0; i < function.length(); i++) {
        packed = packed << 8 | function.charAt(i);
      }
      int i = slot(packed, table.length - 1);
      while (table[i] != 0) {
        i = (i + 1) & (table.length - 1);
      }
      table[i] = packed;
    }
    return table;
  }

  /**
   * True when the text has enough English function words and few non-ASCII letters: one word in ten
   * for texts of a dozen words or more, at least one for shorter texts.
   */
  boolean looksEnglish() {
    if (nonAsciiLetters * 20 > Math.max(1, length)) {
      return false;
    }
    return words >= 12 ? hits * 10 >= words : hits >= 1;
  }
}
