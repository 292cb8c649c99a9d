package io.github.policythemes.analysis;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;

/** Tells English from other Latin-script text by its function words, without a model. */
final class EnglishCues {
  private static final CharArraySet FUNCTION_WORDS =
      new CharArraySet(
          List.of(
              "the", "of", "and", "to", "in", "is", "for", "on", "that", "with", "by", "as", "at",
              "from", "are", "was", "be", "this", "it", "an", "has", "will", "its", "have", "which",
              "were", "their", "after", "over", "into", "than", "been", "but", "not", "or", "would",
              "could", "should", "says", "said", "how", "what", "why", "who", "new"),
          true);

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
    char[] word = new char[8];
    int wordLength = 0;
    int words = 0;
    int hits = 0;
    int nonAscii = 0;
    for (int i = 0; i <= end; i++) {
      char c = i < end ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        if (c >= 0x80) {
          nonAscii++;
        }
        if (wordLength < word.length) {
          word[wordLength] = c;
        }
        wordLength++;
      } else if (wordLength > 0) {
        words++;
        if (wordLength <= word.length && FUNCTION_WORDS.contains(word, 0, wordLength)) {
          hits++;
        }
        wordLength = 0;
      }
    }
    return new EnglishCues(words, hits, nonAscii, end);
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
